/**
 * When a measure is to happen (nb: <i>tidsfrist / frist / år</i>, nn: <i>tidsfrist / frist / år</i>): the
 * closed family of {@link no.helseplan.timeframe.Timeframe} shapes found in municipal plans, each keeping the
 * municipality's own words.
 */
@NullMarked
@HelseplanStyle
package no.helseplan.timeframe;

import no.helseplan.internal.HelseplanStyle;
import org.jspecify.annotations.NullMarked;
