package no.helseplan.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import no.helseplan.plan.Plan;
import no.helseplan.testing.PlanGenerator;
import no.helseplan.testing.Seeds;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: the walk of a plan's elements finds exactly what Bean Validation's cascade finds ({@link
 * CascadeReference}), the same findings with the same pointers, values, severities and messages, on broken and on
 * generated plans, in every language. The seed is in every failure message; set another with
 * {@code -Dhelseplan.seed}.
 */
class ElementWalkTest {
  private static final int CASES = 200;
  /** The rules the walk reports; each must occur in the cases, or the comparison proves little. */
  private static final Set<Rule> ELEMENT_RULES = EnumSet.of(Rule.TEXT_REQUIRED, Rule.YEAR_OUT_OF_RANGE,
      Rule.PERIOD_REVERSED, Rule.AMOUNT_REVERSED, Rule.AMOUNT_NEGATIVE, Rule.SDG_UNKNOWN,
      Rule.RESPONSIBILITY_LEAD_MISSING);
  private static final Set<Rule> SEEN = EnumSet.noneOf(Rule.class);
  private static final Set<String> SHAPES = new TreeSet<>();

  private static final List<PlanValidator> WALKS = validators(false);
  private static final List<PlanValidator> CASCADES = validators(true);

  private static List<PlanValidator> validators(boolean cascade) {
    return Stream.of(Language.values()).map(language -> {
      PlanValidator.Builder builder = PlanValidator.builder().language(language)
          .municipalities(RuleTest.REGISTER).writtenStandard(RuleTest.DETECTOR);
      return (cascade ? builder.constraints(CascadeReference::addTo) : builder).build();
    }).toList();
  }

  static Stream<Arguments> data_cases() {
    long seed = Seeds.seed();
    return IntStream.range(0, CASES).mapToObj(i -> Arguments.of(seed, i));
  }

  @ParameterizedTest(name = "seed {0} case {1}")
  @MethodSource("data_cases")
  void test_walk_findsWhatTheCascadeFinds_onBrokenPlans(long seed, int index) {
    Plan plan = new BrokenPlans(new Random(seed * 1_000_003L + index)).plan();
    assertSame(plan, "broken plan, seed " + seed + " case " + index + " (rerun with -Dhelseplan.seed=" + seed + ")");
  }

  @ParameterizedTest(name = "seed {0} case {1}")
  @MethodSource("data_cases")
  void test_walk_findsWhatTheCascadeFinds_onGeneratedPlans(long seed, int index) {
    if (index % 10 != 0) {
      return;
    }
    Plan plan = new PlanGenerator(Seeds.random(seed, index)).plan();
    assertSame(plan, "generated plan, seed " + seed + " case " + index + " (rerun with -Dhelseplan.seed=" + seed
        + ")");
  }

  @Test
  void test_walk_findsWhatTheCascadeFinds_onThePlantedDefects() {
    assertSame(PlantedDefectsTest.PLAN, "the plan of PlantedDefectsTest");
  }

  /** {@code @NotBlank} means {@link String#isBlank()}: white space such as an em space is blank, a no-break space
   * or a control character is not; the walk decides the same. */
  @Test
  void test_walk_blankMeansWhatNotBlankMeans() {
    for (String title : List.of("", " ", "\t\n", "\u0000", "\u2003", "\u00a0", " x ")) {
      assertSame(Plans.plan().title(title).build(), "title " + title.codePoints().boxed().toList());
    }
    assertTrue(requiredTextFindings("\u2003") == 1 && requiredTextFindings("\u00a0") == 0
        && requiredTextFindings("\u0000") == 0);
  }

  private static long requiredTextFindings(String title) {
    return WALKS.get(0).validate(Plans.plan().title(title).build()).getFindings().stream()
        .filter(f -> f.getRule().equals(Optional.of(Rule.TEXT_REQUIRED))).count();
  }

  @AfterAll
  static void everyElementRuleWasCompared() {
    assertEquals(ELEMENT_RULES, SEEN, "element rules met in the cases; pointer shapes: " + SHAPES);
  }

  private static void assertSame(Plan plan, String where) {
    for (int i = 0; i < WALKS.size(); i++) {
      List<Finding> expected = CASCADES.get(i).validate(plan).getFindings();
      List<Finding> actual = WALKS.get(i).validate(plan).getFindings();
      assertEquals(expected, actual, where + ", " + WALKS.get(i).getLanguage());
      for (Finding f : expected) {
        f.getRule().filter(ELEMENT_RULES::contains).ifPresent(rule -> {
          synchronized (SEEN) {
            SEEN.add(rule);
            SHAPES.add(f.getPointer().replaceAll("/[0-9]+", "/*"));
          }
        });
      }
    }
  }
}
