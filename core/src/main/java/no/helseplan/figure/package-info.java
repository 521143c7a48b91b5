/**
 * The figures a plan rests on (nb: <i>tall / statistikk / fremskrivninger</i>, nn: <i>tal / statistikk /
 * framskrivingar</i>): typed series of values per year, observed or forecast, with their unit and source, such
 * as SSB's population projections or KOSTRA.
 */
@NullMarked
@HelseplanStyle
package no.helseplan.figure;

import no.helseplan.internal.HelseplanStyle;
import org.jspecify.annotations.NullMarked;
