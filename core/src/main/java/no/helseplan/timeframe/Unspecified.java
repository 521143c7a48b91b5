package no.helseplan.timeframe;

import java.util.Optional;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A time frame that says only "some time in the plan period" (nb/nn: <i>i løpet av planperioden</i>): the
 * measure is to be done once, but no date is given.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUnspecified.class)
@JsonDeserialize(builder = Unspecified.Builder.class)
public abstract non-sealed class Unspecified implements Timeframe {
  Unspecified() {}

  /**
   * Returns a new builder of {@code Unspecified} time frames.
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
  public static Unspecified of(String text) {
    return builder().text(text).build();
  }

  @Override
  public abstract String getText();

  @Override
  public final TimeframeKind getKind() {
    return TimeframeKind.UNSPECIFIED;
  }

  @Override
  public Optional<LocalDateRange> getBounds(TimeframeContext context) {
    return context.getPeriodRange();
  }

  /** Builds {@link Unspecified} time frames; obtain one with {@link Unspecified#builder()}. */
  public static final class Builder extends ImmutableUnspecified.Builder {
    Builder() {}
  }
}
