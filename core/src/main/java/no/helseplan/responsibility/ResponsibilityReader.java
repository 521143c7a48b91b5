package no.helseplan.responsibility;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.helseplan.text.TextRepair;

/**
 * Reads a {@link Responsibility} from the words a municipality wrote; the implementation of {@link
 * Responsibility#parse} and {@link Actor#classify}. See those methods for the rules.
 *
 * <p>The text is repaired ({@link TextRepair}) and cut into words; separators are commas, slashes, semicolons,
 * "og", "samt" and "&amp;" standing alone. Work is bounded: a text over {@link #MAX_LENGTH} characters once
 * repaired, or of more than {@link #MAX_WORDS} words, is kept without a reading.
 */
final class ResponsibilityReader {
  static final int MAX_LENGTH = 500;
  static final int MAX_WORDS = 80;

  /** Multi-word markers that introduce partners. */
  private static final String[][] MARKERS = {
    {"saman", "med"}, {"sammen", "med"}, {"ilag", "med"}, {"i", "lag", "med"}, {"i", "samarbeid", "med"},
    {"i", "samråd", "med"}, {"i", "samarbeid", "mellom"}, {"med", "støtte", "frå"}, {"med", "støtte", "fra"},
    {"med", "bistand", "frå"}, {"med", "bistand", "fra"}, {"med", "hjelp", "frå"}, {"med", "hjelp", "fra"},
    {"støtta", "av"}, {"støttet", "av"}, {"bistått", "av"}, {"i", "dialog", "med"}, {"og", "i", "samarbeid",
    "med"}
  };

  /** The first words of {@link #MARKERS}. */
  private static final Set<String> MARKER_STARTS =
      Arrays.stream(MARKERS).map(m -> m[0]).collect(Collectors.toUnmodifiableSet());

  /** Field words that make up the name of a sector or unit: "helse og omsorg", "barn, familie og helse". */
  private static final Set<String> DOMAIN = Set.of(
      "helse", "omsorg", "pleie", "velferd", "rus", "psykisk", "kultur", "oppvekst", "barn", "unge", "ungdom",
      "familie", "familiar", "familier", "levekår", "rehabilitering", "habilitering", "mestring", "meistring",
      "forebygging", "førebygging", "samfunnsutvikling", "utvikling", "plan", "teknisk", "tekniske", "eigedom",
      "eiendom", "næring", "fritid", "skule", "skole", "barnehage", "utdanning", "bu", "bo", "tjenester",
      "tenester", "sosial", "sosiale", "arbeid", "inkludering", "integrering", "kvalitet", "personal",
      "økonomi", "digitalisering", "kommunikasjon", "innovasjon", "samhandling", "folkehelse", "miljø",
      "idrett", "frivilligheit", "frivillighet", "aktivitet", "drift", "service", "forvaltning", "læring",
      "opplæring", "tildeling", "h", "o", "heimeteneste", "hjemmetjeneste", "eldre", "funksjonshemma",
      "funksjonshemmede", "bistand", "behandling", "avlastning", "oppfølging", "oppfølgjing", "sjukepleie",
      "sykepleie", "legeteneste", "legetjeneste", "fysioterapi", "ergoterapi", "tannhelse", "barnevern",
      "kvalifisering", "flyktning", "flyktningar", "flyktninger", "busetjing", "bosetting", "velferdsteknologi",
      "helseteknologi", "psykiatri", "demens", "lindrande", "lindrende", "heildøgns", "heldøgns");

  private static final Set<String> STOP = Set.of("i", "og", "for", "ved", "av", "til", "med", "på", "&", "innan",
      "innen", "frå", "fra", "om", "samt");

  private static final Set<String> LABELS = Set.of("ansvar", "ansvarleg", "ansvarlig", "hovudansvar",
      "hovedansvar", "ansvarlege", "ansvarlige", "ansvarsområde");

  private ResponsibilityReader() {}

  /**
   * A word of the text, with its place in the repaired text; its lower-case and bare forms and the kind it
   * names are worked out once, as the reader asks for them many times.
   */
  static final class Word {
    final String raw;
    final String lower;
    final int start;
    final int end;
    final char sep;
    private final String bare;
    private ActorKind kind;
    private boolean kindKnown;

    Word(String raw, int start, int end, char sep) {
      this.raw = raw;
      this.lower = raw.toLowerCase(Locale.ROOT);
      this.start = start;
      this.end = end;
      this.sep = sep;
      this.bare = bare(lower);
    }

    boolean isSeparator() {
      return sep != 0;
    }

    /** The word without surrounding brackets and punctuation, lower case. */
    String bare() {
      return bare;
    }

    /** The kind the bare word names, or null: {@link #kindOfWord}. */
    ActorKind kind() {
      if (!kindKnown) {
        kind = kindOfWord(bare);
        kindKnown = true;
      }
      return kind;
    }

    private static String bare(String lower) {
      int a = 0;
      int b = lower.length();
      while (a < b && !Character.isLetterOrDigit(lower.charAt(a))) {
        a++;
      }
      while (b > a && !Character.isLetterOrDigit(lower.charAt(b - 1))) {
        b--;
      }
      return lower.substring(a, b);
    }
  }

  static Responsibility read(String text) {
    Responsibility.Builder result = Responsibility.builder().text(text);
    if (text.length() > 20 * MAX_LENGTH) {
      return result.build();
    }
    String s = TextRepair.repair(text);
    if (s.isEmpty() || s.length() > MAX_LENGTH) {
      return result.build();
    }
    List<Word> words = words(s);
    if (words.isEmpty() || words.size() > MAX_WORDS) {
      return result.build();
    }
    int from = 0;
    if (LABELS.contains(words.get(0).bare()) && words.get(0).lower.endsWith(":")) {
      from = 1;
    }
    // Find the partner markers: each begins a part of partners.
    List<int[]> parts = new ArrayList<>();
    int partStart = from;
    int i = from;
    while (i < words.size()) {
      int len = markerAt(words, i);
      if (len > 0) {
        parts.add(new int[] {partStart, i});
        partStart = i + len;
        i += len;
      } else {
        i++;
      }
    }
    parts.add(new int[] {partStart, words.size()});
    List<Actor> leads = actors(s, words, parts.get(0)[0], parts.get(0)[1]);
    List<Actor> partners = new ArrayList<>();
    for (int p = 1; p < parts.size(); p++) {
      partners.addAll(actors(s, words, parts.get(p)[0], parts.get(p)[1]));
    }
    if (!leads.isEmpty()) {
      result.lead(leads.get(0));
      result.addAllCoLeads(leads.subList(1, leads.size()));
    }
    return result.addAllPartners(partners).build();
  }

  /** Cuts the repaired text into words and separators (comma, slash, semicolon). */
  static List<Word> words(String s) {
    List<Word> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c == ' ') {
        i++;
      } else if (c == ',' || c == '/' || c == ';') {
        out.add(new Word(String.valueOf(c), i, i + 1, c));
        i++;
      } else {
        int j = i;
        while (j < n && s.charAt(j) != ' ' && s.charAt(j) != ',' && s.charAt(j) != '/' && s.charAt(j) != ';') {
          j++;
        }
        out.add(new Word(s.substring(i, j), i, j, (char) 0));
        i = j;
      }
    }
    return out;
  }

  /** The number of words of a partner marker starting at i, or 0. */
  private static int markerAt(List<Word> words, int i) {
    int len = fixedMarkerAt(words, i);
    if (len > 0) {
      return len;
    }
    // A bare "med" introduces partners only when what follows names an actor: "Rektor med leiargruppa", but
    // not "Sektor for samfunnsutvikling med brukarmedverknad".
    if (i > 0 && words.get(i).lower.equals("med") && i + 1 < words.size()) {
      int end = i + 1;
      while (end < words.size() && !words.get(end).lower.equals("med") && fixedMarkerAt(words, end) == 0) {
        end++;
      }
      return kindOf(words, i + 1, end) != ActorKind.OTHER ? 1 : 0;
    }
    return 0;
  }

  private static int fixedMarkerAt(List<Word> words, int i) {
    if (!MARKER_STARTS.contains(words.get(i).lower)) {
      return 0;
    }
    for (String[] marker : MARKERS) {
      if (matches(words, i, marker)) {
        return marker.length;
      }
    }
    return 0;
  }

  private static boolean matches(List<Word> words, int i, String[] marker) {
    if (i + marker.length > words.size()) {
      return false;
    }
    for (int k = 0; k < marker.length; k++) {
      if (!words.get(i + k).lower.equals(marker[k])) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Lists of actors

  /** Reads the actors of words [from, to): split at separators that join actors, never inside names. */
  private static List<Actor> actors(String s, List<Word> words, int from, int to) {
    // Trim separators and joining words at the ends: "…, saman med" leaves a comma before the marker.
    while (from < to && (words.get(from).isSeparator() || isJoiner(words.get(from)))) {
      from++;
    }
    while (to > from && (words.get(to - 1).isSeparator() || isJoiner(words.get(to - 1)))) {
      to--;
    }
    List<Actor> out = new ArrayList<>();
    if (from >= to) {
      return out;
    }
    List<Integer> candidates = new ArrayList<>();
    for (int k = from + 1; k < to - 1; k++) {
      Word w = words.get(k);
      boolean joiner = w.sep == ',' || w.sep == '/' || w.sep == ';' || isJoiner(w);
      if (!joiner) {
        continue;
      }
      // ", og" is one joint: let the "og" decide.
      if (w.isSeparator() && k + 1 < to && isJoiner(words.get(k + 1))) {
        continue;
      }
      if (!isProtected(words, k, from, to)) {
        candidates.add(k);
      }
    }
    int segStart = from;
    for (int c = 0; c < candidates.size(); c++) {
      int k = candidates.get(c);
      int rightEnd = c + 1 < candidates.size() ? candidates.get(c + 1) : to;
      int leftEnd = k;
      if (leftEnd > segStart && words.get(leftEnd - 1).isSeparator()) {
        leftEnd--;
      }
      // Both sides must name an actor; a side opening with a preposition ("og i kultur og oppvekst") is the
      // rest of a name, not an actor.
      if (leftEnd > segStart && !STOP.contains(words.get(k + 1).bare())
          && namesHead(words, segStart, leftEnd) && namesHead(words, k + 1, rightEnd)) {
        out.add(actor(s, words, segStart, leftEnd));
        segStart = k + 1;
      }
    }
    out.add(actor(s, words, segStart, to));
    return out;
  }

  /**
   * Whether words [from, to) name an actor by a head word, not only by being field words: "Helse, kultur og
   * oppvekstutvalet" is one committee, so the bare "Helse, kultur" is no actor of its own there.
   */
  private static boolean namesHead(List<Word> words, int from, int to) {
    ActorKind kind = kindOf(words, from, to);
    if (kind != ActorKind.SECTOR) {
      return kind != ActorKind.OTHER;
    }
    for (int k = from; k < to; k++) {
      if (words.get(k).kind() != null) {
        return true;
      }
    }
    return false;
  }

  private static boolean isJoiner(Word w) {
    return w.lower.equals("og") || w.lower.equals("samt") || w.lower.equals("&");
  }

  /** Whether the joint at k sits between two field words of one name: "helse og omsorg", "barn, familie". */
  private static boolean isProtected(List<Word> words, int k, int from, int to) {
    int before = k - 1;
    if (before >= from && words.get(before).isSeparator()) {
      before--;
    }
    int after = k + 1;
    if (before < from || after >= to) {
      return true;
    }
    String left = words.get(before).lower;
    String right = words.get(after).bare();
    // "helse- og omsorgssjef": a hyphen before the joint always marks a shared last part.
    if (left.endsWith("-")) {
      return true;
    }
    return DOMAIN.contains(words.get(before).bare()) && (DOMAIN.contains(right) || right.endsWith("-"));
  }

  private static Actor actor(String s, List<Word> words, int from, int to) {
    while (to > from && words.get(to - 1).isSeparator()) {
      to--;
    }
    String name = s.substring(words.get(from).start, words.get(to - 1).end);
    return Actor.of(name, kindOf(words, from, to));
  }

  // ---------------------------------------------------------------------------------------------------------
  // Kinds of actors

  /** Classifies a name given as text; used by {@link Actor#classify}. */
  static ActorKind classify(String name) {
    String s = TextRepair.repair(name);
    if (s.isEmpty() || s.length() > MAX_LENGTH) {
      return ActorKind.OTHER;
    }
    List<Word> words = words(s);
    return words.size() > MAX_WORDS ? ActorKind.OTHER : kindOf(words, 0, words.size());
  }

  /**
   * The kind of the actor named by words [from, to): the first word that names a kind decides, as Norwegian
   * names put the head first ("Avdeling for barn, familie og helse", "Dagleg leiar ved Svingen"); in a compound
   * word the last part decides ("eigedomsavdelinga", "digitaliseringsleiar").
   */
  static ActorKind kindOf(List<Word> words, int from, int to) {
    return kindOf(words, from, to, new ActorKind[Math.max(to, 0) + 1]);
  }

  /**
   * {@link #kindOf(List, int, int)} with the kinds of [k, to) already worked out in {@code known[k]}: every
   * recursion keeps {@code to}, so each start is worked out once. Without it a run of genitive markers ("a si si si
   * … b") is tried in every combination, exponential in their number: 32 of them took seconds, 80 would not end.
   */
  private static ActorKind kindOf(List<Word> words, int from, int to, ActorKind[] known) {
    if (from >= to) {
      return ActorKind.OTHER;
    }
    ActorKind kind = known[from];
    if (kind == null) {
      kind = kindOfSpan(words, from, to, known);
      known[from] = kind;
    }
    return kind;
  }

  private static ActorKind kindOfSpan(List<Word> words, int from, int to, ActorKind[] known) {
    // Genitive: "Rådmannen si leiargruppe", "Kommunalsjefen sin stab".
    for (int k = from + 1; k < to - 1; k++) {
      String w = words.get(k).lower;
      if (w.equals("si") || w.equals("sin") || w.equals("sitt") || w.equals("sine")) {
        ActorKind owned = kindOf(words, k + 1, to, known);
        if (owned != ActorKind.OTHER) {
          return owned;
        }
      }
    }
    String first = words.get(from).bare();
    String second = from + 1 < to ? words.get(from + 1).bare() : "";
    if (first.equals("alle") || first.equals("samtlege") || first.equals("samtlige")) {
      ActorKind next = kindOf(words, from + 1, to, known);
      if (next == ActorKind.SERVICE || next == ActorKind.DEPARTMENT || next == ActorKind.SECTOR
          || next == ActorKind.SECTION) {
        return ActorKind.WHOLE_ORGANISATION;
      }
      return ActorKind.STAFF;
    }
    if (first.equals("resten") || (first.equals("heile") || first.equals("hele"))
        && (second.startsWith("organisasjon") || second.startsWith("kommun") || second.equals("heradet"))) {
      return ActorKind.WHOLE_ORGANISATION;
    }
    boolean anyWord = false;
    boolean allField = true;
    for (int k = from; k < to; k++) {
      Word w = words.get(k);
      if (w.isSeparator()) {
        continue;
      }
      String b = w.bare();
      if (b.isEmpty()) {
        continue;
      }
      anyWord = true;
      if ((b.equals("dagleg") || b.equals("daglig")) && k + 1 < to) {
        String next = words.get(k + 1).bare();
        if (next.startsWith("leiar") || next.startsWith("leder")) {
          return ActorKind.ROLE;
        }
      }
      ActorKind kind = w.kind();
      if (kind != null) {
        return kind;
      }
      if (!DOMAIN.contains(b) && !STOP.contains(b) && !b.endsWith("-")) {
        allField = false;
      }
    }
    return anyWord && allField ? ActorKind.SECTOR : ActorKind.OTHER;
  }

  private static final String[] LEADERSHIP = {"leiargruppe", "leiargruppa", "leiargruppene", "leiargrupper",
      "leiargruppa", "ledergruppe", "ledergruppa", "ledergruppen", "ledergruppene", "ledergrupper", "leiarteam",
      "leiarteamet", "lederteam", "lederteamet", "leiinga", "leiing", "ledelsen", "ledelse", "leiargruppemøte"};
  private static final String[] WORKING = {"gruppe", "gruppa", "gruppen", "grupper", "gruppene", "nettverk",
      "nettverket", "forum", "forumet", "utvalsgruppe"};
  private static final String[] COUNCIL = {"brukarutval", "brukarutvalet", "brukarutvala", "brukerutvalg",
      "brukerutvalget", "brukerutvalgene", "råd", "rådet", "råda", "rådene", "rådene"};
  private static final String[] POLITICAL = {"styre", "styret", "formannskap", "formannskapet", "utval",
      "utvalet", "utvala", "utvalg", "utvalget", "utvalgene", "utvalgte"};
  private static final Set<String> EXTERNAL_WORDS = Set.of("nav", "husbanken", "usht", "ks", "politiet", "uit",
      "bufetat", "kreftforeningen", "helsedirektoratet", "fylkesmannen", "frivillige", "private", "kommunane",
      "kommunene", "kommunar", "kommuner", "ntnu", "sjustjerna", "frivilligsentralen", "lag", "organisasjonar",
      "organisasjoner", "hf", "pårørandeorganisasjonar", "pårørendeorganisasjoner", "brukarorganisasjonar",
      "brukerorganisasjoner", "helseforetaket", "helseføretaket");
  private static final String[] EXTERNAL_PREFIXES = {"spesialisthelset", "helseføretak", "helseforetak",
      "sjukehus", "sykehus", "statsforvalt", "nabokommun", "fylkeskommun", "universitet", "høgskul", "høgskol",
      "kriminalomsorg", "helse-møre", "helse-vest", "helse-nord", "helse-midt", "helse-sør"};
  private static final String[] SECTOR = {"sektor", "sektoren", "sektorar", "sektorer", "kommunalavdeling",
      "kommunalavdelinga", "kommunalavdelingen", "område", "området", "kommuneområde", "etat", "etaten"};
  private static final String[] SECTION = {"seksjon", "seksjonen", "seksjonar", "seksjoner", "seksjonane",
      "seksjonene"};
  private static final String[] DEPARTMENT = {"avdeling", "avdelinga", "avdelingen", "avdelingar", "avdelinger",
      "avdelingane", "avdelingene"};
  private static final String[] ROLE = {"leiar", "leiaren", "leiarar", "leiarane", "leder", "lederen", "ledere",
      "lederne", "sjef", "sjefen", "sjefar", "sjefer", "sjefane", "sjefene", "koordinator", "koordinatoren",
      "koordinatorar", "koordinatorer", "rådgivar", "rådgiver", "rådgjevar", "rådgjevaren", "rådgiveren", "lege",
      "legen", "legar", "leger", "legane", "legene", "sjukepleiar", "sykepleier", "sjukepleiarar", "sykepleiere",
      "ombod", "ombud", "ombodet", "ombudet", "tillitsvald", "tillitsvalt", "tillitsvalgt", "tillitsvalde",
      "tillitsvalgte", "direktør", "direktøren", "konsulent", "konsulenten", "sekretær", "sekretæren",
      "terapeut", "rektor", "rektoren", "rektorar", "rektorer", "rådmann", "rådmannen", "ordførar", "ordfører",
      "ordføraren", "ordføreren", "styrar", "styrer", "styraren", "styreren", "fagansvarleg", "fagansvarlig",
      "kontaktperson", "prosjektleiar", "prosjektleder", "eigar", "eier", "prosjekteigar", "prosjekteier"};
  private static final String[] SERVICE = {"eining", "eininga", "einingar", "einingane", "enhet", "enheten",
      "enheter", "enhetene", "teneste", "tenesta", "tenestene", "tenesten", "tjeneste", "tjenesten",
      "tjenestene", "tjenesta", "senter", "senteret", "sentral", "sentralen", "kontor", "kontoret", "heim",
      "heimen", "heimane", "hjem", "hjemmet", "team", "teamet", "teama", "teamene", "klinikk", "klinikken",
      "legevakt", "legevakta", "legevakten", "barnehage", "barnehagen", "barnehagane", "barnehagene", "skule", "skulen", "skulane", "skole", "skolen", "skolene",
      "stasjon", "stasjonen", "bufellesskap", "bufellesskapet", "institusjon", "institusjonen", "bustad",
      "omsorgsbustad", "omsorgssenter", "verkstad", "verksted"};
  private static final Set<String> STAFF_WORDS = Set.of("tilsette", "ansatte", "medarbeidarar", "medarbeidere",
      "medarbeiderne", "medarbeidarane", "personalet", "tenesteytarar", "tjenesteytere", "fagfolk",
      "fagpersonell", "helsepersonell", "tilsette.", "arbeidstakarar", "arbeidstakere");
  private static final Set<String> WHOLE_WORDS = Set.of("organisasjonen", "kommunen", "kommuneorganisasjonen",
      "heradet", "kommuneorganisasjon");

  /** The kind one word names, or null: by its last part for compounds. */
  static ActorKind kindOfWord(String w) {
    if (w.length() < 2 && !w.equals("h")) {
      return null;
    }
    Set<ActorKind> endings = ENDINGS.kindsEnding(w);
    if (endings.contains(ActorKind.LEADERSHIP_GROUP)) {
      return ActorKind.LEADERSHIP_GROUP;
    }
    if (EXTERNAL_WORDS.contains(w) || startsWithAny(w, EXTERNAL_PREFIXES)) {
      return ActorKind.EXTERNAL_PARTNER;
    }
    if (endings.contains(ActorKind.WORKING_GROUP)) {
      return ActorKind.WORKING_GROUP;
    }
    if (w.startsWith("brukarutval") || w.startsWith("brukerutvalg") || endings.contains(ActorKind.COUNCIL)) {
      return ActorKind.COUNCIL;
    }
    if (endings.contains(ActorKind.POLITICAL_BODY) || w.startsWith("politikar") || w.startsWith("politiker")
        || w.equals("politisk") || w.equals("politiske")) {
      return ActorKind.POLITICAL_BODY;
    }
    if (endings.contains(ActorKind.SECTOR)) {
      return ActorKind.SECTOR;
    }
    if (endings.contains(ActorKind.SECTION)) {
      return ActorKind.SECTION;
    }
    if (endings.contains(ActorKind.DEPARTMENT)) {
      return ActorKind.DEPARTMENT;
    }
    if (endings.contains(ActorKind.ROLE)) {
      return ActorKind.ROLE;
    }
    if (endings.contains(ActorKind.SERVICE)) {
      return ActorKind.SERVICE;
    }
    if (STAFF_WORDS.contains(w)) {
      return ActorKind.STAFF;
    }
    if (WHOLE_WORDS.contains(w)) {
      return ActorKind.WHOLE_ORGANISATION;
    }
    return null;
  }

  /** The word endings that name each kind, for {@link #kindOfWord}. */
  private static final Endings ENDINGS = new Endings(Map.of(
      ActorKind.LEADERSHIP_GROUP, LEADERSHIP, ActorKind.WORKING_GROUP, WORKING, ActorKind.COUNCIL, COUNCIL,
      ActorKind.POLITICAL_BODY, POLITICAL, ActorKind.SECTOR, SECTOR, ActorKind.SECTION, SECTION,
      ActorKind.DEPARTMENT, DEPARTMENT, ActorKind.ROLE, ROLE, ActorKind.SERVICE, SERVICE));

  /**
   * Word endings of kinds of actors in a trie read from the end of a word, so that one walk back from a word's
   * last letter finds every kind it has an ending of (as {@link String#endsWith} tried with each ending would).
   */
  private static final class Endings {
    private final Node root = new Node();

    Endings(Map<ActorKind, String[]> endings) {
      endings.forEach((kind, words) -> {
        for (String ending : words) {
          Node node = root;
          for (int k = ending.length() - 1; k >= 0; k--) {
            node = node.next.computeIfAbsent(ending.charAt(k), c -> new Node());
          }
          node.kinds.add(kind);
        }
      });
    }

    /** The kinds with an ending that ends the word. */
    Set<ActorKind> kindsEnding(String w) {
      Set<ActorKind> kinds = EnumSet.noneOf(ActorKind.class);
      Node node = root;
      for (int k = w.length() - 1; k >= 0 && node != null; k--) {
        node = node.next.get(w.charAt(k));
        if (node != null) {
          kinds.addAll(node.kinds);
        }
      }
      return kinds;
    }

    private static final class Node {
      final Map<Character, Node> next = new HashMap<>();
      final Set<ActorKind> kinds = EnumSet.noneOf(ActorKind.class);
    }
  }

  private static boolean startsWithAny(String w, String[] prefixes) {
    for (String p : prefixes) {
      if (w.startsWith(p)) {
        return true;
      }
    }
    return false;
  }
}
