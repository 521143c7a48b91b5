package no.helseplan.timeframe;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.YearMonth;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Generates time frames of every shape, each with a context in which the parser would read its description
 * back: a year marked inferred equals the context's reference year, as {@link Timeframe#parse} infers it.
 *
 * <p>Seeded and deterministic: the same seed gives the same cases.
 */
final class TimeframeGenerator {
  /** A generated time frame and the context it belongs to. */
  static final class Case {
    final Timeframe timeframe;
    final TimeframeContext context;

    Case(Timeframe timeframe, TimeframeContext context) {
      this.timeframe = timeframe;
      this.context = context;
    }

    @Override
    public String toString() {
      return timeframe + " in " + context;
    }
  }

  private static final String[] UNRECOGNISED = {"Oppdrag held fram", "ca. 2026", "Når det passar", "Ikkje avklart",
      "Etter avtale", "Snarast", "Vert avklart seinare", "2026?", "Før sommarferien"};
  private static final Frequency[] ON_FREQUENCIES = {Frequency.YEARLY, Frequency.ODD_YEARS, Frequency.EVEN_YEARS,
      Frequency.EVERY_N_YEARS};

  private final RandomGenerator random;

  TimeframeGenerator(long seed) {
    this.random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
  }

  Case next() {
    int ref = 1950 + random.nextInt(200);
    TimeframeContext context = random.nextInt(3) == 0 ? TimeframeContext.none()
        : TimeframeContext.builder().documentDate(LocalDate.of(ref, 1 + random.nextInt(12), 1 + random.nextInt(28)))
            .build();
    String text = "generated";
    switch (random.nextInt(7)) {
      case 0:
        return new Case(Ongoing.of(text), context);
      case 1:
        return new Case(Unspecified.of(text), context);
      case 2:
        return new Case(recurring(text), context);
      case 3:
        return new Case(point(text, context), context);
      case 4:
        return new Case(span(text, context), context);
      case 5:
        return new Case(relative(text), context);
      default:
        String words = UNRECOGNISED[random.nextInt(UNRECOGNISED.length)];
        return new Case(Unrecognised.of(words), context);
    }
  }

  private Recurring recurring(String text) {
    Frequency[] all = Frequency.values();
    boolean withOn = random.nextInt(3) == 0;
    Frequency f = withOn ? ON_FREQUENCIES[random.nextInt(ON_FREQUENCIES.length)] : all[random.nextInt(all.length)];
    Recurring.Builder b = Recurring.builder().text(text).frequency(f).atLeast(random.nextInt(4) == 0);
    if (f == Frequency.EVERY_N_YEARS) {
      b.interval(1 + random.nextInt(12));
    }
    if (withOn) {
      b.on(fields(CalendarPoint.builder(), 1 + random.nextInt(5), false).build());
    }
    return b.build();
  }

  private Point point(String text, TimeframeContext context) {
    int precision = random.nextInt(6);
    CalendarPoint.Builder b = CalendarPoint.builder();
    if (precision == 0 || random.nextBoolean()) {
      int year = 1900 + random.nextInt(300);
      b.year(year);
      if (precision > 0) {
        fields(b, precision, true, year);
      }
    } else {
      context.getReferenceYear().ifPresent(y -> b.year(y).yearInferred(true));
      fields(b, precision, true);
    }
    return Point.builder().text(text).at(b.build()).deadline(random.nextInt(4) == 0).build();
  }

  private Span span(String text, TimeframeContext context) {
    while (true) {
      int mode = random.nextInt(3);
      if (mode == 0) {
        // Both years written.
        int y1 = 1900 + random.nextInt(290);
        int y2 = y1 + (random.nextBoolean() ? 0 : random.nextInt(10));
        CalendarPoint.Builder a = CalendarPoint.builder().year(y1);
        CalendarPoint.Builder b = CalendarPoint.builder().year(y2);
        int pa = random.nextInt(6);
        int pb = random.nextInt(6);
        if (pa > 0) {
          fields(a, pa, true, y1);
        }
        if (pb > 0) {
          fields(b, pb, true, y2);
        }
        CalendarPoint from = a.build();
        CalendarPoint to = b.build();
        if (!from.getRange().get().getStart().isAfter(to.getRange().get().getEndInclusive())) {
          return Span.of(text, from, to);
        }
      } else {
        // No year written: both inferred from the context, or both absent without one.
        int pa = 1 + random.nextInt(5);
        int pb = 1 + random.nextInt(5);
        CalendarPoint.Builder a = fields(CalendarPoint.builder(), pa, true);
        CalendarPoint.Builder b = fields(CalendarPoint.builder(), pb, true);
        CalendarPoint fromNoYear = a.build();
        CalendarPoint toNoYear = b.build();
        LocalDate fromStart = withYear(fromNoYear, 2000).getRange().get().getStart();
        LocalDate toEnd = withYear(toNoYear, 2000).getRange().get().getEndInclusive();
        boolean wraps = fromStart.isAfter(toEnd);
        if (context.getReferenceYear().isEmpty()) {
          if (!wraps) {
            return Span.of(text, fromNoYear, toNoYear);
          }
          continue;
        }
        int ref = context.getReferenceYear().get();
        CalendarPoint from = CalendarPoint.builder().from(fromNoYear).year(ref).yearInferred(true).build();
        CalendarPoint to = CalendarPoint.builder().from(toNoYear).year(wraps ? ref + 1 : ref).yearInferred(true)
            .build();
        return Span.of(text, from, to);
      }
    }
  }

  private static CalendarPoint withYear(CalendarPoint p, int year) {
    return CalendarPoint.builder().from(p).year(year).build();
  }

  private Relative relative(String text) {
    Period p;
    switch (random.nextInt(4)) {
      case 0:
        p = Period.ofYears(random.nextInt(6));
        break;
      case 1:
        p = Period.ofMonths(1 + random.nextInt(24));
        break;
      case 2:
        p = Period.ofDays(random.nextInt(60));
        break;
      default:
        p = Period.of(random.nextInt(4), random.nextInt(12), random.nextInt(40));
    }
    RelativeAnchor anchor = random.nextBoolean() ? RelativeAnchor.WITHIN_EVENT : RelativeAnchor.LASTING;
    return Relative.of(text, p, anchor);
  }

  /** Fills the fields of a precision 1..5 (half, quarter, season, month, day), with days valid in any year. */
  private CalendarPoint.Builder fields(CalendarPoint.Builder b, int precision, boolean weekdays) {
    return fields(b, precision, weekdays, 2001);
  }

  private CalendarPoint.Builder fields(CalendarPoint.Builder b, int precision, boolean weekdays, int year) {
    switch (precision) {
      case 1:
        return b.half(1 + random.nextInt(2));
      case 2:
        return b.quarter(1 + random.nextInt(4));
      case 3:
        return b.season(Season.values()[random.nextInt(Season.values().length)]);
      case 4:
        return b.month(Month.of(1 + random.nextInt(12)));
      default:
        Month m = Month.of(1 + random.nextInt(12));
        b.month(m).day(1 + random.nextInt(YearMonth.of(year, m).lengthOfMonth()));
        if (weekdays && random.nextBoolean()) {
          b.weekday(DayOfWeek.of(1 + random.nextInt(7)));
        }
        return b;
    }
  }
}
