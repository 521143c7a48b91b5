/**
 * How a plan is followed up over time (nb/nn: <i>oppfølging og rapportering</i>): status reports on goals and
 * measures, such as those of an annual report (nb/nn: <i>årsmelding</i>), held beside the plan.
 */
@NullMarked
@HelseplanStyle
package no.helseplan.followup;

import no.helseplan.internal.HelseplanStyle;
import org.jspecify.annotations.NullMarked;
