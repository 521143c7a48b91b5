/**
 * The places and buildings a plan needs (nb: <i>boliger, plasser og bygg</i>, nn: <i>bustader, plassar og
 * bygg</i>): omsorgsbustader, sjukeheimsplassar, dagaktivitetsplassar and more, how many, where, when and how
 * they are paid for.
 */
@NullMarked
@HelseplanStyle
package no.helseplan.facility;

import no.helseplan.internal.HelseplanStyle;
import org.jspecify.annotations.NullMarked;
