package no.helseplan.io.internal;

import no.helseplan.timeframe.TimeframeContext;
import no.helseplan.vocabulary.Language;

/**
 * What the writer of one plan knows: its language and time-frame context, to decide whether a time frame,
 * resources or responsibility can be written as the municipality's plain text. A per-call attribute keyed by
 * this class.
 *
 * @param language the plan's language
 * @param context the plan's time-frame context
 */
public record WriteState(Language language, TimeframeContext context) {}
