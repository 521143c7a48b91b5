package no.helseplan.examples.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.helseplan.analysis.Table;
import no.helseplan.examples.Examples;
import no.helseplan.io.PlanFormat;
import no.helseplan.io.PlanReader;
import no.helseplan.plan.Plan;
import no.helseplan.timeframe.TimeframeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgramsTest {

  private static String captureOut(Runnable body) {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      body.run();
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  // BuildPlan

  @Test
  void test_buildPlan_main_printsAValidPlanThatReadsBack() {
    String out = captureOut(() -> BuildPlan.main(new String[0]));
    List<String> lines = out.lines().toList();
    assertEquals("# Handlingsplan for meistring 2025–2028: 2 tiltak, {ERROR=0, WARNING=0, INFO=0}", lines.get(0));
    assertTrue(lines.contains("    timeframe: Haust 2025"), out);
    Plan read = PlanReader.strict().read(out.substring(out.indexOf('\n') + 1), PlanFormat.YAML);
    assertEquals(BuildPlan.build(), read);
    assertEquals(TimeframeKind.SPAN, read.getFocusAreas().get(0).getMeasures().get(0).getTimeframe().orElseThrow()
        .getKind());
  }

  // ValidatePlanFile

  @Test
  void test_validatePlanFile_realPlan_nynorskReport_exit0(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("heroy.yaml");
    try (var in = Examples.class.getResourceAsStream("/no/helseplan/examples/heroy.yaml")) {
      Files.copy(in, file);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int code = ValidatePlanFile.run(new String[] {file.toString()}, new PrintStream(bytes, true,
        StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, out);
    assertTrue(out.contains("Åtvaring heroy.yaml /focusAreas/1/measures/0/responsibility: Tiltaket «Etablere Svingen"
        + " dagaktivitetstilbod» manglar ansvar [measure.responsibility.missing]"), out);
    assertTrue(out.lines().toList().contains("heroy.yaml: 0 feil, 4 åtvaringar, 43 merknader"), out);
  }

  @Test
  void test_validatePlanFile_unknownProperty_locatedNynorskError_exit1(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("feil.yaml");
    Files.writeString(file, "formatVersion: \"1.0\"\nid: x\ntitle: T\nkind: action_plan\n"
        + "municipality: {number: \"1515\", name: Herøy}\nlanguage: nn\ntimeFrame: 2025\n", StandardCharsets.UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int code = ValidatePlanFile.run(new String[] {file.toString()}, new PrintStream(bytes, true,
        StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(1, code, out);
    assertEquals(List.of("Feil feil.yaml:7:12 /timeFrame: Ukjend eigenskap «timeFrame». [io.unknown-property]",
        "feil.yaml: 1 feil, 0 åtvaringar, 0 merknader"), out.lines().toList());
  }

  @Test
  void test_validatePlanFile_noArgument_usage_exit2() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    assertEquals(2, ValidatePlanFile.run(new String[0], new PrintStream(bytes, true, StandardCharsets.UTF_8)));
    assertTrue(bytes.toString(StandardCharsets.UTF_8).startsWith("Bruk: ValidatePlanFile"));
  }

  // ExportMeasures

  @Test
  void test_exportMeasures_main_writesEveryMeasure(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("tiltak.csv");
    ExportMeasures.main(new String[] {csv.toString()});
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertEquals(1 + 65 + 28 + 27 + 51 + 44, lines.size());
    assertEquals("municipality,municipality_number,plan,focus_area,id,title,timeframe,timeframe_kind,earliest,"
        + "latest,responsibility,lead_kind,resources,financing", lines.get(0));
    assertTrue(lines.contains("Herøy,1515,heroy-handlingsplan-2025,Førebygging,tiltak-3-9,Styrke ressurs knytt til"
        + " tilrettelegging av heimen,2026,point,2026-01-01,2026-12-31,Leiargruppe i helse og omsorg,"
        + "leadership_group,1 årsverk seksjon rehabilitering,"), String.join("\n", lines.subList(0, 20)));
  }

  @Test
  void test_exportMeasures_stdout_sameAsTable() throws Exception {
    String out = captureOut(() -> {
      try {
        ExportMeasures.main(new String[0]);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    Table table = ExportMeasures.table(Examples.all());
    assertEquals(table.toCsv(), out);
    assertEquals(215, table.getRowCount());
  }
}
