/**
 * Norwegian municipalities (nb: <i>kommune</i>, nn: <i>kommune / herad</i>), identified by their four-digit
 * number (nb/nn: <i>kommunenummer</i>).
 */
@NullMarked
@HelseplanStyle
package no.helseplan.municipality;

import no.helseplan.internal.HelseplanStyle;
import org.jspecify.annotations.NullMarked;
