package no.helseplan.timeframe;

import java.util.Optional;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A span from one point in the calendar to another (nb/nn: <i>periode</i>): "2021-22", "2026/2027",
 * "2020 - 2021", "01. sept – 10. okt".
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSpan.class)
@JsonDeserialize(builder = Span.Builder.class)
public abstract non-sealed class Span implements Timeframe {
  Span() {}

  /**
   * Returns a new builder of {@code Span} time frames.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains a span from one point in the calendar to another.
   *
   * @param text the verbatim text, such as "2021-22"
   * @param from the first point, included
   * @param to the last point, included
   * @return the time frame
   */
  public static Span of(String text, CalendarPoint from, CalendarPoint to) {
    return builder().text(text).from(from).to(to).build();
  }

  @Override
  public abstract String getText();

  /**
   * Returns where the span starts.
   *
   * @return the first point, included
   */
  public abstract CalendarPoint getFrom();

  /**
   * Returns where the span ends.
   *
   * @return the last point, included
   */
  public abstract CalendarPoint getTo();

  @Override
  public final TimeframeKind getKind() {
    return TimeframeKind.SPAN;
  }

  @Override
  public Optional<LocalDateRange> getBounds(TimeframeContext context) {
    Optional<LocalDateRange> from = getFrom().getRange();
    Optional<LocalDateRange> to = getTo().getRange();
    if (from.isEmpty() || to.isEmpty()) {
      return Optional.empty();
    }
    LocalDate start = from.get().getStart();
    LocalDate end = to.get().getEndInclusive();
    return end.isBefore(start) ? Optional.empty() : Optional.of(LocalDateRange.ofClosed(start, end));
  }

  /** Builds {@link Span} time frames; obtain one with {@link Span#builder()}. */
  public static final class Builder extends ImmutableSpan.Builder {
    Builder() {}
  }
}
