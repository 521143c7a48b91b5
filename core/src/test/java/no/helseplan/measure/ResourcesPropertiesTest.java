package no.helseplan.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import no.helseplan.text.RandomText;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of {@link Resources#parse} and {@link ResourceNeed#describe}, over seeded generators: the seed is
 * {@code -Dhelseplan.seed} (fixed by default) plus the case number, named in every failure message.
 */
class ResourcesPropertiesTest {
  static final long SEED = Long.getLong("helseplan.seed", 20261126L);
  static final String[] VOCABULARY = {"Egne", "rammer", "/", "OU", "midler", "Krever", "ekstra", "kr", "500", "000",
      "0,5", "mill.", "årsverk", "seksjon", "1-2", "nye", "%", "stilling", "og", "eller", "og/eller", ",", ";",
      "Investe-", "ring", ":", "til", "1.500.000", ",-", "tusen", "mrd", "99999999999999999999", "–", "prosent"};

  static IntStream cases() {
    return IntStream.range(0, 400);
  }

  /** describe then parse gives back the same need, in nb and in nn. */
  @ParameterizedTest(name = "case {0}")
  @MethodSource("cases")
  void test_describe_parse_roundTrip(int n) {
    ResourceNeed need = new ResourceNeedGenerator(SEED + n).next();
    for (Language language : new Language[] {Language.NB, Language.NN}) {
      String description = need.describe(language);
      Resources back = Resources.parse(description, language);
      assertEquals(List.of(ResourceNeed.builder().from(need).text(description).build()), back.getNeeds(),
          () -> "seed " + (SEED + n) + " (case " + n + "), " + language + ": «" + description + "» from " + need);
    }
  }

  /** Several needs described together, " / " between them, are read back as the same needs in order. */
  @ParameterizedTest(name = "case {0}")
  @MethodSource("cases")
  void test_describe_parse_roundTrip_severalNeeds(int n) {
    ResourceNeedGenerator generator = new ResourceNeedGenerator(SEED + n);
    List<ResourceNeed> needs = new ArrayList<>();
    for (int i = 0; i <= n % 3; i++) {
      needs.add(generator.next());
    }
    Resources resources = Resources.builder().text("generated").addAllNeeds(needs).build();
    for (Language language : new Language[] {Language.NB, Language.NN}) {
      String description = resources.describe(language);
      List<ResourceNeed> expected = new ArrayList<>();
      for (ResourceNeed need : needs) {
        expected.add(ResourceNeed.builder().from(need).text(need.describe(language)).build());
      }
      assertEquals(expected, Resources.parse(description, language).getNeeds(),
          () -> "seed " + (SEED + n) + ", " + language + ": «" + description + "»");
    }
  }

  /** No string makes the parser throw; the text comes back verbatim; every need's text is a piece of it. */
  @ParameterizedTest(name = "case {0}")
  @MethodSource("cases")
  void test_parse_neverThrows(int n) {
    RandomText random = new RandomText(SEED + n);
    String text = n % 50 == 0 ? random.huge(100_000, VOCABULARY) : random.next(VOCABULARY);
    for (Language language : Language.values()) {
      Resources r = Resources.parse(text, language);
      assertEquals(text, r.getText(), () -> "seed " + (SEED + n));
      for (ResourceNeed need : r.getNeeds()) {
        assertFalse(!text.contains(need.getText()), () -> "seed " + (SEED + n) + ": «" + need.getText()
            + "» is not a piece of the text");
        need.describe(language);
      }
    }
  }
}
