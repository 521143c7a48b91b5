package no.helseplan.analysis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
  private static final Pattern DASHES = Pattern.compile("[\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212]");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final String WORD_START = "(?<![\\p{L}\\p{N}])";
  private static final Pattern ELLIPTIC =
      Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{L}+)- (?:og|eller) (\\p{L}{4,40})");
  private static final int LEAST_SHARED_TAIL = 3;

  private final String id;
  private final Label label;
  private final List<String> nbStems;
  private final List<String> nnStems;
  private final List<String> exclusions;
  private final Pattern pattern;
  private final Pattern exclusion;

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
    this.pattern = alternation(all);
    this.exclusion = this.exclusions.isEmpty() ? null : alternation(this.exclusions);
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

  /** Longest stems first, so the pattern prefers the longest match at a place. */
  private static Pattern alternation(Iterable<String> stems) {
    List<String> sorted = new ArrayList<>();
    stems.forEach(sorted::add);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    return Pattern.compile(WORD_START + "(?:" + sorted.stream().map(Pattern::quote).collect(Collectors.joining("|"))
        + ")");
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
    return find(text.normalised) || find(text.elliptic);
  }

  /** A text normalised and with its elliptic compounds spelt out, ready to be matched against every theme. */
  static final class Prepared {
    private final String normalised;
    private final String elliptic;

    private Prepared(String normalised) {
      this.normalised = normalised;
      this.elliptic = ellipticCompounds(normalised);
    }

    static Prepared of(String text) {
      return new Prepared(normalise(text));
    }
  }

  private boolean find(String normalised) {
    if (normalised.isEmpty()) {
      return false;
    }
    Matcher matcher = pattern.matcher(normalised);
    Matcher excluded = exclusion == null ? null : exclusion.matcher(normalised);
    while (matcher.find()) {
      if (excluded == null || !excluded.region(matcher.start(), normalised.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Spells out the words an elliptic compound leaves out: "brukar- og pårørandeundersøkingar" means
   * "brukarundersøkingar og pårørandeundersøkingar", but where the shared tail begins is not written. Every
   * tail of at least three letters of the second word is tried: "brukarundersøkingar", "brukarndersøkingar",
   * …, one word per line, so a stem such as "brukarundersøk" can find the first.
   */
  static String ellipticCompounds(String normalised) {
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
    return SPACES.matcher(DASHES.matcher(lower).replaceAll("-")).replaceAll(" ");
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
