package no.helseplan.timeframe;

import java.util.Optional;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An ongoing time frame (nb: <i>løpende / fortløpende / kontinuerlig / jevnlig</i>, nn: <i>jamleg /
 * løpande</i>): the measure goes on throughout the plan period, with no checkpoint of its own.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOngoing.class)
@JsonDeserialize(builder = Ongoing.Builder.class)
public abstract non-sealed class Ongoing implements Timeframe {
  Ongoing() {}

  /**
   * Returns a new builder of {@code Ongoing} time frames.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains this time frame from the words that state it.
   *
   * @param text the verbatim text
   * @return the time frame
   */
  public static Ongoing of(String text) {
    return builder().text(text).build();
  }

  @Override
  public abstract String getText();

  @Override
  public final TimeframeKind getKind() {
    return TimeframeKind.ONGOING;
  }

  @Override
  public Optional<LocalDateRange> getBounds(TimeframeContext context) {
    return context.getPeriodRange();
  }

  /** Builds {@link Ongoing} time frames; obtain one with {@link Ongoing#builder()}. */
  public static final class Builder extends ImmutableOngoing.Builder {
    Builder() {}
  }
}
