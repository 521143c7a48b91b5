/**
 * Whom a plan, focus area, goal or measure is for (nb/nn: <i>målgruppe / målgrupper</i>): a vocabulary of
 * common groups, free text for others, and whether a group is the primary or a secondary one.
 */
@NullMarked
@HelseplanStyle
package no.helseplan.targetgroup;

import no.helseplan.internal.HelseplanStyle;
import org.jspecify.annotations.NullMarked;
