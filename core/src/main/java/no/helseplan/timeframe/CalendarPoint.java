package no.helseplan.timeframe;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Optional;
import com.fasterxml.jackson.annotation.JsonIgnore;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearHalf;
import org.threeten.extra.YearQuarter;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A time named on the calendar, at the precision the plan used (nb/nn: <i>tidspunkt</i>): a year, a half year,
 * a season, a quarter, a month or a day, such as "2026", "Haust 2025", "August 2025" or "Tysdag 24. juni".
 *
 * <p>At most one of half, quarter, season and month is set; a day needs a month. The year may be absent
 * when the plan wrote none and nothing gave one ("Jan"), or {@linkplain #isYearInferred() inferred} from the
 * document's context. A weekday is kept as written ("Tysdag"), never checked against the date.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCalendarPoint.class)
@JsonDeserialize(builder = CalendarPoint.Builder.class)
public abstract class CalendarPoint {
  CalendarPoint() {}

  /**
   * Returns a new builder of calendar points.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains a whole year.
   *
   * @param year the year
   * @return the point
   */
  public static CalendarPoint ofYear(int year) {
    return builder().year(year).build();
  }

  /**
   * Obtains a half year.
   *
   * @param half the half year
   * @return the point
   */
  public static CalendarPoint ofHalf(YearHalf half) {
    return builder().year(half.getYear()).half(half.getHalf().getValue()).build();
  }

  /**
   * Obtains a quarter.
   *
   * @param quarter the quarter
   * @return the point
   */
  public static CalendarPoint ofQuarter(YearQuarter quarter) {
    return builder().year(quarter.getYear()).quarter(quarter.getQuarter().getValue()).build();
  }

  /**
   * Obtains a season of a year.
   *
   * @param year the year
   * @param season the season
   * @return the point
   */
  public static CalendarPoint ofSeason(int year, Season season) {
    return builder().year(year).season(season).build();
  }

  /**
   * Obtains a month.
   *
   * @param month the month of a year
   * @return the point
   */
  public static CalendarPoint ofMonth(YearMonth month) {
    return builder().year(month.getYear()).month(month.getMonth()).build();
  }

  /**
   * Obtains a day.
   *
   * @param date the date
   * @return the point
   */
  public static CalendarPoint ofDate(LocalDate date) {
    return builder().year(date.getYear()).month(date.getMonth()).day(date.getDayOfMonth()).build();
  }

  /**
   * Returns the year, when the plan wrote one or the context gave one.
   *
   * @return the year
   */
  public abstract Optional<Integer> getYear();

  /**
   * Returns whether the year was taken from the document's context rather than written ("Tysdag 24. juni" in
   * a briefing of 2025).
   *
   * @return true when the year was inferred
   */
  @Value.Default
  public boolean isYearInferred() {
    return false;
  }

  /**
   * Returns the half year, 1 or 2, when the point is a half year.
   *
   * @return the half
   */
  public abstract Optional<Integer> getHalf();

  /**
   * Returns the quarter, 1 to 4, when the point is a quarter.
   *
   * @return the quarter
   */
  public abstract Optional<Integer> getQuarter();

  /**
   * Returns the season, when the point is a season.
   *
   * @return the season
   */
  public abstract Optional<Season> getSeason();

  /**
   * Returns the month, when the point is a month or a day.
   *
   * @return the month
   */
  public abstract Optional<Month> getMonth();

  /**
   * Returns the day of the month, when the point is a day.
   *
   * @return the day of the month
   */
  public abstract Optional<Integer> getDay();

  /**
   * Returns the weekday as written ("Tysdag 24. juni"), not checked against the date.
   *
   * @return the weekday
   */
  public abstract Optional<DayOfWeek> getWeekday();

  /**
   * Returns how precisely this point names a time.
   *
   * @return the precision
   */
  @JsonIgnore
  public Precision getPrecision() {
    if (getDay().isPresent()) {
      return Precision.DAY;
    }
    if (getMonth().isPresent()) {
      return Precision.MONTH;
    }
    if (getQuarter().isPresent()) {
      return Precision.QUARTER;
    }
    if (getSeason().isPresent()) {
      return Precision.SEASON;
    }
    if (getHalf().isPresent()) {
      return Precision.HALF_YEAR;
    }
    return Precision.YEAR;
  }

  /**
   * Returns the days this point covers, first and last included: all of 2026 for "2026", August to December
   * for "Haust 2025" (see {@link Season}), one day for a date.
   *
   * @return the days covered, or empty when the point has no year or names a day that does not exist
   */
  @JsonIgnore
  public Optional<LocalDateRange> getRange() {
    if (getYear().isEmpty()) {
      return Optional.empty();
    }
    int year = getYear().get();
    switch (getPrecision()) {
      case DAY:
        YearMonth ym = YearMonth.of(year, getMonth().get());
        int day = getDay().get();
        if (!ym.isValidDay(day)) {
          return Optional.empty();
        }
        LocalDate date = ym.atDay(day);
        return Optional.of(LocalDateRange.ofClosed(date, date));
      case MONTH:
        YearMonth month = YearMonth.of(year, getMonth().get());
        return Optional.of(LocalDateRange.ofClosed(month.atDay(1), month.atEndOfMonth()));
      case QUARTER:
        YearQuarter quarter = YearQuarter.of(year, getQuarter().get());
        return Optional.of(LocalDateRange.ofClosed(quarter.atDay(1), quarter.atEndOfQuarter()));
      case SEASON:
        return Optional.of(getSeason().get().inYear(year));
      case HALF_YEAR:
        YearHalf half = YearHalf.of(year, getHalf().get());
        return Optional.of(LocalDateRange.ofClosed(half.atDay(1), half.atEndOfHalf()));
      default:
        return Optional.of(LocalDateRange.ofClosed(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }
  }

  @Value.Check
  void check() {
    int parts = (getHalf().isPresent() ? 1 : 0) + (getQuarter().isPresent() ? 1 : 0)
        + (getSeason().isPresent() ? 1 : 0) + (getMonth().isPresent() ? 1 : 0);
    if (parts > 1) {
      throw new IllegalStateException(
          "A calendar point names at most one of half, quarter, season and month: " + this);
    }
    if (getDay().isPresent() && getMonth().isEmpty()) {
      throw new IllegalStateException("A calendar point with a day needs a month: " + this);
    }
    getHalf().filter(h -> h < 1 || h > 2).ifPresent(h -> {
      throw new IllegalStateException("A half year is 1 or 2, not " + h);
    });
    getQuarter().filter(q -> q < 1 || q > 4).ifPresent(q -> {
      throw new IllegalStateException("A quarter is 1 to 4, not " + q);
    });
    getDay().filter(d -> d < 1 || d > 31).ifPresent(d -> {
      throw new IllegalStateException("A day of the month is 1 to 31, not " + d);
    });
    getYear().filter(y -> y < 1 || y > 9999).ifPresent(y -> {
      throw new IllegalStateException("A year is 1 to 9999, not " + y);
    });
    if (isYearInferred() && getYear().isEmpty()) {
      throw new IllegalStateException("A calendar point with an inferred year needs a year: " + this);
    }
  }

  /** Builds {@link CalendarPoint} values; obtain one with {@link CalendarPoint#builder()}. */
  public static final class Builder extends ImmutableCalendarPoint.Builder {
    Builder() {}
  }
}
