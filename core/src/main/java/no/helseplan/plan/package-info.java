/**
 * The plan as a whole (nb/nn: <i>plan</i>): its kind, municipality, period, adoption and status; its vision,
 * values and perspectives; its focus areas (nb/nn: <i>innsatsområde / satsingsområde / fokusområde</i>); and
 * its milestones, cooperation agreements and participants; its public consultations (nb: <i>høring</i>, nn:
 * <i>høyring</i>), its place in the municipal plan system and how it is followed up.
 */
@NullMarked
@HelseplanStyle
package no.helseplan.plan;

import no.helseplan.internal.HelseplanStyle;
import org.jspecify.annotations.NullMarked;
