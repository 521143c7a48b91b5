/**
 * Money per budget year (nb/nn: <i>økonomiplan / budsjett</i>): what a measure costs, invests or saves in each
 * year of the financial plan, in the unit printed (kroner, thousands or millions of kroner).
 */
@NullMarked
@HelseplanStyle
package no.helseplan.budget;

import no.helseplan.internal.HelseplanStyle;
import org.jspecify.annotations.NullMarked;
