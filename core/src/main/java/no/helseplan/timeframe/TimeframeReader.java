package no.helseplan.timeframe;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.helseplan.text.TextRepair;

/**
 * Reads a {@link Timeframe} from the words a municipality wrote; the implementation of {@link
 * Timeframe#parse}. See that method for the phrases understood and the conventions.
 *
 * <p>The text is repaired ({@link TextRepair}), lower-cased, cut into tokens (words, numbers, ordinals such as
 * "24.", dates such as "31.12.2025", dashes, slashes, commas, colons) and read by a small recursive-descent
 * grammar over word tables ({@link Words}). Any character outside that alphabet, or any token left over, makes
 * the phrase unrecognised. Work is bounded: texts longer than {@link #MAX_RAW} characters, or longer than
 * {@link #MAX_LENGTH} once repaired, or of more than {@link #MAX_TOKENS} tokens, are unrecognised at once.
 */
final class TimeframeReader {
  static final int MAX_RAW = 2_000;
  static final int MAX_LENGTH = 160;
  static final int MAX_TOKENS = 32;
  static final int MIN_YEAR = 1900;
  static final int MAX_YEAR = 2199;

  private TimeframeReader() {}

  static Timeframe read(String text, TimeframeContext context) {
    if (text.length() > MAX_RAW) {
      return Unrecognised.of(text);
    }
    String s = TextRepair.repair(text).toLowerCase(Locale.ROOT);
    // A phrase in brackets, as plans print periods: "(2021–2025)".
    if (s.length() > 2 && s.charAt(0) == '(' && s.charAt(s.length() - 1) == ')'
        && s.indexOf('(', 1) < 0 && s.indexOf(')') == s.length() - 1) {
      s = s.substring(1, s.length() - 1).strip();
    }
    if (s.isEmpty() || s.length() > MAX_LENGTH) {
      return Unrecognised.of(text);
    }
    List<Tok> tokens = tokenize(s);
    if (tokens == null || tokens.isEmpty() || tokens.size() > MAX_TOKENS) {
      return Unrecognised.of(text);
    }
    Timeframe result;
    try {
      result = new Parser(tokens, text, context).parse();
    } catch (IllegalStateException | java.time.DateTimeException | ArithmeticException e) {
      // A combination the model rejects (such as 31 June) is not a time frame we can state.
      result = null;
    }
    return result != null ? result : Unrecognised.of(text);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Tokens

  enum Type { WORD, NUM, ORD, DATE, DASH, SLASH, COMMA, COLON }

  /** One token: a word, a number ("2026"), an ordinal ("24."), a date ("31.12.2025") or a sign. */
  static final class Tok {
    final Type type;
    final String word;
    final int value;
    final int digits;
    final int month;
    final int year;

    Tok(Type type, String word, int value, int digits, int month, int year) {
      this.type = type;
      this.word = word;
      this.value = value;
      this.digits = digits;
      this.month = month;
      this.year = year;
    }

    static Tok sign(Type type) {
      return new Tok(type, "", 0, 0, 0, 0);
    }

    boolean is(String w) {
      return type == Type.WORD && word.equals(w);
    }

    boolean isNumber() {
      return type == Type.NUM || type == Type.ORD;
    }
  }

  static List<Tok> tokenize(String s) {
    List<Tok> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c == ' ') {
        i++;
      } else if (isDigit(c)) {
        int j = digitsEnd(s, i);
        if (j - i > 4) {
          return null;
        }
        int value = digitsValue(s, i, j);
        // d.m.yyyy, d.m.yy, d.m. (no year); and d/m-yyyy, d/m-yy, d/m as dates are written by hand ("1/3-2026")
        char sep = j < n ? s.charAt(j) : 0;
        if (j - i <= 2 && (sep == '.' || sep == '/') && j + 1 < n && isDigit(s.charAt(j + 1))) {
          int k = digitsEnd(s, j + 1);
          if (k - j - 1 > 2) {
            return null;
          }
          int month = digitsValue(s, j + 1, k);
          int year = 0;
          int end = k;
          boolean yearFollows = k + 1 < n && isDigit(s.charAt(k + 1))
              && (s.charAt(k) == '.' || sep == '/' && s.charAt(k) == '-');
          if (yearFollows) {
            int l = digitsEnd(s, k + 1);
            if (l - k - 1 == 4) {
              year = digitsValue(s, k + 1, l);
            } else if (l - k - 1 == 2) {
              year = 2000 + digitsValue(s, k + 1, l);
            } else {
              return null;
            }
            end = l;
          } else if (sep == '.' && k < n && s.charAt(k) == '.') {
            end = k + 1;
          }
          out.add(new Tok(Type.DATE, "", value, 0, month, year));
          i = end;
          continue;
        }
        // yyyy-mm-dd
        if (j - i == 4 && j + 6 <= n && s.charAt(j) == '-' && isDigit(s.charAt(j + 1))
            && isDigit(s.charAt(j + 2)) && s.charAt(j + 3) == '-' && isDigit(s.charAt(j + 4))
            && isDigit(s.charAt(j + 5)) && (j + 6 == n || !isDigit(s.charAt(j + 6)))) {
          out.add(new Tok(Type.DATE, "", digitsValue(s, j + 4, j + 6), 0,
              digitsValue(s, j + 1, j + 3), value));
          i = j + 6;
          continue;
        }
        if (j < n && s.charAt(j) == '.') {
          out.add(new Tok(Type.ORD, "", value, j - i, 0, 0));
          i = j + 1;
        } else {
          out.add(new Tok(Type.NUM, "", value, j - i, 0, 0));
          i = j;
        }
      } else if (Character.isLetter(c)) {
        int j = i;
        while (j < n && Character.isLetter(s.charAt(j))) {
          j++;
        }
        if (j - i > 40) {
          return null;
        }
        out.add(new Tok(Type.WORD, s.substring(i, j), 0, 0, 0, 0));
        i = j < n && s.charAt(j) == '.' ? j + 1 : j;
      } else if (c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2012' || c == '\u2212' || c == '\u2010') {
        out.add(Tok.sign(Type.DASH));
        i++;
      } else if (c == '/') {
        out.add(Tok.sign(Type.SLASH));
        i++;
      } else if (c == ',') {
        out.add(Tok.sign(Type.COMMA));
        i++;
      } else if (c == ':') {
        out.add(Tok.sign(Type.COLON));
        i++;
      } else if (c == '.' || c == '!') {
        i++;
      } else {
        return null;
      }
      if (out.size() > MAX_TOKENS) {
        return null;
      }
    }
    return out;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The value of the ASCII digits [from, to), at most four of them. */
  private static int digitsValue(String s, int from, int to) {
    int value = 0;
    for (int k = from; k < to; k++) {
      value = value * 10 + (s.charAt(k) - '0');
    }
    return value;
  }

  private static int digitsEnd(String s, int from) {
    int j = from;
    while (j < s.length() && isDigit(s.charAt(j))) {
      j++;
    }
    return j;
  }

  // ---------------------------------------------------------------------------------------------------------
  // A calendar point being read; the year may come later from the other end of a span or from the context.

  static final class Pt {
    Integer year;
    boolean inferred;
    Integer half;
    Integer quarter;
    Season season;
    Month month;
    Integer day;
    DayOfWeek weekday;
    int next;

    boolean isBareYear() {
      return year != null && half == null && quarter == null && season == null && month == null;
    }

    CalendarPoint build() {
      CalendarPoint.Builder b = CalendarPoint.builder();
      if (year != null) {
        b.year(year).yearInferred(inferred);
      }
      if (half != null) {
        b.half(half);
      }
      if (quarter != null) {
        b.quarter(quarter);
      }
      if (season != null) {
        b.season(season);
      }
      if (month != null) {
        b.month(month);
      }
      if (day != null) {
        b.day(day);
      }
      if (weekday != null) {
        b.weekday(weekday);
      }
      return b.build();
    }

    /** First day in a year, for ordering the ends of a span. */
    LocalDate start(int y) {
      if (month != null) {
        return LocalDate.of(y, month, day != null ? day : 1);
      }
      if (quarter != null) {
        return LocalDate.of(y, (quarter - 1) * 3 + 1, 1);
      }
      if (half != null) {
        return LocalDate.of(y, half == 1 ? 1 : 7, 1);
      }
      if (season != null) {
        return season.inYear(y).getStart();
      }
      return LocalDate.of(y, 1, 1);
    }

    /** Last day in a year, for ordering the ends of a span. */
    LocalDate end(int y) {
      if (month != null) {
        return day != null ? LocalDate.of(y, month, day) : YearMonth.of(y, month).atEndOfMonth();
      }
      if (quarter != null) {
        return YearMonth.of(y, quarter * 3).atEndOfMonth();
      }
      if (half != null) {
        return YearMonth.of(y, half * 6).atEndOfMonth();
      }
      if (season != null) {
        return season.inYear(y).getEndInclusive();
      }
      return LocalDate.of(y, 12, 31);
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // The grammar

  static final class Parser {
    private final List<Tok> t;
    private final String text;
    private final TimeframeContext context;

    Parser(List<Tok> t, String text, TimeframeContext context) {
      this.t = t;
      this.text = text;
      this.context = context;
    }

    private boolean at(int p, Type type) {
      return p < t.size() && t.get(p).type == type;
    }

    private String word(int p) {
      return p < t.size() && t.get(p).type == Type.WORD ? t.get(p).word : "";
    }

    private boolean end(int p) {
      return p == t.size();
    }

    private int skipColon(int p) {
      return at(p, Type.COLON) ? p + 1 : p;
    }

    Timeframe parse() {
      int p = 0;
      boolean deadline = false;
      boolean lasting = false;
      boolean meeting = false;
      boolean within = false;
      while (p < t.size()) {
        String w = word(p);
        if (Words.DEADLINE_LABELS.contains(w)) {
          deadline = true;
        } else if (Words.LASTING_LABELS.contains(w)) {
          lasting = true;
        } else if (Words.MEETING_LABELS.contains(w)) {
          meeting = true;
        } else if (!Words.NEUTRAL_LABELS.contains(w)) {
          break;
        }
        p = skipColon(p + 1);
      }
      if (Words.WITHIN.contains(word(p))) {
        within = true;
        p++;
      } else if (word(p).equals("ved") && Words.END_OF.contains(word(p + 1))) {
        within = true;
        p++;
      }
      if (end(p)) {
        return null;
      }
      boolean labelled = deadline || meeting;

      if (!labelled && !within && !lasting && ongoing(p)) {
        return Ongoing.of(text);
      }
      if (!labelled && !lasting && unspecified(p)) {
        return Unspecified.of(text);
      }
      if (!labelled && !within && !lasting) {
        Recurring r = recurring(p);
        if (r != null) {
          return r;
        }
      }
      // "dei neste fire åra", "de kommende 3 årene", "dei første 6 månadene": lasting from the document date.
      int coming = word(p).equals("dei") || word(p).equals("de") ? p + 1 : p;
      if (!labelled && !within && Words.COMING.contains(word(coming))) {
        Period d = duration(coming + 1, false);
        if (d != null) {
          return Relative.builder().text(text).duration(d).anchor(RelativeAnchor.LASTING).build();
        }
      }
      if (!labelled) {
        Period d = duration(p, within);
        if (d != null) {
          return Relative.builder().text(text).duration(d)
              .anchor(within ? RelativeAnchor.WITHIN_EVENT : RelativeAnchor.LASTING).build();
        }
      }
      if (Words.END_OF.contains(word(p)) && (word(p + 1).equals("av") || word(p + 1).equals("på"))) {
        if (word(p).startsWith("slutt") && !within) {
          return null;
        }
        deadline = true;
        p += 2;
      }
      p = skipIn(p);
      if (!deadline && !within) {
        Span week = week(p);
        if (week != null) {
          return week;
        }
        Span span = span(p);
        if (span != null) {
          return span;
        }
      }
      Pt pt = point(p);
      if (pt == null || !end(pt.next)) {
        return null;
      }
      inferYear(pt);
      return Point.builder().text(text).at(pt.build()).deadline(deadline || within).build();
    }

    /** Skips "i" and "i løpet av" before a point: "i 2026", "i løpet av hausten 2025". */
    private int skipIn(int p) {
      if (word(p).equals("i") && word(p + 1).equals("løpet") && word(p + 2).equals("av")) {
        return p + 3;
      }
      if (word(p).equals("løpet") && word(p + 1).equals("av")) {
        return p + 2;
      }
      if (word(p).equals("i") || word(p).equals("ila")) {
        return p + 1;
      }
      return p;
    }

    // "Jamleg", "Løpende / kontinuerlig", "Hele planperioden", "Gjennom heile året"
    private boolean ongoing(int p) {
      if (Words.ONGOING.contains(word(p))) {
        int q = p + 1;
        while (q < t.size()) {
          if ((at(q, Type.SLASH) || at(q, Type.COMMA) || word(q).equals("og"))
              && Words.ONGOING.contains(word(q + 1))) {
            q += 2;
          } else {
            return false;
          }
        }
        return true;
      }
      int q = p;
      boolean through = false;
      if (word(q).equals("i") || word(q).equals("gjennom")) {
        through = word(q).equals("gjennom");
        q++;
      }
      if (Words.WHOLE.contains(word(q))) {
        through = true;
        q++;
      }
      String w = word(q);
      boolean whole = Words.PERIOD.contains(w) || w.equals("tida") || w.equals("tiden");
      return through && whole && end(q + 1);
    }

    // "i løpet av planperioden", "i planperioden", "innan utgangen av planperioden"
    private boolean unspecified(int p) {
      int q = p;
      if (word(q).equals("i") || word(q).equals("ila")) {
        q++;
      }
      if ((word(q).equals("løpet") || Words.END_OF.contains(word(q))) && word(q + 1).equals("av")) {
        q += 2;
      }
      if (word(q).equals("denne") || word(q).equals("den")) {
        q++;
      }
      return Words.PERIOD.contains(word(q)) && end(q + 1);
    }

    // ---- recurring

    private static final class Freq {
      Frequency frequency;
      Integer interval;
      Pt on;
      int next;
    }

    private Recurring recurring(int p) {
      int q = p;
      boolean atLeast = false;
      if (word(q).equals("minst") || word(q).equals("minimum")) {
        atLeast = true;
        q++;
      }
      if (word(q).equals("i") && Words.FREQUENCY_WORDS.containsKey(word(q + 1))) {
        q++;
      }
      Pt on = null;
      Freq f = frequency(q);
      if (f != null) {
        q = f.next;
        on = f.on;
        if (!end(q)) {
          if (on != null) {
            return null;
          }
          if (word(q).equals("i") || word(q).equals("den") || word(q).equals("på") || at(q, Type.COMMA)) {
            q++;
          }
          on = point(q);
          if (on == null) {
            return null;
          }
          q = on.next;
        }
      } else {
        on = point(q);
        if (on == null) {
          return null;
        }
        q = on.next;
        if (at(q, Type.COMMA) || word(q).equals("i")) {
          q++;
        }
        f = frequency(q);
        if (f == null || f.on != null) {
          return null;
        }
        q = f.next;
      }
      if (!end(q) || (on != null && (on.year != null || on.weekday != null))) {
        return null;
      }
      Recurring.Builder b = Recurring.builder().text(text).frequency(f.frequency).atLeast(atLeast);
      if (f.interval != null) {
        b.interval(f.interval);
      }
      if (on != null) {
        b.on(on.build());
      }
      return b.build();
    }

    private Freq frequency(int p) {
      Freq f = new Freq();
      String w = word(p);
      Frequency single = Words.FREQUENCY_WORDS.get(w);
      if (single != null) {
        f.frequency = single;
        f.next = p + 1;
        return f;
      }
      if (Words.EVERY_OTHER.contains(w) && isYearWord(word(p + 1))) {
        f.frequency = Frequency.EVERY_N_YEARS;
        f.interval = 2;
        f.next = p + 2;
        return f;
      }
      if (w.equals("per") || w.equals("pr")) {
        Frequency unit = Words.EVERY_UNIT.get(word(p + 1));
        if (unit != null) {
          f.frequency = unit;
          f.next = p + 2;
          return f;
        }
        return null;
      }
      if (Words.EVERY.contains(w)) {
        int q = p + 1;
        Frequency unit = Words.EVERY_UNIT.get(word(q));
        if (unit != null) {
          f.frequency = unit;
          f.next = q + 1;
          return f;
        }
        Integer n = null;
        if (at(q, Type.NUM) || at(q, Type.ORD)) {
          n = t.get(q).value;
        } else if (Words.ORDINALS.containsKey(word(q))) {
          n = Words.ORDINALS.get(word(q));
        }
        if (n != null && n >= 1 && n <= 100 && isYearWord(word(q + 1))) {
          f.frequency = Frequency.EVERY_N_YEARS;
          f.interval = n;
          f.next = q + 2;
          return f;
        }
        Season season = Words.SEASONS.get(word(q));
        Month month = Words.MONTHS.get(word(q));
        if (season != null || month != null) {
          Pt on = new Pt();
          on.season = season;
          on.month = month;
          f.frequency = Frequency.YEARLY;
          f.on = on;
          f.next = q + 1;
          return f;
        }
        return null;
      }
      // "ein gong i året", "en gang hvert år", "ein gong per år", "1 gong årleg"
      boolean once = Words.ONCE.contains(w) || (at(p, Type.NUM) && t.get(p).value == 1);
      if (once && Words.TIMES.contains(word(p + 1))) {
        int q = p + 2;
        if (word(q).equals("i") || word(q).equals("per") || word(q).equals("pr") || word(q).equals("om")) {
          Frequency unit = onceUnit(word(q + 1));
          if (unit != null) {
            f.frequency = unit;
            f.next = q + 2;
            return f;
          }
          return null;
        }
        Freq inner = frequency(q);
        if (inner != null && inner.on == null && inner.frequency != Frequency.ODD_YEARS
            && inner.frequency != Frequency.EVEN_YEARS) {
          return inner;
        }
      }
      return null;
    }

    private Frequency onceUnit(String w) {
      switch (w) {
        case "året":
        case "år":
          return Frequency.YEARLY;
        case "halvåret":
          return Frequency.HALF_YEARLY;
        case "kvartalet":
          return Frequency.QUARTERLY;
        case "månaden":
        case "måneden":
        case "mnd":
          return Frequency.MONTHLY;
        case "veka":
        case "uka":
        case "uken":
        case "veke":
        case "uke":
          return Frequency.WEEKLY;
        case "døgnet":
        case "dagen":
          return Frequency.DAILY;
        default:
          return null;
      }
    }

    private boolean isYearWord(String w) {
      return w.equals("år") || w.equals("året");
    }

    // ---- duration

    private Period duration(int p, boolean within) {
      int q = p;
      int years = 0;
      int months = 0;
      int days = 0;
      boolean any = false;
      while (true) {
        Integer count = null;
        if (at(q, Type.NUM) && t.get(q).digits <= 4) {
          count = t.get(q).value;
        } else if (Words.CARDINALS.containsKey(word(q))) {
          count = Words.CARDINALS.get(word(q));
        }
        Character unit = Words.DURATION_UNITS.get(word(q + 1));
        if (count == null || unit == null || count > 1000) {
          return null;
        }
        switch (unit) {
          case 'd':
            days += count;
            break;
          case 'w':
            days += 7 * count;
            break;
          case 'm':
            months += count;
            break;
          default:
            years += count;
        }
        any = true;
        q += 2;
        if ((word(q).equals("og") || at(q, Type.COMMA)) && q + 1 < t.size()
            && (at(q + 1, Type.NUM) || Words.CARDINALS.containsKey(word(q + 1)))) {
          q++;
          continue;
        }
        break;
      }
      if (!any) {
        return null;
      }
      if (!end(q)) {
        // "innan 1 veke etter innkomst": the event is named in the words kept verbatim.
        if (!(within && Words.TRAILING_EVENT.contains(word(q)) && q + 1 < t.size())) {
          return null;
        }
      }
      return Period.of(years, months, days);
    }

    // ---- weeks

    /** "uke 34", "veke 45 2025", "Uke 1/2026": Monday to Sunday of the ISO week, as a span of days. */
    private Span week(int p) {
      if (!Words.WEEK_WORDS.contains(word(p)) || !at(p + 1, Type.NUM) || t.get(p + 1).digits > 2) {
        return null;
      }
      int number = t.get(p + 1).value;
      int q = p + 2;
      Integer year = null;
      boolean inferred = false;
      if ((at(q, Type.SLASH) || at(q, Type.COMMA)) && at(q + 1, Type.NUM) && t.get(q + 1).digits == 4) {
        q++;
      }
      if (at(q, Type.NUM) && t.get(q).digits == 4) {
        year = t.get(q).value;
        q++;
      } else if (context.getReferenceYear().isPresent()) {
        year = context.getReferenceYear().get();
        inferred = true;
      }
      if (!end(q) || year == null || year < MIN_YEAR || year > MAX_YEAR) {
        return null;
      }
      LocalDate jan4 = LocalDate.of(year, 1, 4);
      if (number < 1 || number > jan4.range(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
        return null;
      }
      LocalDate monday = jan4.with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, number)
          .with(DayOfWeek.MONDAY);
      LocalDate sunday = monday.plusDays(6);
      return Span.of(text, day(monday, inferred), day(sunday, inferred));
    }

    private static CalendarPoint day(LocalDate date, boolean inferred) {
      return CalendarPoint.builder().year(date.getYear()).yearInferred(inferred).month(date.getMonth())
          .day(date.getDayOfMonth()).build();
    }

    // ---- spans

    private Span span(int p) {
      int q = p;
      boolean from = false;
      if (Words.SPAN_FROM.contains(word(q))) {
        from = true;
        q++;
      }
      Pt a = point(q);
      if (a == null) {
        return null;
      }
      q = a.next;
      boolean slash = at(q, Type.SLASH);
      if (at(q, Type.DASH) || slash || Words.SPAN_TO.contains(word(q))) {
        q++;
      } else {
        return null;
      }
      if (from && !Words.SPAN_TO.contains(word(q - 1)) && !at(q - 1, Type.DASH)) {
        return null;
      }
      Pt b;
      if (a.isBareYear() && at(q, Type.NUM) && t.get(q).digits == 2) {
        b = new Pt();
        b.year = a.year / 100 * 100 + t.get(q).value;
        if (b.year <= a.year) {
          return null;
        }
        b.next = q + 1;
      } else {
        b = point(q);
        if (b == null) {
          return null;
        }
      }
      if (!end(b.next)) {
        return null;
      }
      // "vinteren 2025/2026" names one winter across the turn of the year, not a span to a whole year.
      if (slash && b.isBareYear() && !a.isBareYear() && a.year != null) {
        return null;
      }
      if (!resolveSpanYears(a, b)) {
        return null;
      }
      return Span.builder().text(text).from(a.build()).to(b.build()).build();
    }

    private boolean resolveSpanYears(Pt a, Pt b) {
      if (a.year == null && b.year != null) {
        a.year = a.start(2000).isAfter(b.end(2000)) ? b.year - 1 : b.year;
      } else if (a.year != null && b.year == null) {
        b.year = a.start(2000).isAfter(b.end(2000)) ? a.year + 1 : a.year;
      } else if (a.year == null) {
        Optional<Integer> ref = context.getReferenceYear();
        if (ref.isPresent()) {
          a.year = ref.get();
          a.inferred = true;
          b.year = a.start(2000).isAfter(b.end(2000)) ? ref.get() + 1 : ref.get();
          b.inferred = true;
        } else {
          return !a.start(2000).isAfter(b.end(2000));
        }
      }
      if (a.year < MIN_YEAR || b.year > MAX_YEAR) {
        return false;
      }
      return !a.start(a.year).isAfter(b.end(b.year));
    }

    // ---- points

    private void inferYear(Pt pt) {
      if (pt.year == null) {
        context.getReferenceYear().ifPresent(y -> {
          pt.year = y;
          pt.inferred = true;
        });
      }
    }

    /** Reads a calendar point from p, not necessarily to the end; its year may be absent. */
    private Pt point(int p) {
      Pt pt = new Pt();
      int q = p;
      if (word(q).equals("den")) {
        q++;
      }
      DayOfWeek weekday = Words.WEEKDAYS.get(word(q));
      if (weekday != null) {
        pt.weekday = weekday;
        q++;
        if (at(q, Type.COMMA) || word(q).equals("den")) {
          q++;
        }
      }
      Tok tok = q < t.size() ? t.get(q) : null;
      if (tok == null) {
        return null;
      }
      if (tok.type == Type.DATE) {
        if (tok.month < 1 || tok.month > 12) {
          return null;
        }
        pt.day = tok.value;
        pt.month = Month.of(tok.month);
        if (tok.year != 0) {
          pt.year = tok.year;
        }
        q++;
      } else if (tok.isNumber() && tok.digits <= 2 && Words.MONTHS.containsKey(word(q + 1))) {
        pt.day = tok.value;
        pt.month = Words.MONTHS.get(word(q + 1));
        q += 2;
      } else if (ordinal(q) != null && Words.QUARTER_WORDS.contains(word(q + 1))) {
        pt.quarter = ordinal(q);
        q += 2;
        q = dashBeforeYear(q);
      } else if (ordinal(q) != null && Words.HALF_WORDS.contains(word(q + 1))) {
        pt.half = word(q).equals("siste") ? Integer.valueOf(2) : ordinal(q);
        q += 2;
        q = dashBeforeYear(q);
      } else if ((tok.is("q") || tok.is("k")) && at(q + 1, Type.NUM)) {
        pt.quarter = t.get(q + 1).value;
        q += 2;
        q = dashBeforeYear(q);
      } else if (tok.is("h") && at(q + 1, Type.NUM)) {
        pt.half = t.get(q + 1).value;
        q += 2;
        q = dashBeforeYear(q);
      } else if (Words.SEASONS.containsKey(tok.word)) {
        pt.season = Words.SEASONS.get(tok.word);
        q++;
      } else if (Words.MONTHS.containsKey(tok.word)) {
        pt.month = Words.MONTHS.get(tok.word);
        q++;
      } else if (tok.type == Type.NUM && tok.digits == 4) {
        pt.year = tok.value;
        q++;
        // "2026-Q1", "2026 Q1"
        int r = at(q, Type.DASH) ? q + 1 : q;
        if ((word(r).equals("q") || word(r).equals("h")) && at(r + 1, Type.NUM)) {
          if (word(r).equals("q")) {
            pt.quarter = t.get(r + 1).value;
          } else {
            pt.half = t.get(r + 1).value;
          }
          q = r + 2;
        }
      } else {
        return null;
      }
      if (pt.year == null && at(q, Type.NUM) && t.get(q).digits == 4) {
        pt.year = t.get(q).value;
        q++;
      }
      if (pt.weekday != null && pt.day == null) {
        return null;
      }
      if (!valid(pt)) {
        return null;
      }
      pt.next = q;
      return pt;
    }

    /** Skips a dash or "av" between a quarter or half and its year: "Q1-2026", "første halvdel av 2026". */
    private int dashBeforeYear(int q) {
      boolean joint = at(q, Type.DASH) || word(q).equals("av");
      return joint && at(q + 1, Type.NUM) && t.get(q + 1).digits == 4 ? q + 1 : q;
    }

    private Integer ordinal(int q) {
      if (at(q, Type.ORD) || at(q, Type.NUM) && t.get(q).digits == 1) {
        return t.get(q).value;
      }
      if (word(q).equals("siste")) {
        return 4;
      }
      return Words.ORDINALS.get(word(q));
    }

    private boolean valid(Pt pt) {
      if (pt.year != null && (pt.year < MIN_YEAR || pt.year > MAX_YEAR)) {
        return false;
      }
      if (pt.quarter != null && (pt.quarter < 1 || pt.quarter > 4)) {
        return false;
      }
      if (pt.half != null && (pt.half < 1 || pt.half > 2)) {
        return false;
      }
      if (pt.day != null) {
        int y = pt.year != null ? pt.year : 2000;
        return pt.day >= 1 && YearMonth.of(y, pt.month).isValidDay(pt.day);
      }
      return true;
    }
  }
}
