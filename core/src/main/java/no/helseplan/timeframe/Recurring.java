package no.helseplan.timeframe;

import java.util.Optional;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A recurring time frame (nb: <i>gjentakende</i>, nn: <i>gjentakande</i>): "Årleg", "kvart år", "Oddetalsår",
 * "hvert 4. år", "22. september kvart år", "minst ein gong kvart år". It runs through the plan period.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRecurring.class)
@JsonDeserialize(builder = Recurring.Builder.class)
public abstract non-sealed class Recurring implements Timeframe {
  Recurring() {}

  /**
   * Returns a new builder of {@code Recurring} time frames.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains a recurring time frame of a frequency other than {@link Frequency#EVERY_N_YEARS}.
   *
   * @param text the verbatim text, such as "Årleg"
   * @param frequency how often it comes round
   * @return the time frame
   * @throws IllegalStateException if the frequency is {@link Frequency#EVERY_N_YEARS}, which needs an interval
   */
  public static Recurring of(String text, Frequency frequency) {
    return builder().text(text).frequency(frequency).build();
  }

  /**
   * Obtains a time frame that comes round every n years ("hvert 4. år").
   *
   * @param text the verbatim text
   * @param interval n, at least 1
   * @return the time frame
   * @throws IllegalStateException if the interval is less than 1
   */
  public static Recurring everyYears(String text, int interval) {
    return builder().text(text).frequency(Frequency.EVERY_N_YEARS).interval(interval).build();
  }

  @Override
  public abstract String getText();

  /**
   * Returns how often the time frame comes round.
   *
   * @return the frequency
   */
  public abstract Frequency getFrequency();

  /**
   * Returns n for {@link Frequency#EVERY_N_YEARS}, such as 4 for "hvert 4. år"; empty for other frequencies.
   *
   * @return the interval in years
   */
  public abstract Optional<Integer> getInterval();

  /**
   * Returns the day or month in each period on which it falls, without a year, such as 22 September for
   * "22. september kvart år".
   *
   * @return the point in each period
   */
  public abstract Optional<CalendarPoint> getOn();

  /**
   * Returns whether the frequency is a minimum ("minst ein gong kvart år") rather than exact.
   *
   * @return true for "at least"
   */
  @Value.Default
  public boolean isAtLeast() {
    return false;
  }

  @Value.Check
  void checkInterval() {
    if ((getFrequency() == Frequency.EVERY_N_YEARS) != getInterval().isPresent()) {
      throw new IllegalStateException("An interval is given exactly when the frequency is EVERY_N_YEARS: " + this);
    }
    getInterval().filter(n -> n < 1).ifPresent(n -> {
      throw new IllegalStateException("An interval is at least 1 year, not " + n);
    });
  }

  @Override
  public final TimeframeKind getKind() {
    return TimeframeKind.RECURRING;
  }

  @Override
  public Optional<LocalDateRange> getBounds(TimeframeContext context) {
    return context.getPeriodRange();
  }

  /** Builds {@link Recurring} time frames; obtain one with {@link Recurring#builder()}. */
  public static final class Builder extends ImmutableRecurring.Builder {
    Builder() {}
  }
}
