package no.helseplan.validation;

import no.helseplan.io.Severity;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import no.helseplan.plan.Plan;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Property: whatever plan it is given, the validator does not throw, and every finding it returns is well
 * formed: a known rule, a pointer that resolves in the plan's JSON form (or, for a missing property, whose
 * parent does), a message without raw keys that quotes the value verbatim even when the value looks like a
 * template. Plans come from {@link BrokenPlans} with a fixed seed; set another with {@code -Dhelseplan.seed}.
 */
class NeverThrowsTest {
  private static final long SEED = Long.getLong("helseplan.seed", 20261126L);
  private static final int CASES = 300;
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  /** Rules whose pointer names a property that is absent or empty, so only its parent is in the file. */
  private static final Set<Rule> POINT_AT_ABSENT = Set.of(Rule.MEASURE_RESPONSIBILITY_MISSING,
      Rule.MEASURE_TIMEFRAME_MISSING, Rule.FOCUS_AREA_WITHOUT_GOALS);
  private static final List<PlanValidator> VALIDATORS = List.of(
      PlanValidator.builder().language(Language.NN).municipalities(RuleTest.REGISTER)
          .writtenStandard(RuleTest.DETECTOR).build(),
      PlanValidator.forLanguage(Language.EN));

  static Stream<Arguments> data_plans() {
    return IntStream.range(0, CASES).mapToObj(i -> Arguments.of(SEED, i));
  }

  @ParameterizedTest(name = "seed {0} case {1}")
  @MethodSource("data_plans")
  void test_validate_neverThrowsAndFindingsAreWellFormed(long seed, int index) {
    String where = "seed " + seed + " case " + index + " (rerun with -Dhelseplan.seed=" + seed + ")";
    Plan plan = new BrokenPlans(new Random(seed * 1_000_003L + index)).plan();
    JsonNode tree = JSON.valueToTree(plan);
    for (PlanValidator validator : VALIDATORS) {
      ValidationReport report = assertDoesNotThrow(() -> validator.validate(plan), where);
      assertEquals(report.getFindings(), validator.validate(plan).getFindings(), where + ": not deterministic");
      assertEquals(report.count(Severity.ERROR) == 0, report.isValid(), where);
      JsonNode json = assertDoesNotThrow(() -> JSON.readTree(report.toJson()), where);
      assertEquals(report.getFindings().size(), json.get("findings").size(), where);
      for (Finding f : report.getFindings()) {
        String at = where + ": " + f;
        Rule rule = f.getRule().orElseThrow(() -> new AssertionError("no rule: " + at));
        assertEquals(rule.getCode(), f.getCode(), at);
        assertTrue(rule.getSeverity(plan.getKind()).isPresent(), at);
        assertTrue(f.getPointer().isEmpty() || f.getPointer().startsWith("/"), at);
        String resolvable = POINT_AT_ABSENT.contains(rule)
            ? f.getPointer().substring(0, f.getPointer().lastIndexOf('/')) : f.getPointer();
        assertFalse(tree.at(resolvable).isMissingNode(), "pointer does not resolve: " + at);
        assertFalse(f.getMessage().isBlank(), at);
        String quoted = f.getValue().map(v -> WHITESPACE.matcher(v.strip()).replaceAll(" ")).orElse("");
        if (!quoted.isEmpty() && quoted.length() < 80) {
          assertTrue(f.getMessage().contains(quoted), "value not quoted verbatim: " + at);
        }
        String template = quoted.isEmpty() ? f.getMessage() : f.getMessage().replace(quoted, "");
        assertFalse(template.contains("{") || template.contains("}"), "raw key or parameter: " + at);
      }
    }
  }
}
