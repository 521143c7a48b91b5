package no.helseplan.timeframe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threeten.extra.YearHalf;
import org.threeten.extra.YearQuarter;

/** The shapes of a time frame and the dates each allows in its context. */
class TimeframeShapesTest {
  private static final TimeframeContext HEROY = TimeframeContext.builder().periodStart(2025).periodEnd(2028)
      .documentDate(LocalDate.of(2026, 2, 12)).build();

  static Stream<Arguments> bounds() {
    return Stream.of(
        Arguments.of(Ongoing.of("Jamleg"), "2025-01-01", "2028-12-31"),
        Arguments.of(Unspecified.of("i løpet av planperioden"), "2025-01-01", "2028-12-31"),
        Arguments.of(Unrecognised.of("Snarast"), null, null),
        Arguments.of(Recurring.builder().text("Oddetalsår").frequency(Frequency.ODD_YEARS).build(),
            "2025-01-01", "2028-12-31"),
        Arguments.of(point("2026", CalendarPoint.ofYear(2026)), "2026-01-01", "2026-12-31"),
        Arguments.of(point("Haust 2025", CalendarPoint.ofSeason(2025, Season.AUTUMN)), "2025-08-01", "2025-12-31"),
        Arguments.of(point("Våren 2027", CalendarPoint.ofSeason(2027, Season.SPRING)), "2027-01-01", "2027-06-30"),
        Arguments.of(point("August 2025", CalendarPoint.ofMonth(java.time.YearMonth.of(2025, 8))), "2025-08-01",
            "2025-08-31"),
        Arguments.of(point("Q1 2026", CalendarPoint.ofQuarter(YearQuarter.of(2026, 1))), "2026-01-01", "2026-03-31"),
        Arguments.of(point("2. halvår 2026", CalendarPoint.ofHalf(YearHalf.of(2026, 2))), "2026-07-01",
            "2026-12-31"),
        Arguments.of(point("Tysdag 24. juni", CalendarPoint.builder().year(2025).yearInferred(true)
            .month(Month.JUNE).day(24).build()), "2025-06-24", "2025-06-24"),
        Arguments.of(Point.builder().text("innan utgangen av 2026").at(CalendarPoint.ofYear(2026)).deadline(true)
            .build(), "2025-01-01", "2026-12-31"),
        Arguments.of(Span.builder().text("2026/2027").from(CalendarPoint.ofYear(2026)).to(CalendarPoint.ofYear(2027))
            .build(), "2026-01-01", "2027-12-31"),
        Arguments.of(Relative.builder().text("Tidsramme: 1 år").duration(Period.ofYears(1))
            .anchor(RelativeAnchor.LASTING).build(), "2026-02-12", "2027-02-11"),
        Arguments.of(Relative.builder().text("innan 1 veke").duration(Period.ofWeeks(1))
            .anchor(RelativeAnchor.WITHIN_EVENT).build(), null, null));
  }

  // getEarliest, getLatest

  @ParameterizedTest
  @MethodSource("bounds")
  void test_bounds(Timeframe timeframe, String earliest, String latest) {
    assertEquals(Optional.ofNullable(earliest).map(LocalDate::parse), timeframe.getEarliest(HEROY),
        () -> "earliest of " + timeframe);
    assertEquals(Optional.ofNullable(latest).map(LocalDate::parse), timeframe.getLatest(HEROY),
        () -> "latest of " + timeframe);
  }

  @Test
  void test_bounds_openPeriodEnd() {
    TimeframeContext open = TimeframeContext.builder().periodStart(2026).build();
    assertEquals(Optional.of(LocalDate.of(2026, 1, 1)), Ongoing.of("Løpende").getEarliest(open));
    assertEquals(Optional.empty(), Ongoing.of("Løpende").getLatest(open));
    assertEquals(Optional.empty(), Ongoing.of("Løpende").getEarliest(TimeframeContext.none()));
  }

  @Test
  void test_bounds_yearBeyondCalendar_isUnknown() {
    TimeframeContext absurd = TimeframeContext.builder().periodStart(2025).periodEnd(Integer.MAX_VALUE).build();
    assertEquals(Optional.empty(), Ongoing.of("Jamleg").getBounds(absurd));
  }

  @Test
  void test_kind_matchesType() {
    assertEquals(TimeframeKind.ONGOING, Ongoing.of("Jamleg").getKind());
    assertEquals(TimeframeKind.UNRECOGNISED, Unrecognised.of("?").getKind());
    assertEquals(TimeframeKind.POINT, point("2026", CalendarPoint.ofYear(2026)).getKind());
  }

  // CalendarPoint

  @Test
  void test_calendarPoint_precision() {
    assertEquals(Precision.YEAR, CalendarPoint.ofYear(2026).getPrecision());
    assertEquals(Precision.SEASON, CalendarPoint.ofSeason(2025, Season.AUTUMN).getPrecision());
    assertEquals(Precision.DAY, CalendarPoint.ofDate(LocalDate.of(2025, 10, 10)).getPrecision());
  }

  @Test
  void test_calendarPoint_dayWithoutMonthRejected() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> CalendarPoint.builder().year(2025).day(10).build());
    assertEquals(true, e.getMessage().startsWith("A calendar point with a day needs a month"), e::getMessage);
  }

  @Test
  void test_calendarPoint_twoPrecisionsRejected() {
    assertThrows(IllegalStateException.class,
        () -> CalendarPoint.builder().year(2025).quarter(1).season(Season.SPRING).build());
    assertThrows(IllegalStateException.class, () -> CalendarPoint.builder().year(2025).quarter(5).build());
  }

  @Test
  void test_calendarPoint_noYearNoRange() {
    assertEquals(Optional.empty(), CalendarPoint.builder().month(Month.JANUARY).build().getRange());
    assertEquals(Optional.empty(), CalendarPoint.builder().year(2025).month(Month.FEBRUARY).day(30).build().getRange());
  }

  @Test
  void test_recurring_intervalOnlyForEveryNYears() {
    assertEquals(Optional.of(4), Recurring.builder().text("hvert 4. år").frequency(Frequency.EVERY_N_YEARS)
        .interval(4).build().getInterval());
    assertThrows(IllegalStateException.class,
        () -> Recurring.builder().text("hvert år").frequency(Frequency.EVERY_N_YEARS).build());
    assertThrows(IllegalStateException.class,
        () -> Recurring.builder().text("Årleg").frequency(Frequency.YEARLY).interval(2).build());
  }

  // Season

  @Test
  void test_season_inYear_leapYear() {
    assertEquals(LocalDate.of(2028, 3, 31), Season.WINTER.inYear(2028).getEndInclusive());
    assertEquals(LocalDate.of(2025, 8, 1), Season.AUTUMN.inYear(2025).getStart());
  }

  private static Point point(String text, CalendarPoint at) {
    return Point.builder().text(text).at(at).build();
  }
}
