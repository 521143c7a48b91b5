package no.helseplan.timeframe;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.helseplan.vocabulary.Language;

/**
 * Describes a {@link Timeframe} in natural Bokmål, Nynorsk or English; the implementation of {@link
 * Timeframe#describe(Language)}. Descriptions in nb and nn are written so that {@link TimeframeReader} reads them
 * back to an equal time frame.
 */
final class TimeframeWriter {
  private static final String[] MONTHS_NO = {"januar", "februar", "mars", "april", "mai", "juni", "juli",
      "august", "september", "oktober", "november", "desember"};
  private static final String[] WEEKDAYS_NB = {"mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag",
      "søndag"};
  private static final String[] WEEKDAYS_NN = {"måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag",
      "sundag"};

  private TimeframeWriter() {}

  static String describe(Timeframe timeframe, Language language) {
    String s;
    if (timeframe instanceof Ongoing) {
      s = TimeframeKind.ONGOING.getLabel(language);
    } else if (timeframe instanceof Unspecified) {
      s = TimeframeKind.UNSPECIFIED.getLabel(language);
    } else if (timeframe instanceof Unrecognised) {
      return timeframe.getText();
    } else if (timeframe instanceof Point) {
      s = point((Point) timeframe, language);
    } else if (timeframe instanceof Span) {
      s = span((Span) timeframe, language);
    } else if (timeframe instanceof Recurring) {
      s = recurring((Recurring) timeframe, language);
    } else {
      s = relative((Relative) timeframe, language);
    }
    return s == null ? timeframe.getText() : capitalise(s);
  }

  // ---- points

  private static String point(Point point, Language l) {
    CalendarPoint at = point.getAt();
    boolean showYear = at.getYear().isPresent() && !at.isYearInferred();
    String body = calendar(at, l, showYear);
    if (body.isEmpty()) {
      return null;
    }
    if (!point.isDeadline()) {
      return body;
    }
    boolean day = at.getPrecision() == Precision.DAY;
    switch (l) {
      case NB:
        return (day ? "innen " : "innen utgangen av ") + body;
      case NN:
        return (day ? "innan " : "innan utgangen av ") + body;
      default:
        return (day ? "by " : "by the end of ") + body;
    }
  }

  /** A calendar point in words, lower case where the language writes it so; the year only when asked. */
  static String calendar(CalendarPoint at, Language l, boolean showYear) {
    String year = showYear ? at.getYear().map(String::valueOf).orElse("") : "";
    String body;
    switch (at.getPrecision()) {
      case DAY:
        String weekday = at.getWeekday().map(d -> weekday(d, l) + " ").orElse("");
        body = l == Language.EN
            ? weekday + at.getDay().get() + " " + month(at.getMonth().get(), l)
            : weekday + at.getDay().get() + ". " + month(at.getMonth().get(), l);
        break;
      case MONTH:
        body = month(at.getMonth().get(), l);
        break;
      case QUARTER:
        body = l == Language.EN ? "Q" + at.getQuarter().get() : at.getQuarter().get() + ". kvartal";
        break;
      case HALF_YEAR:
        body = l == Language.EN ? "H" + at.getHalf().get() : at.getHalf().get() + ". halvår";
        break;
      case SEASON:
        body = at.getSeason().get().getLabel(l).toLowerCase(Locale.ROOT);
        break;
      default:
        return at.getYear().map(String::valueOf).orElse("");
    }
    return year.isEmpty() ? body : body + " " + year;
  }

  private static String month(Month m, Language l) {
    String no = MONTHS_NO[m.getValue() - 1];
    return l == Language.EN ? capitalise(m.name().toLowerCase(Locale.ROOT)) : no;
  }

  private static String weekday(DayOfWeek d, Language l) {
    switch (l) {
      case NB:
        return WEEKDAYS_NB[d.getValue() - 1];
      case NN:
        return WEEKDAYS_NN[d.getValue() - 1];
      default:
        return capitalise(d.name().toLowerCase(Locale.ROOT));
    }
  }

  // ---- spans

  private static String span(Span span, Language l) {
    CalendarPoint a = span.getFrom();
    CalendarPoint b = span.getTo();
    boolean bShown = b.getYear().isPresent() && !b.isYearInferred();
    boolean aShown = a.getYear().isPresent() && !a.isYearInferred();
    // "1. september – 10. oktober 2025": the year once, unless an end is a bare year, which would read as the
    // year of the point before it ("1. kvartal – 2026").
    if (aShown && bShown && a.getYear().equals(b.getYear()) && a.getPrecision() != Precision.YEAR
        && b.getPrecision() != Precision.YEAR) {
      aShown = false;
    }
    String from = calendar(a, l, aShown);
    String to = calendar(b, l, bShown);
    if (from.isEmpty() || to.isEmpty()) {
      return null;
    }
    if (a.getPrecision() == Precision.YEAR && b.getPrecision() == Precision.YEAR) {
      return from + "\u2013" + to;
    }
    return from + " \u2013 " + to;
  }

  // ---- recurring

  private static String recurring(Recurring r, Language l) {
    String core;
    if (r.getOn().isPresent()) {
      String on = calendar(r.getOn().get(), l, false);
      core = l == Language.EN ? on + " " + every(r, l) : on + " " + every(r, l);
    } else if (r.isAtLeast() && r.getFrequency() == Frequency.YEARLY) {
      switch (l) {
        case NB:
          return "minst én gang hvert år";
        case NN:
          return "minst ein gong kvart år";
        default:
          return "at least once a year";
      }
    } else {
      core = plain(r, l);
    }
    if (r.isAtLeast()) {
      return (l == Language.EN ? "at least " : "minst ") + core;
    }
    return core;
  }

  private static String plain(Recurring r, Language l) {
    if (r.getFrequency() == Frequency.EVERY_N_YEARS) {
      return every(r, l);
    }
    if (l == Language.EN) {
      return r.getFrequency().getLabel(l).toLowerCase(Locale.ROOT);
    }
    return r.getFrequency().getLabel(l).toLowerCase(Locale.ROOT);
  }

  private static String every(Recurring r, Language l) {
    int n = r.getInterval().orElse(1);
    boolean nb = l == Language.NB;
    switch (l) {
      case EN:
        switch (r.getFrequency()) {
          case DAILY:
            return "every day";
          case WEEKLY:
            return "every week";
          case MONTHLY:
            return "every month";
          case QUARTERLY:
            return "every quarter";
          case HALF_YEARLY:
            return "every half year";
          case ODD_YEARS:
            return "in odd-numbered years";
          case EVEN_YEARS:
            return "in even-numbered years";
          case EVERY_N_YEARS:
            return n == 1 ? "every year" : "every " + n + " years";
          default:
            return "every year";
        }
      default:
        switch (r.getFrequency()) {
          case DAILY:
            return nb ? "hver dag" : "kvar dag";
          case WEEKLY:
            return nb ? "hver uke" : "kvar veke";
          case MONTHLY:
            return nb ? "hver måned" : "kvar månad";
          case QUARTERLY:
            return nb ? "hvert kvartal" : "kvart kvartal";
          case HALF_YEARLY:
            return nb ? "hvert halvår" : "kvart halvår";
          case ODD_YEARS:
            return nb ? "i oddetallsår" : "i oddetalsår";
          case EVEN_YEARS:
            return nb ? "i partallsår" : "i partalsår";
          case EVERY_N_YEARS:
            return (nb ? "hvert " : "kvart ") + n + ". år";
          default:
            return nb ? "hvert år" : "kvart år";
        }
    }
  }

  // ---- relative

  private static String relative(Relative r, Language l) {
    String duration = duration(r.getDuration(), l);
    if (duration == null) {
      return null;
    }
    boolean within = r.getAnchor() == RelativeAnchor.WITHIN_EVENT;
    switch (l) {
      case NB:
        return (within ? "innen " : "tidsramme: ") + duration;
      case NN:
        return (within ? "innan " : "tidsramme: ") + duration;
      default:
        return (within ? "within " : "lasting ") + duration;
    }
  }

  /** A period in words, such as "1 år og 2 veker"; null for a negative period, which no plan writes. */
  static String duration(Period period, Language l) {
    if (period.isNegative()) {
      return null;
    }
    boolean nb = l == Language.NB;
    boolean en = l == Language.EN;
    List<String> parts = new ArrayList<>();
    if (period.getYears() > 0) {
      int y = period.getYears();
      parts.add(y + (en ? (y == 1 ? " year" : " years") : " år"));
    }
    if (period.getMonths() > 0) {
      int m = period.getMonths();
      parts.add(m + (en ? (m == 1 ? " month" : " months")
          : nb ? (m == 1 ? " måned" : " måneder") : (m == 1 ? " månad" : " månader")));
    }
    int d = period.getDays();
    if (d > 0 && d % 7 == 0) {
      int w = d / 7;
      parts.add(w + (en ? (w == 1 ? " week" : " weeks")
          : nb ? (w == 1 ? " uke" : " uker") : (w == 1 ? " veke" : " veker")));
    } else if (d > 0 || parts.isEmpty()) {
      parts.add(d + (en ? (d == 1 ? " day" : " days")
          : nb ? (d == 1 ? " dag" : " dager") : (d == 1 ? " dag" : " dagar")));
    }
    String and = en ? " and " : " og ";
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + and + parts.get(parts.size() - 1);
  }

  static String capitalise(String s) {
    if (s.isEmpty()) {
      return s;
    }
    int first = s.codePointAt(0);
    return new StringBuilder(s.length()).appendCodePoint(Character.toUpperCase(first))
        .append(s, Character.charCount(first), s.length()).toString();
  }
}
