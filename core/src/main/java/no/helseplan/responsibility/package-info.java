/**
 * Who is responsible (nb/nn: <i>ansvar</i>): a lead actor (nb/nn: <i>ansvarleg / ansvarlig</i>) and partners
 * ("saman med", "i samarbeid med"), each an {@link no.helseplan.responsibility.Actor} of a kind.
 */
@NullMarked
@HelseplanStyle
package no.helseplan.responsibility;

import no.helseplan.internal.HelseplanStyle;
import org.jspecify.annotations.NullMarked;
