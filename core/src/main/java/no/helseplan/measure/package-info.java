/**
 * What a plan will do: measures (nb/nn: <i>tiltak</i>; also <i>oppdrag</i>), the resources they need (nb:
 * <i>ressursbehov / finansiering</i>, nn: <i>ressursbehov / finansiering</i>) and their status.
 */
@NullMarked
@HelseplanStyle
package no.helseplan.measure;

import no.helseplan.internal.HelseplanStyle;
import org.jspecify.annotations.NullMarked;
