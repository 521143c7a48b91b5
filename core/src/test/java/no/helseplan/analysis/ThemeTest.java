package no.helseplan.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.helseplan.vocabulary.Label;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Themes found in real phrases from all five seed plans, in Bokmål and Nynorsk, with inflections, compounds,
 * elliptic compounds and the look-alike words that must not match.
 */
class ThemeTest {

  static Stream<Arguments> phrases() {
    return Stream.of(
        // Herøy (nn)
        Arguments.of(Themes.DEMENTIA, "Følgje opp avtalen om eit demensvenleg samfunn", true),
        Arguments.of(Themes.USER_PARTICIPATION, "Bruke “kva er viktig for deg” som metode", true),
        Arguments.of(Themes.USER_PARTICIPATION, "Brukar- og pårørandeundersøkingar. Vurdere dialogmøter", true),
        Arguments.of(Themes.NEXT_OF_KIN, "Brukar- og pårørandeundersøkingar. Vurdere dialogmøter", true),
        Arguments.of(Themes.HOUSING, "Styrke heimetenesta i tråd med auken i tal eldre", true),
        Arguments.of(Themes.HOUSING, "Vidareutvikle Svingen Bygge 1-2 nye hardbruksbustadar", true),
        Arguments.of(Themes.HOUSING, "Auka bruk av digitale kanalar til folkeopplysning, til dømes gjennom heimeside",
            false),
        Arguments.of(Themes.WELFARE_TECHNOLOGY, "Digital heimeoppfølging", true),
        Arguments.of(Themes.WELFARE_TECHNOLOGY, "Tenke helseteknologi så tidleg som mogleg", true),
        Arguments.of(Themes.DOCTORS, "Tilstrekkeleg fastlegekapasitet til alle innbyggarane jamfør legeplan", true),
        Arguments.of(Themes.REHABILITATION, "Vurdere samlokalisering for bu- og habilitering i areal", true),
        Arguments.of(Themes.REHABILITATION, "Vidareutvikle rolla til koordinerande eining", true),
        Arguments.of(Themes.PREVENTION, "Følgje opp tiltak som skissert i førebyggande plan for barn og unge", true),
        Arguments.of(Themes.PREVENTION, "Frisklivs- og meistringstilbod ved Svingen", true),
        Arguments.of(Themes.MENTAL_HEALTH_AND_SUBSTANCE_USE, "Revidere rusmiddelpolitisk handlingsplan", true),
        Arguments.of(Themes.CHILDREN_AND_YOUNG_PEOPLE, "Opprette eit lavterskel barn-, ung- og familieteam", true),
        Arguments.of(Themes.VOLUNTEERING, "Bygge vidare på frivilligsentralen og Svingen", true),
        Arguments.of(Themes.RECRUITMENT_AND_COMPETENCE, "Systematisk opplæring av alle nytilsette (onboarding)", true),
        // Sør-Varanger (nb)
        Arguments.of(Themes.DEMENTIA, "Organisere våre tjenester for å ha en helhetlig demensomsorg", true),
        Arguments.of(Themes.HOUSING, "Kostnadsberegne utbygging av omsorgsboliger med bofelleskap", true),
        Arguments.of(Themes.HOUSING, "Tilby og gjennomføre forebyggende hjemmebesøk", true),
        Arguments.of(Themes.REHABILITATION, "bygging av helsehus til rehabilitering, fysio, ergo, korttidsplasser",
            true),
        Arguments.of(Themes.RECRUITMENT_AND_COMPETENCE, "Utarbeide og innføre rekrutteringspakke", true),
        Arguments.of(Themes.RECRUITMENT_AND_COMPETENCE, "Vi har heltidsstillinger som hovedregel", true),
        Arguments.of(Themes.USER_PARTICIPATION, "Gjennomføre årlige brukerundersøkelser", true),
        Arguments.of(Themes.MENTAL_HEALTH_AND_SUBSTANCE_USE, "innføre pakkeforløp som metode i psykisk helse og rus",
            true),
        // Hustadvika (nb)
        Arguments.of(Themes.USER_PARTICIPATION, "Bruker- og pårørendemedvirkning", true),
        Arguments.of(Themes.NEXT_OF_KIN, "Bruker- og pårørendemedvirkning", true),
        Arguments.of(Themes.USER_PARTICIPATION, "Brukere og pårørende medvirker", true),
        Arguments.of(Themes.HOUSING, "«Bo trygt hjemme-reformen» handler om mer enn et fysisk sted", true),
        Arguments.of(Themes.HOUSING, "Brukermedvirkning er hjemlet i pasient- og brukerrettighetsloven", false),
        Arguments.of(Themes.MENTAL_HEALTH_AND_SUBSTANCE_USE, "Dette krever at kommunen ruster helse- og omsorgs",
            false),
        Arguments.of(Themes.MENTAL_HEALTH_AND_SUBSTANCE_USE, "lavterskeltilbud som Rask psykisk helsehjelp", true),
        Arguments.of(Themes.DEMENTIA, "Videreutvikle Hustadvika som en demensvennlig kommune", true),
        Arguments.of(Themes.PREVENTION, "vi jobber på tvers, forebygger mer", true),
        Arguments.of(Themes.PREVENTION, "Slik blir folkehelsearbeidet en nøkkel", true),
        Arguments.of(Themes.PREVENTION, "flyttes fra behandling til helsefremmende tiltak", true),
        Arguments.of(Themes.WELFARE_TECHNOLOGY, "Velferds- og helseteknologi", true),
        Arguments.of(Themes.VOLUNTEERING, "Kommunen skal samarbeid med frivilligheten", true),
        // Voss (nn)
        Arguments.of(Themes.NEXT_OF_KIN, "Vidareutvikla samarbeidet med frivillig og ideell sektor - "
            + "pårørandearbeid", true),
        Arguments.of(Themes.DOCTORS, "Kommunelegane utarbeider rutine for Born som pårørande", true),
        Arguments.of(Themes.CHILDREN_AND_YOUNG_PEOPLE, "Kommunelegane utarbeider rutine for Born som pårørande",
            true),
        Arguments.of(Themes.DEMENTIA, "Hukommelsesteam (HUK-team)", true),
        // Rødøy (nb)
        Arguments.of(Themes.DEMENTIA, "ELDREOMSORG OG DEMENSOMSORG", true),
        Arguments.of(Themes.HOUSING, "tiltak som ofte gis i private hjem, omsorgsboliger", true),
        Arguments.of(Themes.CHILDREN_AND_YOUNG_PEOPLE, "Helsestasjon og psykisk helse for barn og unge", true),
        // Look-alikes that are not the theme
        Arguments.of(Themes.DOCTORS, "Legge til rette for aktivitet", false),
        Arguments.of(Themes.DOCTORS, "Gjennomgang av legemiddelbruk i sjukeheim", false),
        Arguments.of(Themes.DOCTORS, "Fastlegge rutinar for avviksmelding", false),
        Arguments.of(Themes.MENTAL_HEALTH_AND_SUBSTANCE_USE, "Russefeiringa", false),
        Arguments.of(Themes.HOUSING, "Kommunen har heimel i lov", false),
        Arguments.of(Themes.HOUSING, "Sjå hjemmesiden til kommunen", false),
        Arguments.of(Themes.VOLUNTEERING, "Ufrivillig einsemd", false),
        Arguments.of(Themes.REHABILITATION, "God ergonomi på arbeidsplassen", false),
        Arguments.of(Themes.DEMENTIA, "Utdanne fleire sjukepleiarar", false));
  }

  // matches

  @ParameterizedTest
  @MethodSource("phrases")
  void test_matches_realPhrases(Theme theme, String phrase, boolean expected) {
    assertEquals(expected, theme.matches(phrase), () -> theme + (expected ? " not found in " : " found in ") + phrase);
  }

  @Test
  void test_matches_caseSpacingAndDashesNormalised() {
    assertTrue(Themes.WELFARE_TECHNOLOGY.matches("DIGITAL\n  HEIMEOPPFØLGING"));
    assertTrue(Themes.WELFARE_TECHNOLOGY.matches("E\u2013helse"));
    assertTrue(Themes.NEXT_OF_KIN.matches("Pa\u030Ar\u00f8randestrategi"), "decomposed å");
    assertTrue(Themes.REHABILITATION.matches("kvardags\u00ADrehabilitering"), "soft hyphen");
    assertFalse(Themes.DEMENTIA.matches(""));
  }

  @Test
  void test_matches_wordStartOnly() {
    Theme theme = Theme.of("rus", "Rus", "rus");
    assertTrue(theme.matches("rusmiddel"));
    assertTrue(theme.matches("(rus)"));
    assertTrue(theme.matches("helse-/rus"));
    assertFalse(theme.matches("korrus"));
    assertFalse(theme.matches("2rus"));
  }

  @Test
  void test_ellipticCompounds_spelledOut() {
    String words = Theme.ellipticCompounds(Theme.normalise("brukar- og pårørandeundersøkingar"));
    assertTrue(words.contains("brukarundersøkingar\n"), words);
    assertTrue(words.contains("brukarpårørandeundersøkingar") == false, "the whole second word is not a tail");
    assertEquals("", Theme.ellipticCompounds("helse og omsorg"));
  }

  // of, withExclusions

  @Test
  void test_of_ownTheme() {
    Theme nutrition = Theme.of("ernaering", "Ernæring", "ernæring", "kosthald", "kosthold", "underernær");
    assertTrue(nutrition.matches("Kartlegging av underernæring på sjukeheimen"));
    assertEquals("Ernæring", nutrition.getLabel(Language.EN));
    assertEquals(List.of("ernæring", "kosthald", "kosthold", "underernær"), nutrition.getStems(Language.NN));
    assertEquals(List.of(), nutrition.getStems(Language.EN));
  }

  @Test
  void test_of_separateStems() {
    Theme homeCare = Theme.of("heimeteneste", Label.of("Hjemmetjeneste", "Heimeteneste", "Home care"),
        List.of("hjemmetjenest"), List.of("Heimetenest"));
    assertEquals(List.of("heimetenest"), homeCare.getStems(Language.NN), "stems are normalised");
    assertTrue(homeCare.matches("Hjemmetjenesten i sone nord"));
    assertTrue(homeCare.matches("Heimetenesta aust"));
  }

  @Test
  void test_of_invalid() {
    assertEquals("The theme 'x' needs at least one stem",
        assertThrows(IllegalArgumentException.class, () -> Theme.of("x", "X")).getMessage());
    assertEquals("Stem 2 of the theme 'x' is blank",
        assertThrows(IllegalArgumentException.class, () -> Theme.of("x", "X", "a", "  ")).getMessage());
    assertEquals("A theme's id must not be blank",
        assertThrows(IllegalArgumentException.class, () -> Theme.of(" ", "X", "a")).getMessage());
  }

  @Test
  void test_withExclusions() {
    Theme theme = Theme.of("heim", "Heim", "heim").withExclusions("heimesid");
    assertFalse(theme.matches("Sjå heimesida"));
    assertTrue(theme.matches("Sjå heimesida, og bu trygt i heimen"), "a later match still counts");
    assertNotEquals(Theme.of("heim", "Heim", "heim"), theme);
  }

  // Themes

  @Test
  void test_builtIn_twelveThemesWithDistinctIdsAndLabels() {
    List<Theme> themes = Themes.builtIn().getThemes();
    assertEquals(12, themes.size());
    assertEquals(12, themes.stream().map(Theme::getId).collect(Collectors.toSet()).size());
    for (Language language : Language.values()) {
      Set<String> labels = new HashSet<>();
      themes.forEach(t -> assertTrue(labels.add(t.getLabel(language)), t + " repeats a " + language + " label"));
    }
    themes.forEach(t -> assertFalse(t.getStems(Language.NB).isEmpty() || t.getStems(Language.NN).isEmpty(),
        () -> t + " lacks nb or nn stems"));
    assertEquals("Pårørande", Themes.NEXT_OF_KIN.getLabel(Language.NN));
    assertEquals("Pårørende", Themes.NEXT_OF_KIN.getLabel(Language.NB));
    assertEquals("Brukarmedverknad", Themes.USER_PARTICIPATION.getLabel(Language.NN));
    assertEquals("Førebygging", Themes.PREVENTION.getLabel(Language.NN));
  }

  @Test
  void test_builtIn_everyStemFindsItself() {
    for (Theme theme : Themes.builtIn().getThemes()) {
      for (Language language : List.of(Language.NB, Language.NN)) {
        for (String stem : theme.getStems(language)) {
          assertTrue(theme.matches("Tiltak: " + stem + "ane"), () -> theme + " misses its own stem " + stem);
        }
      }
    }
  }

  @Test
  void test_matching_inOrder() {
    assertEquals(List.of(Themes.WELFARE_TECHNOLOGY, Themes.HOUSING), Themes.builtIn().matching("Digital "
        + "heimeoppfølging"));
    assertEquals(List.of(), Themes.builtIn().matching("Samhandle godt i plan og utviklingsarbeid"));
  }

  @Test
  void test_with_addsAndReplaces() {
    Theme nutrition = Theme.of("ernaering", "Ernæring", "ernæring");
    Theme narrowDementia = Theme.of("demens", "Demens", "demens");
    Themes themes = Themes.builtIn().with(nutrition, narrowDementia);
    assertEquals(13, themes.getThemes().size());
    assertEquals(narrowDementia, themes.getThemes().get(0));
    assertEquals(nutrition, themes.get("ernaering").orElseThrow());
    assertEquals(12, Themes.builtIn().getThemes().size(), "the built-in set is unchanged");
    assertEquals("[demens, parorande]", Themes.of(Themes.DEMENTIA, Themes.NEXT_OF_KIN).toString());
  }

  /**
   * The matcher agrees with its definition as a regular expression (a stem, longest first, where no letter or
   * digit precedes it; a match discarded when an exclusion begins at the same place, and the scan going on after
   * it), over seeded random texts built from the built-in stems, exclusions, Norwegian words, digits, dashes,
   * elliptic compounds and letters outside Latin-1. (Letters outside the Basic Multilingual Plane are left out:
   * there the regular expression saw only the second half of the surrogate pair, not a letter; see the next test.)
   */
  @ParameterizedTest(name = "case {0}")
  @MethodSource("randomCases")
  void test_matches_agreesWithRegularExpression(int n) {
    long seed = Long.getLong("helseplan.seed", 20261126L) + n;
    java.util.Random random = new java.util.Random(seed);
    List<Theme> themes = Themes.builtIn().getThemes();
    List<String> words = new java.util.ArrayList<>(List.of("og", "eller", "i", "til", "heim", "teneste", "2025",
        "x2", "½", "Ⅳ", "ǅ", "ſ", "😀", "\u2011", "\u2212", "\t", "\u000B",
        "\f\r", "\u2015", "\u00ad", "-", "–", " ", "  ", ",", "(", "/", "brukar-", "pårørande-", "\n"));
    for (Theme theme : themes) {
      words.addAll(theme.getStems(Language.NB));
      words.addAll(theme.getStems(Language.NN));
      words.addAll(theme.getExclusions());
    }
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(30); i > 0; i--) {
      String word = words.get(random.nextInt(words.size()));
      if (random.nextInt(4) == 0) {
        word = word.toUpperCase(java.util.Locale.ROOT);
      }
      text.append(word);
      if (random.nextInt(3) > 0) {
        text.append(random.nextBoolean() ? " " : random.nextBoolean() ? "" : "-");
      }
    }
    String value = text.toString();
    String composed = java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFC).replace("\u00ad", "")
        .toLowerCase(java.util.Locale.ROOT);
    assertEquals(composed.replaceAll("[\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212]", "-").replaceAll("\\s+", " "),
        Theme.normalise(value), () -> "seed " + seed + ": «" + value + "»");
    for (Theme theme : themes) {
      assertEquals(byRegularExpression(theme, value), theme.matches(value),
          () -> "seed " + seed + ", theme " + theme.getId() + ": «" + value + "»");
    }
  }

  /** A letter outside the Basic Multilingual Plane is a letter: a stem right after it is inside a word. */
  @Test
  void test_matches_lettersBeyondTheBasicPlane() {
    Theme dementia = Theme.of("demens", "Demens", "demens");
    assertFalse(dementia.matches("\uD835\uDD1Edemens"));   // 𝔞demens
    assertTrue(dementia.matches("\uD83D\uDE00demens"));    // 😀demens: an emoji is no letter
  }

  static Stream<Integer> randomCases() {
    return java.util.stream.IntStream.range(0, 300).boxed();
  }

  /** The definition: the regular expression the matcher was first written as. */
  private static boolean byRegularExpression(Theme theme, String text) {
    Set<String> all = new java.util.LinkedHashSet<>(theme.getStems(Language.NB));
    all.addAll(theme.getStems(Language.NN));
    java.util.regex.Pattern pattern = alternation(all);
    java.util.regex.Pattern exclusion = theme.getExclusions().isEmpty() ? null : alternation(theme.getExclusions());
    String normalised = Theme.normalise(text);
    return find(pattern, exclusion, normalised) || find(pattern, exclusion, Theme.ellipticCompounds(normalised));
  }

  private static java.util.regex.Pattern alternation(java.util.Collection<String> stems) {
    List<String> sorted = new java.util.ArrayList<>(stems);
    sorted.sort(java.util.Comparator.comparingInt(String::length).reversed());
    return java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
        + sorted.stream().map(java.util.regex.Pattern::quote).collect(Collectors.joining("|")) + ")");
  }

  private static boolean find(java.util.regex.Pattern pattern, java.util.regex.Pattern exclusion, String text) {
    if (text.isEmpty()) {
      return false;
    }
    java.util.regex.Matcher matcher = pattern.matcher(text);
    java.util.regex.Matcher excluded = exclusion == null ? null : exclusion.matcher(text);
    while (matcher.find()) {
      if (excluded == null || !excluded.region(matcher.start(), text.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }
}
