package no.helseplan.validation;

import no.helseplan.io.Severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import no.helseplan.plan.Plan;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The report: validity, counts, order, the read-problem hook and the JSON form. */
class ValidationReportTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  static Finding finding(Rule rule, Severity severity, String pointer) {
    return Finding.of(rule, severity, pointer, "v", rule.getMessageKey(), "melding om «v»");
  }

  // isValid(), count(Severity), getCounts()

  @Test
  void test_isValid_warningsAndInfoAreValid() {
    ValidationReport report = ValidationReport.of(Language.NN, List.of(
        finding(Rule.MEASURE_ONGOING, Severity.INFO, "/measures/0/timeframe"),
        finding(Rule.GOAL_UNSERVED, Severity.WARNING, "/goals/0")));
    assertTrue(report.isValid());
    assertEquals(Map.of(Severity.ERROR, 0, Severity.WARNING, 1, Severity.INFO, 1), report.getCounts());
    assertEquals(1, report.count(Severity.WARNING));
    assertEquals(List.of(report.getFindings().get(1)), report.getFindings(Severity.WARNING));
  }

  @Test
  void test_isValid_oneErrorIsInvalid() {
    ValidationReport report = ValidationReport.of(Language.NB, List.of(
        finding(Rule.GOAL_UNKNOWN, Severity.ERROR, "/measures/0/goals/0")));
    assertFalse(report.isValid());
    assertEquals(1, report.count(Severity.ERROR));
  }

  @Test
  void test_isValid_emptyReportIsValid() {
    ValidationReport report = ValidationReport.of(Language.EN, List.of());
    assertTrue(report.isValid());
    assertEquals(Map.of(Severity.ERROR, 0, Severity.WARNING, 0, Severity.INFO, 0), report.getCounts());
  }

  // withReadProblems(List)

  @Test
  void test_withReadProblems_comeFirstAndCount() {
    ValidationReport semantic = ValidationReport.of(Language.NN, List.of(
        finding(Rule.MEASURE_ONGOING, Severity.INFO, "/measures/0/timeframe")));
    Finding read = Finding.ofReadProblem("/focusAreas/0/measures/2/timeframe", 41, 17, "io.unknown-property",
        Severity.ERROR, "Ukjend eigenskap «tidsfrist» i linje 41, kolonne 17");
    ValidationReport combined = semantic.withReadProblems(List.of(read));
    assertEquals(List.of(read, semantic.getFindings().get(0)), combined.getFindings());
    assertFalse(combined.isValid());
    assertEquals(OptionalInt.of(41), read.getLine());
    assertEquals(OptionalInt.of(17), read.getColumn());
    assertEquals(Optional.empty(), read.getRule());
    assertEquals("io.unknown-property", read.getCode());
  }

  @Test
  void test_ofReadProblem_unknownLineAndColumn() {
    Finding read = Finding.ofReadProblem("", 0, -3, "io.syntax", Severity.ERROR, "Ugyldig JSON");
    assertEquals(OptionalInt.empty(), read.getLine());
    assertEquals(OptionalInt.empty(), read.getColumn());
  }

  @Test
  void test_validate_readProblemsAndPlan() {
    PlanValidator validator = PlanValidator.forLanguage(Language.NN);
    Finding read = Finding.ofReadProblem("/kind", 3, 9, "io.unknown-value", Severity.ERROR, "Ukjend plantype");
    Plan plan = Plans.plan().title("").build();
    ValidationReport report = validator.validate(List.of(read), Optional.of(plan));
    assertEquals(List.of("io.unknown-value /kind", "text.required /title"), report.getFindings().stream()
        .map(f -> f.getCode() + " " + f.getPointer()).collect(java.util.stream.Collectors.toList()));
    ValidationReport unreadable = validator.validate(List.of(read), Optional.empty());
    assertEquals(List.of(read), unreadable.getFindings());
    assertEquals(Language.NN, unreadable.getLanguage());
  }

  // toJson()

  @Test
  void test_toJson_shapeAndValues() {
    Finding read = Finding.ofReadProblem("/period", 2, 5, "io.type", Severity.ERROR, "Forventa eit tal");
    ValidationReport report = PlanValidator.forLanguage(Language.NN)
        .validate(Plans.plan(Plans.areaWith(Plans.measure("tiltak-1").addGoals("mal-9").build())).build())
        .withReadProblems(List.of(read));
    JsonNode json = JSON.readTree(report.toJson());
    assertEquals("nn", json.get("language").asString());
    assertFalse(json.get("valid").asBoolean());
    assertEquals(2, json.get("counts").get("error").asInt());
    assertEquals(0, json.get("counts").get("warning").asInt());
    assertEquals(0, json.get("counts").get("info").asInt());
    JsonNode first = json.get("findings").get(0);
    assertEquals("io.type", first.get("code").asString());
    assertEquals(2, first.get("line").asInt());
    assertEquals(5, first.get("column").asInt());
    assertFalse(first.has("value"));
    JsonNode second = json.get("findings").get(1);
    assertEquals("goal.unknown", second.get("code").asString());
    assertEquals("error", second.get("severity").asString());
    assertEquals("/focusAreas/0/measures/0/goals/1", second.get("pointer").asString());
    assertEquals("mal-9", second.get("value").asString());
    assertEquals("Det blir vist til målet «mal-9», men det finst ikkje i planen", second.get("message").asString());
    assertFalse(second.has("line"));
  }

  // of(Language, List)

  @Test
  void test_of_isImmutable() {
    ValidationReport report = ValidationReport.of(Language.NB, List.of(
        finding(Rule.GOAL_UNKNOWN, Severity.ERROR, "/measures/0/goals/0")));
    assertThrows(UnsupportedOperationException.class, () -> report.getFindings().clear());
    assertThrows(UnsupportedOperationException.class, () -> report.getCounts().put(Severity.INFO, 9));
  }
}
