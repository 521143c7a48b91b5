package no.helseplan.timeframe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearHalf;
import org.threeten.extra.YearQuarter;

/**
 * {@link Timeframe#parse}: every time-frame phrase of the five seed plans, their counterparts in the other
 * written standard, and phrases that must stay unrecognised.
 */
class TimeframeParseTest {
  /** Herøy's handlingsplan 2025–2028, adopted 12.02.2026. */
  static final TimeframeContext HEROY = TimeframeContext.builder().periodStart(2025).periodEnd(2028)
      .documentDate(LocalDate.of(2026, 2, 12)).build();
  /** Voss herad's briefing of 5 June 2025. */
  static final TimeframeContext VOSS = TimeframeContext.ofDate(LocalDate.of(2025, 6, 5));
  /** Sør-Varanger's handlingsplan 2020–2024. */
  static final TimeframeContext SOR_VARANGER = TimeframeContext.ofPeriod(2020, 2024);
  /** Hustadvika's plan 2026–2040. */
  static final TimeframeContext HUSTADVIKA = TimeframeContext.ofPeriod(2026, 2040);
  /** Rødøy's plan: no dates given. */
  static final TimeframeContext RODOY = TimeframeContext.none();

  // ---------------------------------------------------------------------------------------------------------
  // Helpers

  static CalendarPoint year(int y) {
    return CalendarPoint.ofYear(y);
  }

  static CalendarPoint season(int y, Season s) {
    return CalendarPoint.ofSeason(y, s);
  }

  static CalendarPoint month(int y, Month m) {
    return CalendarPoint.ofMonth(YearMonth.of(y, m));
  }

  static CalendarPoint date(int y, Month m, int d) {
    return CalendarPoint.ofDate(LocalDate.of(y, m, d));
  }

  static CalendarPoint inferred(int y, Month m, int d, DayOfWeek weekday) {
    CalendarPoint.Builder b = CalendarPoint.builder().year(y).yearInferred(true).month(m).day(d);
    if (weekday != null) {
      b.weekday(weekday);
    }
    return b.build();
  }

  static CalendarPoint inferredMonth(int y, Month m) {
    return CalendarPoint.builder().year(y).yearInferred(true).month(m).build();
  }

  static Span years(String text, int from, int to) {
    return Span.of(text, year(from), year(to));
  }

  static Arguments row(String text, TimeframeContext context, Timeframe expected) {
    return Arguments.of(text, context, expected);
  }

  // ---------------------------------------------------------------------------------------------------------
  // The seed plans' phrases, as extracted (line breaks included)

  static Stream<Arguments> seedPhrases() {
    return Stream.of(
        // Herøy (nn): the Tidsfrist column of the handlingsplan, and its period.
        row("Jamleg", HEROY, Ongoing.of("Jamleg")),
        row("Oddetalsår", HEROY, Recurring.of("Oddetalsår", Frequency.ODD_YEARS)),
        row("Haust 2025", HEROY, Point.of("Haust 2025", season(2025, Season.AUTUMN))),
        row("Hausten \n2025 ", HEROY, Point.of("Hausten \n2025 ", season(2025, Season.AUTUMN))),
        row("August\n2025", HEROY, Point.of("August\n2025", month(2025, Month.AUGUST))),
        row("2026", HEROY, Point.of("2026", year(2026))),
        row("2025", HEROY, Point.of("2025", year(2025))),
        row("2027", HEROY, Point.of("2027", year(2027))),
        row("2028", HEROY, Point.of("2028", year(2028))),
        row("Årleg", HEROY, Recurring.of("Årleg", Frequency.YEARLY)),
        row("2026/2027", HEROY, years("2026/2027", 2026, 2027)),
        row("2025 - 2028", HEROY, years("2025 - 2028", 2025, 2028)),
        row("2019 – 2027", HEROY, years("2019 – 2027", 2019, 2027)),
        row("12.02.2026", HEROY, Point.of("12.02.2026", date(2026, Month.FEBRUARY, 12))),
        // Sør-Varanger (nb): the År column, the title and "Rullere planen hvert 4.år".
        row("2021-22", SOR_VARANGER, years("2021-22", 2021, 2022)),
        row("2020-21", SOR_VARANGER, years("2020-21", 2020, 2021)),
        row("2021-2024", SOR_VARANGER, years("2021-2024", 2021, 2024)),
        row("2021", SOR_VARANGER, Point.of("2021", year(2021))),
        row("2020-2023", SOR_VARANGER, years("2020-2023", 2020, 2023)),
        row("2021-23", SOR_VARANGER, years("2021-23", 2021, 2023)),
        row("2020 - 2021", SOR_VARANGER, years("2020 - 2021", 2020, 2021)),
        row("2020-2022", SOR_VARANGER, years("2020-2022", 2020, 2022)),
        row("2021-2023", SOR_VARANGER, years("2021-2023", 2021, 2023)),
        row("2021-2022", SOR_VARANGER, years("2021-2022", 2021, 2022)),
        row("2023-24", SOR_VARANGER, years("2023-24", 2023, 2024)),
        row("2020-22", SOR_VARANGER, years("2020-22", 2020, 2022)),
        row("2020", SOR_VARANGER, Point.of("2020", year(2020))),
        row("2020-\n\n2030", SOR_VARANGER, years("2020-\n\n2030", 2020, 2030)),
        row("2020-2024", SOR_VARANGER, years("2020-2024", 2020, 2024)),
        row("hvert 4.år", SOR_VARANGER, Recurring.everyYears("hvert 4.år", 4)),
        // Hustadvika (nb): periods, dates and the words of the handlingsdel.
        row("2026–2040", HUSTADVIKA, years("2026–2040", 2026, 2040)),
        row("2026 – 2040", HUSTADVIKA, years("2026 – 2040", 2026, 2040)),
        row("2026-2040", HUSTADVIKA, years("2026-2040", 2026, 2040)),
        row("2022–2034", HUSTADVIKA, years("2022–2034", 2022, 2034)),
        row("juni 2025", HUSTADVIKA, Point.of("juni 2025", month(2025, Month.JUNE))),
        row("august 2025", HUSTADVIKA, Point.of("august 2025", month(2025, Month.AUGUST))),
        row("januar 2026", HUSTADVIKA, Point.of("januar 2026", month(2026, Month.JANUARY))),
        row("31.12.2025", HUSTADVIKA, Point.of("31.12.2025", date(2025, Month.DECEMBER, 31))),
        row("01.01.2026", HUSTADVIKA, Point.of("01.01.2026", date(2026, Month.JANUARY, 1))),
        row("årlig", HUSTADVIKA, Recurring.of("årlig", Frequency.YEARLY)),
        row("Jevnlig", HUSTADVIKA, Ongoing.of("Jevnlig")),
        row("hvert år", HUSTADVIKA, Recurring.of("hvert år", Frequency.YEARLY)),
        // Voss (nn): the framdriftsplan's Frist column, the oppdrag and the project.
        row("Jan", VOSS, Point.of("Jan", inferredMonth(2025, Month.JANUARY))),
        row("Feb", VOSS, Point.of("Feb", inferredMonth(2025, Month.FEBRUARY))),
        row("Tysdag 24. juni", VOSS, Point.of("Tysdag 24. juni", inferred(2025, Month.JUNE, 24, DayOfWeek.TUESDAY))),
        row("Tysdag 29. juli", VOSS, Point.of("Tysdag 29. juli", inferred(2025, Month.JULY, 29, DayOfWeek.TUESDAY))),
        row("seinast 05.aug", VOSS, Point.deadline("seinast 05.aug", inferred(2025, Month.AUGUST, 5, null))),
        row("Måndag 04. aug", VOSS, Point.of("Måndag 04. aug", inferred(2025, Month.AUGUST, 4, DayOfWeek.MONDAY))),
        row("Møte 27. aug", VOSS, Point.of("Møte 27. aug", inferred(2025, Month.AUGUST, 27, null))),
        row("01. sept – 10. okt", VOSS, Span.of("01. sept – 10. okt", inferred(2025, Month.SEPTEMBER, 1, null),
            inferred(2025, Month.OCTOBER, 10, null))),
        row("Frist fredag 10. okt", VOSS,
            Point.deadline("Frist fredag 10. okt", inferred(2025, Month.OCTOBER, 10, DayOfWeek.FRIDAY))),
        row("Tysdag 14. okt", VOSS, Point.of("Tysdag 14. okt", inferred(2025, Month.OCTOBER, 14, DayOfWeek.TUESDAY))),
        row("Tysdag 14.okt", VOSS, Point.of("Tysdag 14.okt", inferred(2025, Month.OCTOBER, 14, DayOfWeek.TUESDAY))),
        row("Måndag 20. okt", VOSS, Point.of("Måndag 20. okt", inferred(2025, Month.OCTOBER, 20, DayOfWeek.MONDAY))),
        row("Møte 13. nov", VOSS, Point.of("Møte 13. nov", inferred(2025, Month.NOVEMBER, 13, null))),
        row("5. juni 2025", VOSS, Point.of("5. juni 2025", date(2025, Month.JUNE, 5))),
        row("2025 - 29", VOSS, years("2025 - 29", 2025, 2029)),
        row("2015-2025", VOSS, years("2015-2025", 2015, 2025)),
        row("2026 -2035", VOSS, years("2026 -2035", 2026, 2035)),
        row("2025- 2029", VOSS, years("2025- 2029", 2025, 2029)),
        row("6 veker", VOSS, Relative.of("6 veker", Period.ofWeeks(6), RelativeAnchor.LASTING)),
        row("innan 1 veke", VOSS, Relative.of("innan 1 veke", Period.ofWeeks(1), RelativeAnchor.WITHIN_EVENT)),
        row("22. september kvart år", VOSS, Recurring.builder().text("22. september kvart år")
            .frequency(Frequency.YEARLY).on(CalendarPoint.builder().month(Month.SEPTEMBER).day(22).build()).build()),
        row("kvart år", VOSS, Recurring.of("kvart år", Frequency.YEARLY)),
        row("minst ein gong kvart år", VOSS, Recurring.builder().text("minst ein gong kvart år")
            .frequency(Frequency.YEARLY).atLeast(true).build()),
        row("Tidsramme: 1 år", VOSS, Relative.of("Tidsramme: 1 år", Period.ofYears(1), RelativeAnchor.LASTING)),
        // Hustadvika: "økte helse- og velferdskostnader på 40 millioner kroner de neste fire årene".
        row("de neste fire årene", HUSTADVIKA,
            Relative.of("de neste fire årene", Period.ofYears(4), RelativeAnchor.LASTING)),
        // Rødøy (nb)
        row("Høsten 2023", RODOY, Point.of("Høsten 2023", season(2023, Season.AUTUMN))),
        row("i løpet av planperioden", RODOY, Unspecified.of("i løpet av planperioden")),
        row("I planperioden", RODOY, Unspecified.of("I planperioden")),
        row("(2018–2023)", RODOY, years("(2018–2023)", 2018, 2023)),
        row("(2021–2025)", RODOY, years("(2021–2025)", 2021, 2025)),
        row("(2022–2023)", RODOY, years("(2022–2023)", 2022, 2023)),
        row("(2023–2033)", RODOY, years("(2023–2033)", 2023, 2033)),
        row("2017–2018", RODOY, years("2017–2018", 2017, 2018)),
        row("fortløpende", RODOY, Ongoing.of("fortløpende")),
        row("kontinuerlig", RODOY, Ongoing.of("kontinuerlig")));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("seedPhrases")
  void test_parse_seedPhrase(String text, TimeframeContext context, Timeframe expected) {
    assertEquals(expected, Timeframe.parse(text, Language.NN, context), () -> "reading «" + text + "»");
  }

  /** The recognition figure over the seed phrases, stated in the report. */
  @Test
  void test_parse_recognitionOfSeedPhrases() {
    List<String> missed = new ArrayList<>();
    int total = 0;
    int recognised = 0;
    for (Arguments a : (Iterable<Arguments>) seedPhrases()::iterator) {
      Object[] args = a.get();
      total++;
      Timeframe t = Timeframe.parse((String) args[0], Language.NN, (TimeframeContext) args[1]);
      if (t.equals(args[2])) {
        recognised++;
      } else {
        missed.add((String) args[0]);
      }
    }
    System.out.printf("Time frames: %d of %d seed phrases read as expected%n", recognised, total);
    assertEquals(List.of(), missed, "seed phrases not read as expected");
  }

  // ---------------------------------------------------------------------------------------------------------
  // Counterparts in the other written standard and other real phrasing

  static Stream<Arguments> otherPhrases() {
    TimeframeContext none = TimeframeContext.none();
    return Stream.of(
        row("Løpende", none, Ongoing.of("Løpende")),
        row("Løpande", none, Ongoing.of("Løpande")),
        row("Fortløpande", none, Ongoing.of("Fortløpande")),
        row("Kontinuerleg", none, Ongoing.of("Kontinuerleg")),
        row("Jevnleg", none, Ongoing.of("Jevnleg")),
        row("Løpende / kontinuerlig", none, Ongoing.of("Løpende / kontinuerlig")),
        row("Hele planperioden", none, Ongoing.of("Hele planperioden")),
        row("Gjennom heile planperioden", none, Ongoing.of("Gjennom heile planperioden")),
        row("Årlig", none, Recurring.of("Årlig", Frequency.YEARLY)),
        row("Årleg.", none, Recurring.of("Årleg.", Frequency.YEARLY)),
        row("Oddetallsår", none, Recurring.of("Oddetallsår", Frequency.ODD_YEARS)),
        row("Partallsår", none, Recurring.of("Partallsår", Frequency.EVEN_YEARS)),
        row("Partalsår", none, Recurring.of("Partalsår", Frequency.EVEN_YEARS)),
        row("i oddetalsår", none, Recurring.of("i oddetalsår", Frequency.ODD_YEARS)),
        row("hvert 4. år", none, Recurring.everyYears("hvert 4. år", 4)),
        row("kvart fjerde år", none, Recurring.everyYears("kvart fjerde år", 4)),
        row("annakvart år", none, Recurring.everyYears("annakvart år", 2)),
        row("annethvert år", none, Recurring.everyYears("annethvert år", 2)),
        row("Halvårlig", none, Recurring.of("Halvårlig", Frequency.HALF_YEARLY)),
        row("kvart halvår", none, Recurring.of("kvart halvår", Frequency.HALF_YEARLY)),
        row("Kvartalsvis", none, Recurring.of("Kvartalsvis", Frequency.QUARTERLY)),
        row("Månadleg", none, Recurring.of("Månadleg", Frequency.MONTHLY)),
        row("hver måned", none, Recurring.of("hver måned", Frequency.MONTHLY)),
        row("kvar veke", none, Recurring.of("kvar veke", Frequency.WEEKLY)),
        row("Ukentlig", none, Recurring.of("Ukentlig", Frequency.WEEKLY)),
        row("en gang i året", none, Recurring.of("en gang i året", Frequency.YEARLY)),
        row("minst en gang hvert år", none, Recurring.builder().text("minst en gang hvert år")
            .frequency(Frequency.YEARLY).atLeast(true).build()),
        row("minst årleg", none, Recurring.builder().text("minst årleg").frequency(Frequency.YEARLY)
            .atLeast(true).build()),
        row("22. september hvert år", none, Recurring.builder().text("22. september hvert år")
            .frequency(Frequency.YEARLY).on(CalendarPoint.builder().month(Month.SEPTEMBER).day(22).build()).build()),
        row("hvert år i mars", none, Recurring.builder().text("hvert år i mars").frequency(Frequency.YEARLY)
            .on(CalendarPoint.builder().month(Month.MARCH).build()).build()),
        row("kvar haust", none, Recurring.builder().text("kvar haust").frequency(Frequency.YEARLY)
            .on(CalendarPoint.builder().season(Season.AUTUMN).build()).build()),
        row("Høst 2025", none, Point.of("Høst 2025", season(2025, Season.AUTUMN))),
        row("Høsten 2025", none, Point.of("Høsten 2025", season(2025, Season.AUTUMN))),
        row("Vår 2026", none, Point.of("Vår 2026", season(2026, Season.SPRING))),
        row("Våren 2027", none, Point.of("Våren 2027", season(2027, Season.SPRING))),
        row("Sommar 2026", none, Point.of("Sommar 2026", season(2026, Season.SUMMER))),
        row("Sommeren 2026", none, Point.of("Sommeren 2026", season(2026, Season.SUMMER))),
        row("Vinteren 2027", none, Point.of("Vinteren 2027", season(2027, Season.WINTER))),
        row("Haust", VOSS, Point.of("Haust", CalendarPoint.builder().year(2025).yearInferred(true)
            .season(Season.AUTUMN).build())),
        row("Vår", none, Point.of("Vår", CalendarPoint.builder().season(Season.SPRING).build())),
        row("innen utgangen av 2026", none, Point.deadline("innen utgangen av 2026", year(2026))),
        row("innan utgangen av 2026", none, Point.deadline("innan utgangen av 2026", year(2026))),
        row("Innen 2026", none, Point.deadline("Innen 2026", year(2026))),
        row("ved utgangen av 2. kvartal 2026", none,
            Point.deadline("ved utgangen av 2. kvartal 2026", CalendarPoint.ofQuarter(YearQuarter.of(2026, 2)))),
        row("1. kvartal 2026", none, Point.of("1. kvartal 2026", CalendarPoint.ofQuarter(YearQuarter.of(2026, 1)))),
        row("Q1 2026", none, Point.of("Q1 2026", CalendarPoint.ofQuarter(YearQuarter.of(2026, 1)))),
        row("1. kv. 2026", none, Point.of("1. kv. 2026", CalendarPoint.ofQuarter(YearQuarter.of(2026, 1)))),
        row("første kvartal 2027", none,
            Point.of("første kvartal 2027", CalendarPoint.ofQuarter(YearQuarter.of(2027, 1)))),
        row("2. halvår 2026", none, Point.of("2. halvår 2026", CalendarPoint.ofHalf(YearHalf.of(2026, 2)))),
        row("Første halvår 2026", none,
            Point.of("Første halvår 2026", CalendarPoint.ofHalf(YearHalf.of(2026, 1)))),
        row("i løpet av 2026", none, Point.of("i løpet av 2026", year(2026))),
        row("i 2027", none, Point.of("i 2027", year(2027))),
        row("August 2025", none, Point.of("August 2025", month(2025, Month.AUGUST))),
        row("aug. 2025", none, Point.of("aug. 2025", month(2025, Month.AUGUST))),
        row("Sept 2025", none, Point.of("Sept 2025", month(2025, Month.SEPTEMBER))),
        row("des 2026", none, Point.of("des 2026", month(2026, Month.DECEMBER))),
        row("Mandag 4. august 2025", none,
            Point.of("Mandag 4. august 2025", CalendarPoint.builder().year(2025).month(Month.AUGUST).day(4)
                .weekday(DayOfWeek.MONDAY).build())),
        row("Tirsdag 24. juni", VOSS, Point.of("Tirsdag 24. juni", inferred(2025, Month.JUNE, 24, DayOfWeek.TUESDAY))),
        row("laurdag 1. mars", VOSS, Point.of("laurdag 1. mars", inferred(2025, Month.MARCH, 1, DayOfWeek.SATURDAY))),
        row("søndag 2. mars", VOSS, Point.of("søndag 2. mars", inferred(2025, Month.MARCH, 2, DayOfWeek.SUNDAY))),
        row("2026-02-12", none, Point.of("2026-02-12", date(2026, Month.FEBRUARY, 12))),
        row("01. sept - 10. okt", VOSS, Span.of("01. sept - 10. okt", inferred(2025, Month.SEPTEMBER, 1, null),
            inferred(2025, Month.OCTOBER, 10, null))),
        row("1. sept til 10. okt 2025", none, Span.of("1. sept til 10. okt 2025", date(2025, Month.SEPTEMBER, 1),
            date(2025, Month.OCTOBER, 10))),
        row("fra 2026 til 2028", none, years("fra 2026 til 2028", 2026, 2028)),
        row("november – februar 2026", none, Span.of("november – februar 2026", month(2025, Month.NOVEMBER),
            month(2026, Month.FEBRUARY))),
        row("Haust 2025 / vår 2026", none, Span.of("Haust 2025 / vår 2026", season(2025, Season.AUTUMN),
            season(2026, Season.SPRING))),
        row("innen 1 uke", none, Relative.of("innen 1 uke", Period.ofWeeks(1), RelativeAnchor.WITHIN_EVENT)),
        row("innan to veker", none, Relative.of("innan to veker", Period.ofWeeks(2), RelativeAnchor.WITHIN_EVENT)),
        row("innen 3 uker etter innleggelse", none,
            Relative.of("innen 3 uker etter innleggelse", Period.ofWeeks(3), RelativeAnchor.WITHIN_EVENT)),
        row("innen 14 dager", none, Relative.of("innen 14 dager", Period.ofDays(14), RelativeAnchor.WITHIN_EVENT)),
        row("Tidsramme: 6 månader", none,
            Relative.of("Tidsramme: 6 månader", Period.ofMonths(6), RelativeAnchor.LASTING)),
        row("1 år og 6 måneder", none, Relative.of("1 år og 6 måneder", Period.of(1, 6, 0), RelativeAnchor.LASTING)),
        row("uke 34 2025", none, Span.of("uke 34 2025", date(2025, Month.AUGUST, 18), date(2025, Month.AUGUST, 24))),
        row("Veke 45", VOSS, Span.of("Veke 45", inferred(2025, Month.NOVEMBER, 3, null),
            inferred(2025, Month.NOVEMBER, 9, null))),
        row("Q3/Q4 2026", none, Span.of("Q3/Q4 2026", CalendarPoint.ofQuarter(YearQuarter.of(2026, 3)),
            CalendarPoint.ofQuarter(YearQuarter.of(2026, 4)))),
        row("2026/27", none, years("2026/27", 2026, 2027)),
        row("Innan 01.03.2026", none, Point.deadline("Innan 01.03.2026", date(2026, Month.MARCH, 1))),
        row("Innen sommeren 2026", none, Point.deadline("Innen sommeren 2026", season(2026, Season.SUMMER))),
        row("Desember", VOSS, Point.of("Desember", inferredMonth(2025, Month.DECEMBER))),
        row("31.12", VOSS, Point.of("31.12", inferred(2025, Month.DECEMBER, 31, null))),
        row("1/3-2026", none, Point.of("1/3-2026", date(2026, Month.MARCH, 1))),
        row("innan 15/9", VOSS, Point.deadline("innan 15/9", inferred(2025, Month.SEPTEMBER, 15, null))),
        row("første halvdel av 2026", none,
            Point.of("første halvdel av 2026", CalendarPoint.ofHalf(YearHalf.of(2026, 1)))),
        row("dei første 6 månadene", none,
            Relative.of("dei første 6 månadene", Period.ofMonths(6), RelativeAnchor.LASTING)),
        row("i planperioden", none, Unspecified.of("i planperioden")),
        row("I løpet av perioden", none, Unspecified.of("I løpet av perioden")),
        row("innan utgangen av planperioden", none, Unspecified.of("innan utgangen av planperioden")));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("otherPhrases")
  void test_parse_otherPhrase(String text, TimeframeContext context, Timeframe expected) {
    assertEquals(expected, Timeframe.parse(text, Language.NB, context), () -> "reading «" + text + "»");
  }

  // ---------------------------------------------------------------------------------------------------------
  // Unrecognised: kept verbatim, never guessed

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"ca. 2026", "fra 01.01.2026", "før 2026", "2026?", "slutten av 2026", "Oppstart 2026",
      "Oppdrag held fram", "Rullere planen hvert 4.år", "2026 og 2027", "2027-2026", "2026-02", "1515",
      "31. juni 2025", "13. kvartal 2026", "Q5 2026", "", "   ", "Jamleg / 2026", "Frist: jamleg", "når det passar",
      "Tysdag", "innan", "Møte", "2026 (revidert)", "hvert 0. år", "uke 54 2025", "Ved behov",
      "Innan sommarferien", "to gonger i året",
      "vinteren 2025/2026", "Heile året", "1/13-2026",
      // Voss: "(4 veker før)", "(3 veker før)": before an event, which no shape states.
      "4 veker før", "3 veker før", "de neste", "neste år"})
  void test_parse_unrecognised(String text) {
    Timeframe t = Timeframe.parse(text, Language.NN, VOSS);
    assertInstanceOf(Unrecognised.class, t, () -> "«" + text + "» read as " + t);
    assertEquals(text, t.getText());
    assertEquals(java.util.Optional.empty(), t.getBounds(VOSS));
  }

  // ---------------------------------------------------------------------------------------------------------
  // Conventions

  @Test
  void test_parse_yearFromContext_marksInferred() {
    Timeframe t = Timeframe.parse("Tysdag 24. juni", Language.NN, VOSS);
    CalendarPoint at = ((Point) t).getAt();
    assertEquals(java.util.Optional.of(2025), at.getYear());
    assertTrue(at.isYearInferred());
    assertEquals(java.util.Optional.of(LocalDateRange.ofClosed(LocalDate.of(2025, 6, 24), LocalDate.of(2025, 6, 24))),
        t.getBounds(VOSS));
  }

  @Test
  void test_parse_noContext_leavesYearOpen() {
    Point t = (Point) Timeframe.parse("Tysdag 24. juni", Language.NN, TimeframeContext.none());
    assertEquals(java.util.Optional.empty(), t.getAt().getYear());
    assertEquals(java.util.Optional.empty(), t.getBounds(TimeframeContext.none()));
  }

  @Test
  void test_parse_weekWithoutYearOrContext_isUnrecognised() {
    assertInstanceOf(Unrecognised.class, Timeframe.parse("veke 34", Language.NN, TimeframeContext.none()));
  }

  @Test
  void test_parse_keepsTextVerbatim() {
    String text = "  Hausten \n2025 ";
    assertEquals(text, Timeframe.parse(text, Language.NN, HEROY).getText());
  }

  @Test
  void test_parse_deadlineBoundsRunFromPeriodStart() {
    Timeframe t = Timeframe.parse("innan utgangen av 2026", Language.NN, HEROY);
    assertEquals(java.util.Optional.of(LocalDate.of(2025, 1, 1)), t.getEarliest(HEROY));
    assertEquals(java.util.Optional.of(LocalDate.of(2026, 12, 31)), t.getLatest(HEROY));
  }

  @Test
  void test_parse_autumnCoversAugustToDecember() {
    Timeframe t = Timeframe.parse("Haust 2025", Language.NN, HEROY);
    assertEquals(java.util.Optional.of(LocalDateRange.ofClosed(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 12, 31))),
        t.getBounds(HEROY));
  }
}
