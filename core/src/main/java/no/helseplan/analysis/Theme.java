package no.helseplan.analysis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import no.helseplan.vocabulary.Label;
import no.helseplan.vocabulary.Labelled;
import no.helseplan.vocabulary.Language;

/**
 * A theme (nb/nn: <i>tema</i>) that plans write about, such as dementia (demens) or next of kin (pårørende /
 * pårørande), found in their words by word stems in Bokmål and Nynorsk.
 *
 * <p><b>How a theme matches.</b> The text and the stems are normalised alike: composed (Unicode NFC), lower
 * case, soft hyphens removed, dashes (‐ ‑ ‒ – —) made "-", and runs of white space (line breaks too) made one
 * space. A stem matches where it begins a word: at the start of the text or after a character that is neither
 * a letter nor a digit; it may end anywhere, so the stem "pårørand" finds "pårørande", "pårørandearbeid" and
 * "pårørandeutval", and "demens" finds "demensomsorg" and "demensvenleg". A stem never matches inside a word:
 * a compound whose theme word comes second ("kvardagsrehabilitering", "omsorgsbustad", "fastlege") needs a stem
 * of its own, which the built-in themes have. A stem may hold several words ("bu trygt", "kva er viktig for
 * deg"). An exclusion stem discards a match that begins the same place: the housing theme's "heim" finds
 * "heimetenesta" and "heimen" but, excluding "heimesid", not "heimesida" (the web site). An elliptic compound
 * is spelt out: in "brukar- og pårørandeundersøkingar" the stem "brukarundersøk" finds the left-out
 * "brukarundersøkingar". Both the Bokmål and the Nynorsk stems are always tried, because plans mix the two
 * ("forebygging" in a Nynorsk plan).
 *
 * <pre>{@code
 * Theme respite = Theme.of("avlastning", "Avlastning", "avlastning", "avlasting");
 * respite.matches("Tilstrekkeleg tilgang til heildøgns avlastningsplassar")    // true
 * Themes themes = Themes.builtIn().with(respite);
 * corpus.countByTheme(themes, Language.NN)
 * }</pre>
 *
 * <p>The built-in themes are constants of {@link Themes}, such as {@link Themes#DEMENTIA}.
 *
 * <p>Implementation Requirements: immutable and thread-safe; equal when id, label, stems and exclusions are
 * equal.
 */
public final class Theme implements Labelled {
  private static final Pattern ELLIPTIC =
      Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{L}+)- (?:og|eller) (\\p{L}{4,40})");
  private static final int LEAST_SHARED_TAIL = 3;

  private final String id;
  private final Label label;
  private final List<String> nbStems;
  private final List<String> nnStems;
  private final List<String> exclusions;
  private final StemIndex index;
  private final @Nullable StemIndex exclusionIndex;

  private Theme(String id, Label label, List<String> nbStems, List<String> nnStems, List<String> exclusions) {
    if (Objects.requireNonNull(id, "id").isBlank()) {
      throw new IllegalArgumentException("A theme's id must not be blank");
    }
    this.id = id;
    this.label = Objects.requireNonNull(label, "label");
    this.nbStems = stems(nbStems, id);
    this.nnStems = stems(nnStems, id);
    this.exclusions = stems(exclusions, id);
    Set<String> all = new LinkedHashSet<>(this.nbStems);
    all.addAll(this.nnStems);
    if (all.isEmpty()) {
      throw new IllegalArgumentException("The theme '" + id + "' needs at least one stem");
    }
    this.index = new StemIndex(all);
    this.exclusionIndex = this.exclusions.isEmpty() ? null : new StemIndex(this.exclusions);
  }

  private static List<String> stems(List<String> stems, String id) {
    List<String> normalised = new ArrayList<>();
    for (int i = 0; i < stems.size(); i++) {
      String stem = normalise(Objects.requireNonNull(stems.get(i), "stem")).trim();
      if (stem.isEmpty()) {
        throw new IllegalArgumentException("Stem " + (i + 1) + " of the theme '" + id + "' is blank");
      }
      if (!normalised.contains(stem)) {
        normalised.add(stem);
      }
    }
    return List.copyOf(normalised);
  }


  /**
   * Obtains a theme with one label for every language and the same stems for Bokmål and Nynorsk.
   *
   * <pre>{@code
   * Theme.of("ernaering", "Ernæring", "ernæring", "kosthald", "kosthold", "underernær")
   * }</pre>
   *
   * @param id the identifier, such as "ernaering"; not blank
   * @param label the name shown in tables, the same in nb, nn and en
   * @param stems the word stems, at least one, not blank
   * @return the theme
   * @throws IllegalArgumentException if the id, the label or a stem is blank, or no stem is given
   */
  public static Theme of(String id, String label, String... stems) {
    return of(id, Label.of(label, label, label), stems);
  }

  /**
   * Obtains a theme with a label in three languages and the same stems for Bokmål and Nynorsk.
   *
   * @param id the identifier; not blank
   * @param label the name shown in tables
   * @param stems the word stems, at least one, not blank
   * @return the theme
   * @throws IllegalArgumentException if the id or a stem is blank, or no stem is given
   */
  public static Theme of(String id, Label label, String... stems) {
    return new Theme(id, label, List.of(stems), List.of(stems), List.of());
  }

  /**
   * Obtains a theme with a label in three languages and stems of its own for Bokmål and for Nynorsk.
   *
   * <pre>{@code
   * Theme.of("heimeteneste", Label.of("Hjemmetjeneste", "Heimeteneste", "Home care"),
   *     List.of("hjemmetjenest", "hjemmesykepleie"), List.of("heimetenest", "heimesjukepleie"))
   * }</pre>
   *
   * @param id the identifier; not blank
   * @param label the name shown in tables
   * @param nbStems the Bokmål stems
   * @param nnStems the Nynorsk stems
   * @return the theme
   * @throws IllegalArgumentException if the id or a stem is blank, or no stem is given at all
   */
  public static Theme of(String id, Label label, List<String> nbStems, List<String> nnStems) {
    return new Theme(id, label, nbStems, nnStems, List.of());
  }

  /**
   * Returns a copy of this theme that discards a match where one of the given stems also begins, such as
   * "heimesid" for "heimesida" (the web site) in a theme with the stem "heim".
   *
   * @param exclusions the stems to exclude, not blank
   * @return the new theme
   * @throws IllegalArgumentException if a stem is blank
   */
  public Theme withExclusions(String... exclusions) {
    List<String> all = new ArrayList<>(this.exclusions);
    all.addAll(List.of(exclusions));
    return new Theme(id, label, nbStems, nnStems, all);
  }

  /**
   * Returns the identifier of the theme, such as "demens".
   *
   * @return the id
   */
  public String getId() {
    return id;
  }

  @Override
  public Label getLabel() {
    return label;
  }

  /**
   * Returns the stems of one written standard, normalised: the Bokmål stems for {@link Language#NB}, the
   * Nynorsk stems for {@link Language#NN}, and none for {@link Language#EN}.
   *
   * @param language the written standard
   * @return the stems, in the order given
   */
  public List<String> getStems(Language language) {
    switch (language) {
      case NB:
        return nbStems;
      case NN:
        return nnStems;
      default:
        return List.of();
    }
  }

  /**
   * Returns the exclusion stems, normalised.
   *
   * @return the exclusions, possibly empty
   */
  public List<String> getExclusions() {
    return exclusions;
  }

  /**
   * Tells whether a text is about this theme: whether a Bokmål or Nynorsk stem begins a word of it, not at a
   * place where an exclusion also begins.
   *
   * <pre>{@code
   * Themes.NEXT_OF_KIN.matches("Auka kompetanse om pårørande og pårørandearbeid")   // true
   * }</pre>
   *
   * @param text the text, such as {@link MeasureInContext#getText()}
   * @return true when the theme is found
   */
  public boolean matches(String text) {
    return matches(Prepared.of(text));
  }

  /** Matches text prepared once for many themes, as {@link PlanCorpus#countByTheme} does. */
  boolean matches(Prepared text) {
    return find(text.normalised, text.normalisedStarts) || find(text.elliptic, text.ellipticStarts);
  }

  /**
   * A text normalised and with its elliptic compounds spelt out, ready to be matched against every theme, with
   * the places where a word may begin in each.
   */
  static final class Prepared {
    private final String normalised;
    private final int[] normalisedStarts;
    private final String elliptic;
    private final int[] ellipticStarts;

    private Prepared(String normalised) {
      this.normalised = normalised;
      this.normalisedStarts = wordStarts(normalised);
      this.elliptic = ellipticCompounds(normalised);
      this.ellipticStarts = wordStarts(elliptic);
    }

    static Prepared of(String text) {
      return new Prepared(normalise(text));
    }
  }

  /**
   * Whether a stem begins at one of the places, with no exclusion beginning at the same place. As a regular
   * expression would scan, a match that an exclusion discards is stepped over: the next place tried lies after it.
   */
  private boolean find(String normalised, int[] starts) {
    int next = 0;
    for (int place : starts) {
      if (place < next) {
        continue;
      }
      String stem = index.longestAt(normalised, place);
      if (stem == null) {
        continue;
      }
      if (exclusionIndex == null || exclusionIndex.longestAt(normalised, place) == null) {
        return true;
      }
      next = place + stem.length();
    }
    return false;
  }

  /**
   * The places in a text where a stem may begin: the start, and every place after a character that is neither a
   * letter nor a digit (the regular expression {@code (?<![\p{L}\p{N}])}), at code point boundaries.
   */
  static int[] wordStarts(String text) {
    int[] starts = new int[text.length()];
    int count = 0;
    int previous = -1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (previous < 0 || !isWordCharacter(previous)) {
        starts[count++] = i;
      }
      previous = c;
      i += Character.charCount(c);
    }
    return Arrays.copyOf(starts, count);
  }

  private static boolean isWordCharacter(int c) {
    if (Character.isLetter(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** Stems by their first character, longest first within each, so the longest stem at a place is found first. */
  private static final class StemIndex {
    /** The stems of first characters below U+0250 (Latin, with æ, ø, å), by that character; others in the map. */
    private final String[][] latin = new String[0x250][];
    private final Map<Character, String[]> byFirst = new HashMap<>();

    StemIndex(Collection<String> stems) {
      List<String> sorted = new ArrayList<>(stems);
      sorted.sort(Comparator.comparingInt(String::length).reversed());
      Map<Character, List<String>> grouped = new LinkedHashMap<>();
      for (String stem : sorted) {
        grouped.computeIfAbsent(stem.charAt(0), c -> new ArrayList<>()).add(stem);
      }
      grouped.forEach((c, list) -> {
        if (c < latin.length) {
          latin[c] = list.toArray(new String[0]);
        } else {
          byFirst.put(c, list.toArray(new String[0]));
        }
      });
    }

    /** The longest stem that begins at the place, or null. */
    @Nullable String longestAt(String text, int place) {
      char first = text.charAt(place);
      String[] candidates = first < latin.length ? latin[first] : byFirst.get(first);
      if (candidates != null) {
        for (String stem : candidates) {
          if (text.startsWith(stem, place)) {
            return stem;
          }
        }
      }
      return null;
    }
  }


  /**
   * Spells out the words an elliptic compound leaves out: "brukar- og pårørandeundersøkingar" means
   * "brukarundersøkingar og pårørandeundersøkingar", but where the shared tail begins is not written. Every
   * tail of at least three letters of the second word is tried: "brukarundersøkingar", "brukarndersøkingar",
   * …, one word per line, so a stem such as "brukarundersøk" can find the first.
   */
  static String ellipticCompounds(String normalised) {
    if (!normalised.contains("- ")) {
      return "";
    }
    Matcher matcher = ELLIPTIC.matcher(normalised);
    StringBuilder words = new StringBuilder();
    while (matcher.find()) {
      String first = matcher.group(1);
      String second = matcher.group(2);
      for (int k = 1; k + LEAST_SHARED_TAIL <= second.length(); k++) {
        words.append(first).append(second, k, second.length()).append('\n');
      }
    }
    return words.toString();
  }

  /**
   * Normalises text as themes match it: NFC, lower case, no soft hyphens, one kind of dash, single spaces.
   *
   * @param text the text
   * @return the normalised text
   */
  static String normalise(String text) {
    String composed = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\u00ad", "");
    String lower = composed.toLowerCase(Locale.ROOT);
    StringBuilder normalised = new StringBuilder(lower.length());
    boolean inSpace = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (isSpace(c)) {
        if (!inSpace) {
          normalised.append(' ');
        }
        inSpace = true;
        continue;
      }
      inSpace = false;
      normalised.append(isDash(c) ? '-' : c);
    }
    return normalised.toString();
  }

  /** The white space of a regular expression's {@code \s}: space, tab, line feed, vertical tab, form feed, return. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The hyphens, dashes and minus sign that normalise to a hyphen-minus. */
  private static boolean isDash(char c) {
    return c >= '\u2010' && c <= '\u2014' || c == '\u2212';
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Theme)) {
      return false;
    }
    Theme that = (Theme) other;
    return id.equals(that.id) && label.equals(that.label) && nbStems.equals(that.nbStems)
        && nnStems.equals(that.nnStems) && exclusions.equals(that.exclusions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, label, nbStems, nnStems, exclusions);
  }

  /**
   * Returns the id and the English label, for reading; not for parsing.
   *
   * @return a text such as {@code demens (Dementia)}
   */
  @Override
  public String toString() {
    return id + " (" + label.getEn() + ")";
  }
}
