package no.helseplan.timeframe;

import java.util.Optional;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A time frame whose words no rule understood (nb: <i>ikke tolket</i>, nn: <i>ikkje tolka</i>), kept exactly as
 * written. It allows no dates: an interpretation is never guessed.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUnrecognised.class)
@JsonDeserialize(builder = Unrecognised.Builder.class)
public abstract non-sealed class Unrecognised implements Timeframe {
  Unrecognised() {}

  /**
   * Returns a new builder of {@code Unrecognised} time frames.
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
  public static Unrecognised of(String text) {
    return builder().text(text).build();
  }

  @Override
  public abstract String getText();

  @Override
  public final TimeframeKind getKind() {
    return TimeframeKind.UNRECOGNISED;
  }

  @Override
  public Optional<LocalDateRange> getBounds(TimeframeContext context) {
    return Optional.empty();
  }

  /** Builds {@link Unrecognised} time frames; obtain one with {@link Unrecognised#builder()}. */
  public static final class Builder extends ImmutableUnrecognised.Builder {
    Builder() {}
  }
}
