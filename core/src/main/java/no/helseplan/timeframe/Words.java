package no.helseplan.timeframe;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The word tables of the time-frame reader and writer, in Bokmål and Nynorsk, lower case; built once.
 */
final class Words {
  static final Map<String, Month> MONTHS = months();
  static final Map<String, DayOfWeek> WEEKDAYS = weekdays();
  static final Map<String, Season> SEASONS = seasons();
  static final Map<String, Frequency> FREQUENCY_WORDS = frequencyWords();
  /** Words after "kvart"/"hvert"/"hver"/"kvar" that name a period: "hvert år", "kvar veke". */
  static final Map<String, Frequency> EVERY_UNIT = everyUnit();
  /** Ordinal words: "fjerde" = 4, "andre" = 2, "siste" is handled by the caller. */
  static final Map<String, Integer> ORDINALS = ordinals();
  /** Cardinal words: "ein" = 1, "to" = 2. */
  static final Map<String, Integer> CARDINALS = cardinals();
  /** Duration units: 'd' days, 'w' weeks, 'm' months, 'y' years. */
  static final Map<String, Character> DURATION_UNITS = durationUnits();

  static final Set<String> ONGOING = Set.of(
      "jamleg", "jamnleg", "jamlege", "jevnlig", "jevnleg", "jevnlige", "løpende", "løpande", "fortløpende",
      "fortløpande", "kontinuerlig", "kontinuerleg", "kontinuerlige", "kontinuerlege", "pågående", "pågåande",
      "stadig", "alltid");
  static final Set<String> EVERY = Set.of("kvart", "kvar", "hvert", "hver");
  static final Set<String> EVERY_OTHER = Set.of("annakvart", "annankvart", "annakvar", "annethvert",
      "annenhvert", "annahvert");
  static final Set<String> DEADLINE_LABELS = Set.of("frist", "tidsfrist", "svarfrist", "sluttfrist",
      "innleveringsfrist", "fristen");
  static final Set<String> LASTING_LABELS = Set.of("tidsramme", "tidsramma", "varighet", "varigheit",
      "varighed", "tidsrom");
  static final Set<String> MEETING_LABELS = Set.of("møte", "møtedato", "møtet", "samling");
  static final Set<String> NEUTRAL_LABELS = Set.of("dato", "tidspunkt", "tidsplan", "når");
  static final Set<String> WITHIN = Set.of("innen", "innan", "seinast", "senest", "sist", "ila");
  static final Set<String> END_OF = Set.of("utgangen", "utgongen", "enden", "slutten", "slutt");
  static final Set<String> PERIOD = Set.of("planperioden", "planperioda", "planperiode", "perioden", "perioda",
      "handlingsplanperioden", "handlingsplanperioda", "planperiodens");
  static final Set<String> WHOLE = Set.of("hele", "heile", "heila", "gjennom");
  static final Set<String> QUARTER_WORDS = Set.of("kvartal", "kvartalet", "kv");
  static final Set<String> HALF_WORDS = Set.of("halvår", "halvåret", "halvdel", "halvdelen");
  static final Set<String> ONCE = Set.of("ein", "en", "én", "éin", "ei", "1");
  static final Set<String> TIMES = Set.of("gong", "gang", "gongen", "gangen");
  static final Set<String> TRAILING_EVENT = Set.of("etter", "frå", "fra", "ved");
  static final Set<String> COMING = Set.of("neste", "komande", "kommende", "kommande", "første", "fyrste");
  static final Set<String> WEEK_WORDS = Set.of("uke", "veke", "veka", "uka", "v", "u");
  static final Set<String> SPAN_FROM = Set.of("fra", "frå", "fom");
  static final Set<String> SPAN_TO = Set.of("til", "tom");

  private Words() {}

  private static Map<String, Month> months() {
    Map<String, Month> m = new HashMap<>();
    String[][] names = {
      {"januar", "jan"}, {"februar", "feb", "febr"}, {"mars", "mar"}, {"april", "apr"}, {"mai"},
      {"juni", "jun"}, {"juli", "jul"}, {"august", "aug"}, {"september", "sep", "sept", "spt"},
      {"oktober", "okt"}, {"november", "nov"}, {"desember", "des"}
    };
    for (int i = 0; i < names.length; i++) {
      for (String n : names[i]) {
        m.put(n, Month.of(i + 1));
      }
    }
    return Map.copyOf(m);
  }

  private static Map<String, DayOfWeek> weekdays() {
    Map<String, DayOfWeek> m = new HashMap<>();
    String[][] names = {
      {"måndag", "mandag", "mån", "man"},
      {"tysdag", "tirsdag", "tys", "tir", "tirs"},
      {"onsdag", "ons"},
      {"torsdag", "tors", "tor"},
      {"fredag", "fre"},
      {"laurdag", "lørdag", "laur", "lør", "lau"},
      {"sundag", "søndag", "sun", "søn"}
    };
    for (int i = 0; i < names.length; i++) {
      for (String n : names[i]) {
        m.put(n, DayOfWeek.of(i + 1));
      }
    }
    return Map.copyOf(m);
  }

  private static Map<String, Season> seasons() {
    Map<String, Season> m = new HashMap<>();
    for (String s : new String[] {"haust", "hausten", "høst", "høsten", "haustsemester", "høstsemester",
        "haustsemesteret", "høstsemesteret"}) {
      m.put(s, Season.AUTUMN);
    }
    for (String s : new String[] {"vår", "våren", "vårsemester", "vårsemesteret"}) {
      m.put(s, Season.SPRING);
    }
    for (String s : new String[] {"sommar", "sommaren", "sommer", "sommeren"}) {
      m.put(s, Season.SUMMER);
    }
    for (String s : new String[] {"vinter", "vinteren"}) {
      m.put(s, Season.WINTER);
    }
    return Map.copyOf(m);
  }

  private static Map<String, Frequency> frequencyWords() {
    Map<String, Frequency> m = new HashMap<>();
    for (String s : new String[] {"årleg", "årlig", "årlege", "årlige", "årsvis", "årlegvis"}) {
      m.put(s, Frequency.YEARLY);
    }
    for (String s : new String[] {"halvårleg", "halvårlig", "halvårlege", "halvårlige"}) {
      m.put(s, Frequency.HALF_YEARLY);
    }
    for (String s : new String[] {"kvartalsvis", "kvartalsvise", "kvartalsleg", "kvartalsmessig"}) {
      m.put(s, Frequency.QUARTERLY);
    }
    for (String s : new String[] {"månadleg", "månedlig", "månadlig", "månedleg", "månadsvis", "månedsvis",
        "månadlege", "månedlige"}) {
      m.put(s, Frequency.MONTHLY);
    }
    for (String s : new String[] {"vekentleg", "vekentlig", "ukentlig", "ukentleg", "vekevis", "ukesvis",
        "ukentlige", "vekentlege"}) {
      m.put(s, Frequency.WEEKLY);
    }
    for (String s : new String[] {"dagleg", "daglig", "daglege", "daglige"}) {
      m.put(s, Frequency.DAILY);
    }
    for (String s : new String[] {"oddetalsår", "oddetallsår", "oddetalsåra", "oddetallsårene", "oddetalsåret",
        "oddetallsåret"}) {
      m.put(s, Frequency.ODD_YEARS);
    }
    for (String s : new String[] {"partalsår", "partallsår", "partalsåra", "partallsårene", "partalsåret",
        "partallsåret"}) {
      m.put(s, Frequency.EVEN_YEARS);
    }
    return Map.copyOf(m);
  }

  private static Map<String, Frequency> everyUnit() {
    Map<String, Frequency> m = new HashMap<>();
    m.put("år", Frequency.YEARLY);
    m.put("året", Frequency.YEARLY);
    m.put("halvår", Frequency.HALF_YEARLY);
    m.put("kvartal", Frequency.QUARTERLY);
    m.put("månad", Frequency.MONTHLY);
    m.put("måned", Frequency.MONTHLY);
    m.put("mnd", Frequency.MONTHLY);
    m.put("veke", Frequency.WEEKLY);
    m.put("uke", Frequency.WEEKLY);
    m.put("dag", Frequency.DAILY);
    return Map.copyOf(m);
  }

  private static Map<String, Integer> ordinals() {
    Map<String, Integer> m = new HashMap<>();
    m.put("første", 1);
    m.put("fyrste", 1);
    m.put("andre", 2);
    m.put("annet", 2);
    m.put("anna", 2);
    m.put("tredje", 3);
    m.put("fjerde", 4);
    m.put("femte", 5);
    m.put("sjette", 6);
    m.put("sjuande", 7);
    m.put("sjuende", 7);
    m.put("syvende", 7);
    m.put("åttande", 8);
    m.put("åttende", 8);
    m.put("niande", 9);
    m.put("niende", 9);
    m.put("tiande", 10);
    m.put("tiende", 10);
    return Map.copyOf(m);
  }

  private static Map<String, Integer> cardinals() {
    Map<String, Integer> m = new HashMap<>();
    for (String s : new String[] {"ein", "en", "ei", "eitt", "ett", "éin", "én", "eit"}) {
      m.put(s, 1);
    }
    m.put("to", 2);
    m.put("tre", 3);
    m.put("fire", 4);
    m.put("fem", 5);
    m.put("seks", 6);
    m.put("sju", 7);
    m.put("syv", 7);
    m.put("åtte", 8);
    m.put("ni", 9);
    m.put("ti", 10);
    m.put("elleve", 11);
    m.put("tolv", 12);
    return Map.copyOf(m);
  }

  private static Map<String, Character> durationUnits() {
    Map<String, Character> m = new HashMap<>();
    for (String s : new String[] {"dag", "dagar", "dager", "dagen", "dagane", "dagene", "døgn", "virkedagar", "virkedager",
        "arbeidsdagar", "arbeidsdager", "yrkedagar"}) {
      m.put(s, 'd');
    }
    for (String s : new String[] {"veke", "veker", "veka", "vekene", "uke", "uker", "uka", "ukene"}) {
      m.put(s, 'w');
    }
    for (String s : new String[] {"månad", "månader", "månaden", "månadene", "måned", "måneder", "måneden",
        "månedene", "mnd", "md"}) {
      m.put(s, 'm');
    }
    for (String s : new String[] {"år", "året", "åra", "årene"}) {
      m.put(s, 'y');
    }
    return Map.copyOf(m);
  }
}
