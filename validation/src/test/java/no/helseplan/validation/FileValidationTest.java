package no.helseplan.validation;

import no.helseplan.io.Severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Validating files: the five real plans transcribed in the examples module validate without errors, and a
 * broken file yields the io module's located read problems and the semantic findings in one report.
 */
class FileValidationTest {
  private static final Path EXAMPLES = Path.of("..", "examples", "src", "main", "resources", "no", "helseplan",
      "examples");
  private static final PlanValidator NN = PlanValidator.forLanguage(Language.NN);

  private static final String HEAD = "formatVersion: \"1.0\"\n"
      + "id: test-plan\n"
      + "title: Handlingsplan 2025-2028\n"
      + "kind: action_plan\n"
      + "municipality: {number: \"1515\", name: Herøy}\n"
      + "language: nn\n"
      + "period: {start: 2025, end: 2028}\n";
  private static final String MEASURES = "measures:\n"
      + "  - id: tiltak-1\n"
      + "    title: Opplæring i velferdsteknologi\n"
      + "    goals: [\"mal-9\"]\n"
      + "    timeframe: Haust 2025\n"
      + "    responsibility: Dagleg leiar ved Svingen\n";

  // validateFile(Path): the real plans

  @ParameterizedTest
  @ValueSource(strings = {"heroy.yaml", "hustadvika.yaml", "rodoy.yaml", "sor-varanger.yaml", "voss.yaml"})
  void test_validateFile_realPlansHaveNoErrors(String name) {
    Path file = EXAMPLES.resolve(name);
    assertTrue(Files.exists(file), file.toAbsolutePath().toString());
    ValidationReport report = NN.validateFile(file);
    assertTrue(report.isValid(), () -> name + ":\n" + report.getFindings(Severity.ERROR).stream()
        .map(Finding::toString).collect(Collectors.joining("\n")));
    assertTrue(report.getFindings().stream().allMatch(f -> f.getRule().isPresent() || f.getLine().isPresent()),
        report::toString);
  }

  // validateFile(Path): a broken file

  @Test
  void test_validateFile_readProblemsAreLocated(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("plan.yaml");
    Files.writeString(file, HEAD + "tidsfrist: 2025\n" + MEASURES, StandardCharsets.UTF_8);
    ValidationReport report = NN.validateFile(file);
    assertFalse(report.isValid());
    Finding first = report.getFindings().get(0);
    assertEquals(OptionalInt.of(8), first.getLine(), first::toString);
    assertTrue(first.getColumn().isPresent(), first::toString);
    assertTrue(first.getMessage().contains("tidsfrist"), first::toString);
    assertTrue(first.getRule().isEmpty());
    assertTrue(report.toJson().contains("\"line\":8"), report::toJson);
  }

  @Test
  void test_validateFile_semanticFindingsOfAReadablePlan(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("plan.yaml");
    Files.writeString(file, HEAD + MEASURES, StandardCharsets.UTF_8);
    ValidationReport report = NN.validateFile(file);
    List<String> errors = report.getFindings(Severity.ERROR).stream().map(f -> f.getCode() + " " + f.getPointer())
        .collect(Collectors.toList());
    assertEquals(List.of("goal.unknown /measures/0/goals/0"), errors, report::toString);
    assertEquals("Det blir vist til målet «mal-9», men det finst ikkje i planen",
        report.getFindings(Severity.ERROR).get(0).getMessage());
  }
}
