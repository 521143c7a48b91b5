/**
 * How high a goal or measure is ranked (nb/nn: <i>prioritet / prioritering</i>): a number, words such as "høg /
 * middels / låg" or "prioritert", always with the words printed.
 */
@NullMarked
@HelseplanStyle
package no.helseplan.priority;

import no.helseplan.internal.HelseplanStyle;
import org.jspecify.annotations.NullMarked;
