/**
 * Projects in a plan (nb/nn: <i>prosjekt</i>): purpose, goal, the roles of owner, steering group, project group
 * and reference group, cases and time frame.
 */
@NullMarked
@HelseplanStyle
package no.helseplan.project;

import no.helseplan.internal.HelseplanStyle;
import org.jspecify.annotations.NullMarked;
