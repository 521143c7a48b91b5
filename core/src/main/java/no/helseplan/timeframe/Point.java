package no.helseplan.timeframe;

import java.util.Optional;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A point in the calendar (nb/nn: <i>tidspunkt</i>): a year ("2026"), a season ("Haust 2025"), a month
 * ("August 2025"), a quarter ("Q1 2026") or a day ("Tysdag 24. juni"); or a deadline by such a point ("Frist
 * fredag 10. okt", "innen utgangen av 2026").
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePoint.class)
@JsonDeserialize(builder = Point.Builder.class)
public abstract non-sealed class Point implements Timeframe {
  Point() {}

  /**
   * Returns a new builder of {@code Point} time frames.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains a point in the calendar that is not a deadline.
   *
   * @param text the verbatim text, such as "Haust 2025"
   * @param at the point in the calendar
   * @return the time frame
   */
  public static Point of(String text, CalendarPoint at) {
    return builder().text(text).at(at).build();
  }

  /**
   * Obtains a deadline by a point in the calendar ("innan utgangen av 2026", "Frist fredag 10. okt").
   *
   * @param text the verbatim text
   * @param at the point in the calendar by whose end the work is due
   * @return the time frame
   */
  public static Point deadline(String text, CalendarPoint at) {
    return builder().text(text).at(at).deadline(true).build();
  }

  @Override
  public abstract String getText();

  /**
   * Returns the point in the calendar.
   *
   * @return the calendar point
   */
  public abstract CalendarPoint getAt();

  /**
   * Returns whether the point is a deadline ("Frist", "innen utgangen av"): the work may happen any time up
   * to the end of the point, not only within it.
   *
   * @return true for a deadline
   */
  @Value.Default
  public boolean isDeadline() {
    return false;
  }

  @Override
  public final TimeframeKind getKind() {
    return TimeframeKind.POINT;
  }

  @Override
  public Optional<LocalDateRange> getBounds(TimeframeContext context) {
    Optional<LocalDateRange> range = getAt().getRange();
    if (range.isEmpty() || !isDeadline()) {
      return range;
    }
    LocalDate end = range.get().getEndInclusive();
    LocalDate start = context.getPeriodRange().map(LocalDateRange::getStart).orElse(LocalDate.MIN);
    return Optional.of(start.isAfter(end) ? range.get() : LocalDateRange.ofClosed(start, end));
  }

  /** Builds {@link Point} time frames; obtain one with {@link Point#builder()}. */
  public static final class Builder extends ImmutablePoint.Builder {
    Builder() {}
  }
}
