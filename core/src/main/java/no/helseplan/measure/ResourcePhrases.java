package no.helseplan.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.helseplan.text.TextRepair;
import no.helseplan.vocabulary.Language;

/**
 * Reads and writes the resource phrases of plans ("Egne rammer / OU midler", "1 årsverk seksjon
 * rehabilitering", "0,5 mill."); the implementation of {@link Resources#parse} and {@link
 * ResourceNeed#describe}.
 *
 * <p>All patterns are compiled once. The text is cut into pieces on the original characters, so each need keeps
 * its own words verbatim; a piece is then repaired with {@link TextRepair} and read. Texts longer than {@link
 * #MAX_LENGTH} characters are not cut or read: they become one need of kind {@link ResourceKind#OTHER}.
 */
final class ResourcePhrases {
  static final int MAX_LENGTH = 1_000;

  /** Hard separators: a slash, a semicolon, a plus; and soft ones, used only between two known kinds. */
  private static final Pattern SEPARATOR = Pattern.compile(
      "[ \\t\\x0B\\f\\r\\n\\u00A0]*(?:(?<soft>\\bog/eller\\b|\\beller\\b|\\bog\\b|,(?=\\s)|\\bsamt\\b)|/|;|\\+)"
          + "[ \\t\\x0B\\f\\r\\n\\u00A0]*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

  private static final String NUMBER = "\\d{1,3}(?:[ \\u00A0.]\\d{3})+(?:,\\d+)?(?!\\d)|\\d+(?:[.,]\\d+)?";

  /**
   * An amount, exact or a range, with an optional "kr"/"NOK" before and a multiplier and unit after. The
   * look-ahead names every character an amount can start with, so that other places fail at once.
   */
  private static final Pattern AMOUNT = Pattern.compile(
      "(?=[kn\\d])(?<pre>\\b(?:kr|nok)\\.?\\s*)?(?<a>" + NUMBER + ")"
          + "(?:\\s*(?:-|\u2013|\u2014|til)\\s*(?<b>" + NUMBER + "))?"
          + "(?:\\s*(?<mult>millionar|millioner|million|mill|mnok|mrd|milliardar|milliarder|milliard|tusen)\\b\\.?)?"
          + "(?:\\s*(?<unit>kroner|kronar|krone|kr\\b\\.?|nok\\b|,-|årsverk\\b|%|prosent\\b))?",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

  /** Words that may open the unit or section a resource is for. */
  private static final Pattern FOR_UNIT = Pattern.compile(
      "^(?:(?:til|for|i|ved|på)\\s+)?(?<unit>(?:seksjon|avdeling|eining|enhet|sektor|kommunalavdeling|teneste|"
          + "tjeneste|heimeteneste|hjemmetjeneste|team|kontor|senter|sjukeheim|sykehjem|skule|skole|barnehage|"
          + "bu|bo|\\p{L}*(?:tenesta|tjenesten|avdelinga|avdelingen|senteret|kontoret|seksjonen|eininga|enheten))"
          + ".*)$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

  private static final Pattern PREPOSITION = Pattern.compile(
      "^(?:til|for|i|ved|på)\\s+(?<rest>.+)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** What a percentage is a share of, when it is not a share of a position: "45 % av kostnaden". */
  private static final Pattern SHARE_OF_COST = Pattern.compile(
      "^av\\s+(?:kostnaden|kostnadene|kostnaden[e]?|kostnad|investeringa|investeringen|investeringane|"
          + "investeringene|summen|totalkostnaden|the\\s+cost)\\b\\s*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

  private static final Pattern PURPOSE = Pattern.compile("\\b(?:til|for)\\b",
      Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern STILLING = Pattern.compile("^stilling(?:sressurs)?\\b\\s*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern POSITIONS = Pattern.compile("(?:stilling|årsverk|heimel|hjemmel|tilsett|ansatt)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:[ .]\\d{3})+(?:,\\d+)?");

  private ResourcePhrases() {}

  // ---------------------------------------------------------------------------------------------------------
  // Reading

  static Resources read(String text) {
    Resources.Builder result = Resources.builder().text(text);
    if (text.isBlank()) {
      return result.build();
    }
    if (text.length() > MAX_LENGTH) {
      return result.addNeeds(ResourceNeed.builder().text(text).build()).build();
    }
    for (String piece : pieces(text)) {
      result.addNeeds(need(piece));
    }
    return result.build();
  }

  /** Cuts the text into the verbatim pieces of its needs. */
  static List<String> pieces(String text) {
    List<int[]> segments = new ArrayList<>();
    List<Boolean> softBefore = new ArrayList<>();
    Matcher m = SEPARATOR.matcher(text).useTransparentBounds(true);
    int start = 0;
    boolean soft = false;
    while (findSeparator(m, text, start)) {
      segments.add(new int[] {start, m.start()});
      softBefore.add(soft);
      soft = m.group("soft") != null;
      start = m.end();
    }
    segments.add(new int[] {start, text.length()});
    softBefore.add(soft);
    // Merge across soft separators unless both sides name a known kind of resource.
    List<int[]> merged = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      int[] seg = segments.get(i);
      if (softBefore.get(i) && !merged.isEmpty()) {
        int[] last = merged.get(merged.size() - 1);
        String left = text.substring(last[0], last[1]);
        String right = text.substring(seg[0], seg[1]);
        if (!splitsSoftly(left, right)) {
          merged.set(merged.size() - 1, new int[] {last[0], seg[1]});
          continue;
        }
      }
      merged.add(new int[] {seg[0], seg[1]});
    }
    List<String> out = new ArrayList<>();
    for (int[] seg : merged) {
      String piece = text.substring(seg[0], seg[1]).strip();
      if (hasLetterOrDigit(piece)) {
        out.add(piece);
      }
    }
    return out;
  }

  /**
   * Finds the first separator at or after a place, as {@link Matcher#find()} would from there, but tries {@link
   * #SEPARATOR} only where one can begin: at a sign (",", "/", ";", "+") or at a word opening with o, e or s ("og",
   * "eller", "samt"), each with the white space before it.
   */
  private static boolean findSeparator(Matcher m, String text, int from) {
    int n = text.length();
    for (int j = from; j < n; j++) {
      if (mayOpenSeparator(text, j)) {
        int i = j;
        while (i > from && isSeparatorSpace(text.charAt(i - 1))) {
          i--;
        }
        if (m.region(i, n).lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean mayOpenSeparator(String text, int j) {
    switch (text.charAt(j)) {
      case ',':
      case '/':
      case ';':
      case '+':
        return true;
      case 'o':
      case 'O':
      case 'e':
      case 'E':
      case 's':
      case 'S':
      case '\u017F': // long s, the same letter as s to the case-insensitive pattern
        return j == 0 || !Character.isLetterOrDigit(text.codePointBefore(j));
      default:
        return false;
    }
  }

  /** The white space {@link #SEPARATOR} takes around a separator. */
  private static boolean isSeparatorSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r' || c == '\n' || c == '\u00A0';
  }

  /** Whether the text holds a digit, without which it holds no {@link #AMOUNT}. */
  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i = s.offsetByCodePoints(i, 1)) {
      if (Character.isDigit(s.codePointAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasLetterOrDigit(String s) {
    for (int i = 0; i < s.length(); i = s.offsetByCodePoints(i, 1)) {
      if (Character.isLetterOrDigit(s.codePointAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean splitsSoftly(String left, String right) {
    String l = TextRepair.repair(left).toLowerCase(Locale.ROOT);
    String r = TextRepair.repair(right).toLowerCase(Locale.ROOT);
    if (l.isEmpty() || r.isEmpty() || PURPOSE.matcher(l).find()) {
      return false;
    }
    return kind(l) != ResourceKind.OTHER && kind(r) != ResourceKind.OTHER;
  }

  static ResourceNeed need(String piece) {
    ResourceNeed.Builder b = ResourceNeed.builder().text(piece);
    String repaired = TextRepair.repair(piece);
    int colon = repaired.indexOf(':');
    String head = colon >= 0 ? repaired.substring(0, colon) : "";
    String tail = colon >= 0 ? repaired.substring(colon + 1).strip() : repaired;
    // The words of a for-unit or an item ("seksjon drift") do not name the kind of resource.
    String kindText = repaired;
    Matcher m = hasDigit(tail) ? AMOUNT.matcher(tail) : null;
    Optional<ResourceUnit> unit = Optional.empty();
    if (m != null && m.find()) {
      Optional<Amount> amount = amount(m);
      String unitWord = m.group("unit") == null ? "" : m.group("unit").toLowerCase(Locale.ROOT);
      boolean money = m.group("pre") != null || m.group("mult") != null
          || unitWord.startsWith("kr") || unitWord.equals("nok") || unitWord.equals(",-");
      String rest = tail.substring(m.end()).strip();
      String before = head + " " + tail.substring(0, m.end());
      boolean atStart = m.start() == 0;
      if (amount.isPresent()) {
        if (unitWord.equals("årsverk")) {
          b.amount(amount.get());
          unit = Optional.of(ResourceUnit.FTE);
          Optional<String> forUnit = forUnit(rest);
          forUnit.ifPresent(b::forUnit);
          kindText = forUnit.isPresent() ? before : repaired;
        } else if ((unitWord.equals("%") || unitWord.equals("prosent")) && shareOfCost(rest, repaired)) {
          // "Tilskot 45 %", "45 % av kostnaden": a share of a cost, not of a position.
          b.amount(amount.get());
          unit = Optional.of(ResourceUnit.PERCENT);
          Optional<String> forUnit = forUnit(SHARE_OF_COST.matcher(rest).replaceFirst(""));
          forUnit.ifPresent(b::forUnit);
          kindText = forUnit.isPresent() ? before : repaired;
        } else if (unitWord.equals("%") || unitWord.equals("prosent")) {
          b.amount(amount.get());
          unit = Optional.of(ResourceUnit.POSITION_PERCENT);
          Optional<String> forUnit = forUnit(STILLING.matcher(rest).replaceFirst(""));
          forUnit.ifPresent(b::forUnit);
          kindText = forUnit.isPresent() ? before : repaired;
        } else if (money) {
          BigDecimal mult = multiplier(m.group("mult"));
          Amount a = amount.get();
          b.amount(Amount.between(kroner(a.getMin().multiply(mult)), kroner(a.getMax().multiply(mult))));
          unit = Optional.of(ResourceUnit.NOK);
          Optional<String> forUnit = forUnit(rest);
          forUnit.ifPresent(b::forUnit);
          kindText = forUnit.isPresent() ? before : repaired;
        } else if (atStart && !rest.isEmpty() && Character.isLetter(rest.codePointAt(0))) {
          b.amount(amount.get()).item(rest);
          unit = Optional.of(ResourceUnit.ITEM);
          // Counted positions are personnel ("2 nye stillingar"); other counted things name no kind.
          kindText = POSITIONS.matcher(rest).find() ? before + " stilling" : before;
        } else if (atStart && rest.isEmpty()) {
          b.amount(amount.get());
        }
      }
    }
    unit.ifPresent(b::unit);
    ResourceKind kind = kind(kindText.toLowerCase(Locale.ROOT));
    if (kind == ResourceKind.OTHER
        && unit.filter(u -> u == ResourceUnit.FTE || u == ResourceUnit.POSITION_PERCENT).isPresent()) {
      kind = ResourceKind.PERSONNEL;
    }
    return b.kind(kind).build();
  }

  /** Whether a percentage is a share of a cost: said so ("av kostnaden"), or given for a grant or loan. */
  private static boolean shareOfCost(String rest, String repaired) {
    if (SHARE_OF_COST.matcher(rest).lookingAt()) {
      return true;
    }
    ResourceKind kind = kind(repaired.toLowerCase(Locale.ROOT));
    return (kind == ResourceKind.GRANT || kind == ResourceKind.LOAN) && !STILLING.matcher(rest).lookingAt();
  }

  private static Optional<String> forUnit(String rest) {
    if (rest.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = FOR_UNIT.matcher(rest);
    if (m.matches()) {
      return Optional.of(m.group("unit").strip());
    }
    Matcher p = PREPOSITION.matcher(rest);
    if (p.matches() && Character.isLetter(p.group("rest").codePointAt(0))) {
      return Optional.of(p.group("rest").strip());
    }
    return Optional.empty();
  }

  private static Optional<Amount> amount(Matcher m) {
    BigDecimal a = number(m.group("a"));
    BigDecimal b = m.group("b") == null ? a : number(m.group("b"));
    if (a == null || b == null || a.compareTo(b) > 0) {
      return Optional.empty();
    }
    return Optional.of(Amount.between(a, b));
  }

  /** Reads "500 000", "500.000", "0,5", "2.5" as a number in canonical form (no trailing zeros). */
  static BigDecimal number(String s) {
    String t = s.replace("\u00A0", " ");
    if (GROUPED.matcher(t).matches()) {
      t = t.replace(" ", "").replace(".", "");
    }
    t = t.replace(',', '.');
    try {
      return canonical(new BigDecimal(t));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static BigDecimal canonical(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  private static BigDecimal kroner(BigDecimal v) {
    return canonical(v.setScale(0, RoundingMode.HALF_UP));
  }

  private static BigDecimal multiplier(String mult) {
    if (mult == null) {
      return BigDecimal.ONE;
    }
    String m = mult.toLowerCase(Locale.ROOT);
    if (m.startsWith("mill") || m.equals("mnok")) {
      return BigDecimal.valueOf(1_000_000);
    }
    if (m.startsWith("mrd") || m.startsWith("milliard")) {
      return BigDecimal.valueOf(1_000_000_000);
    }
    return BigDecimal.valueOf(1_000);
  }

  /** The kind named by a repaired, lower-cased phrase; {@link ResourceKind#OTHER} when none. */
  static ResourceKind kind(String lower) {
    String c = compact(lower);
    if (c.startsWith("krev") || c.startsWith("behovfor") || c.startsWith("trengs") || c.startsWith("treng")) {
      // "Krever investeringsmidler" is investment; "Krever midler til prosjektledelse og drift" extra funds.
      String[] words = lower.strip().split(" ", 4);
      int first = words.length > 1 && (words[1].equals("for") || words[1].equals("om")) ? 2 : 1;
      String next = words.length > first ? words[first] : "";
      ResourceKind inner = kindOfCompact(compact(next));
      return inner == ResourceKind.OTHER ? ResourceKind.EXTRA_FUNDS : inner;
    }
    return kindOfCompact(c);
  }

  private static ResourceKind kindOfCompact(String c) {
    if (c.isEmpty()) {
      return ResourceKind.OTHER;
    }
    for (KindStems k : KIND_STEMS) {
      for (String stem : k.stems) {
        if (c.contains(stem)) {
          return k.kind;
        }
      }
    }
    return ResourceKind.OTHER;
  }

  /** A kind of resource and the word stems that name it, lower case, without spaces or hyphens. */
  private static final class KindStems {
    final ResourceKind kind;
    final String[] stems;

    KindStems(ResourceKind kind, String... stems) {
      this.kind = kind;
      this.stems = stems;
    }
  }

  /** The stems of each kind, in the order they are tried: the first kind with a stem in the phrase names it. */
  private static final KindStems[] KIND_STEMS = {
    new KindStems(ResourceKind.EXTRA_FUNDS, "ekstramidl", "ekstraløyving", "ekstrabevilg", "tilleggsløyving",
        "tilleggsbevilg", "nyemidl", "økteramme", "øktramme", "aukaramme", "styrkaramme", "styrketramme",
        "ekstraressurs"),
    new KindStems(ResourceKind.EXISTING_BUDGET, "egnerammer", "eignerammer", "egenramme", "eigenramme",
        "egneramme", "eigneramme", "eigaramme", "innanforramme", "innenforramme", "innanforeksister",
        "innenforeksister", "innanforbudsjett", "innenforbudsjett", "innanfordagens", "innenfordagens",
        "eksisterenderamme", "eksisteranderamme", "eksisterenderessurs", "eksisterandressurs",
        "eksisterandebudsjett", "eksisterendebudsjett", "dagensramme", "ordinærdrift", "ordinærtbudsjett",
        "egnemidl", "eignemidl", "egneressurs", "eigneressurs", "innanforvedteke", "innenforvedtatt", "innanforram",
        "innenforram", "innaforram", "innaforeksister", "ingenkostnad", "ingenekstrakostnad", "ingenmeirkostnad",
        "ingenmerkostnad", "utankostnad", "utenkostnad", "kostnadsfritt", "kostnadsnøytral", "budsjettnøytral"),
    new KindStems(ResourceKind.DEVELOPMENT_FUNDS, "oumidl", "oumiddel", "organisasjonsutviklingsmidl"),
    new KindStems(ResourceKind.COMPETENCE_FUNDS, "kompetansemidl", "kompetansemiddel", "kompetanseløftmidl",
        "utdanningsmidl"),
    new KindStems(ResourceKind.PROJECT_FUNDS, "prosjektmidl", "prosjektmiddel", "prosjektstøtte",
        "prosjektfinansier"),
    new KindStems(ResourceKind.INVESTMENT, "investering", "investere"),
    new KindStems(ResourceKind.LOAN, "låneopptak", "lånefinansier", "lånemidl", "låneramme", "lån"),
    new KindStems(ResourceKind.GRANT, "tilskot", "tilskott", "tilskudd", "øyremerk", "øremerk", "skjønnsmidl",
        "husbanken", "statsforvalt", "eksternfinansier", "eksternemidl", "fondsmidl", "gåve", "gave"),
    new KindStems(ResourceKind.OPERATING_FUNDS, "driftsmidl", "driftsmiddel", "driftsbudsjett", "driftsramme",
        "driftskostnad", "drift"),
    new KindStems(ResourceKind.PERSONNEL, "årsverk", "stilling", "personell", "bemanning", "personalressurs"),
  };

  private static String compact(String lower) {
    StringBuilder sb = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char ch = lower.charAt(i);
      if (ch != ' ' && ch != '-' && ch != '\u2010') {
        sb.append(ch);
      }
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Writing

  static String describe(ResourceNeed need, Language language) {
    ResourceKind kind = need.getKind();
    Optional<ResourceUnit> unit = need.getUnit();
    String amount = need.getAmount().map(a -> amountText(a, unit, need.getItem(), language)).orElse("");
    boolean impliedByUnit = kind == ResourceKind.PERSONNEL
        && unit.filter(u -> u == ResourceUnit.FTE || u == ResourceUnit.POSITION_PERCENT).isPresent();
    String label = kind == ResourceKind.OTHER || impliedByUnit && !amount.isEmpty() ? "" : kind.getLabel(language);
    if (kind == ResourceKind.OTHER && amount.isEmpty()) {
      label = kind.getLabel(language);
    }
    StringBuilder sb = new StringBuilder(label);
    if (!amount.isEmpty()) {
      if (sb.length() > 0) {
        sb.append(": ");
      }
      sb.append(amount);
      if (need.getForUnit().isPresent() && unit.filter(u -> u != ResourceUnit.ITEM).isPresent()) {
        sb.append(language == Language.EN ? " for " : " til ").append(need.getForUnit().get());
      }
    }
    return sb.toString();
  }

  private static String amountText(Amount a, Optional<ResourceUnit> unit, Optional<String> item, Language l) {
    boolean nok = unit.filter(u -> u == ResourceUnit.NOK).isPresent();
    String min = nok ? grouped(a.getMin(), l) : plain(a.getMin(), l);
    String max = nok ? grouped(a.getMax(), l) : plain(a.getMax(), l);
    String value = a.isExact() ? min : min + "\u2013" + max;
    if (unit.isEmpty()) {
      return value;
    }
    switch (unit.get()) {
      case FTE:
        return value + (l == Language.EN ? " FTE" : " årsverk");
      case POSITION_PERCENT:
        return value + (l == Language.EN ? " % of a position" : " % stilling");
      case NOK:
        return (l == Language.EN ? "NOK " : "kr ") + value;
      case PERCENT:
        return value + (l == Language.EN ? " % of the cost" : " % av kostnaden");
      default:
        return item.map(i -> value + " " + i).orElse(value);
    }
  }

  private static String plain(BigDecimal v, Language l) {
    String s = canonical(v).toPlainString();
    return l == Language.EN ? s : s.replace('.', ',');
  }

  private static String grouped(BigDecimal v, Language l) {
    String s = canonical(v).toPlainString();
    int dot = s.indexOf('.');
    String whole = dot < 0 ? s : s.substring(0, dot);
    String frac = dot < 0 ? "" : s.substring(dot + 1);
    boolean negative = whole.startsWith("-");
    if (negative) {
      whole = whole.substring(1);
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        sb.append(l == Language.EN ? ',' : ' ');
      }
      sb.append(whole.charAt(i));
    }
    String out = (negative ? "-" : "") + sb;
    return frac.isEmpty() ? out : out + (l == Language.EN ? "." : ",") + frac;
  }
}
