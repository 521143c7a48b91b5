package no.helseplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SummaryCommandTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir
  Path dir;

  private static JsonNode bundledJson() {
    Cli cli = Cli.run("summary", "--format", "json");
    assertEquals(Helseplan.OK, cli.code, cli::toString);
    return JSON.readTree(cli.out);
  }

  // the JSON contract on the five bundled real plans (counted by hand in the plan files)

  @ParameterizedTest
  @CsvSource({
      "0, heroy-handlingsplan-2025,              1515, Herøy,        nn, 6, 22,  0, 65",
      "1, sor-varanger-strategisk-plan-2020,     5444, Sør-Varanger, nb, 3, 13,  0, 28",
      "2, hustadvika-helse-og-velferdsplan-2026, 1579, Hustadvika,   nb, 8, 31, 99, 27",
      "3, voss-parorandestrategi-2025,           4621, Voss,         nn, 0,  3,  6, 51",
      "4, rodoy-helse-og-omsorgsplan,            ,     Rødøy,        nb, 7, 56,  0, 44",
  })
  void test_summary_json_bundledPlans(int index, String id, String number, String name, String language,
      int focusAreas, int goals, int strategies, int measures) {
    JsonNode plans = bundledJson();
    assertEquals(5, plans.size());
    JsonNode plan = plans.get(index);
    assertEquals(Set.of("plan", "id", "municipality", "language", "focusAreas", "goals", "strategies",
        "measures", "timeframeKinds", "measuresWithoutTimeframe"), new TreeSet<>(plan.propertyNames()));
    assertEquals(id, plan.get("id").asString());
    assertTrue(!plan.get("plan").asString().isBlank());
    assertEquals(name, plan.get("municipality").get("name").asString());
    if (number != null) {
      assertEquals(number, plan.get("municipality").get("number").asString());
    }
    assertTrue(plan.get("municipality").get("number").asString().matches("\\d{4}"), plan::toString);
    assertEquals(language, plan.get("language").asString());
    assertEquals(focusAreas, plan.get("focusAreas").asInt(), id);
    assertEquals(goals, plan.get("goals").asInt(), id);
    assertEquals(strategies, plan.get("strategies").asInt(), id);
    assertEquals(measures, plan.get("measures").asInt(), id);
    JsonNode kinds = plan.get("timeframeKinds");
    assertEquals(List.of("ongoing", "recurring", "point", "span", "relative", "unspecified", "unrecognised"),
        List.copyOf(kinds.propertyNames()));
    int sum = plan.get("measuresWithoutTimeframe").asInt();
    for (JsonNode count : kinds) {
      sum += count.asInt();
    }
    assertEquals(measures, sum, () -> "time-frame kinds do not add up to the measures: " + plan);
  }

  @Test
  void test_summary_json_heroyTimeframeMix() {
    JsonNode heroy = bundledJson().get(0);
    assertEquals("Handlingsplan for perioden 2025 - 2028", heroy.get("plan").asString());
    JsonNode kinds = heroy.get("timeframeKinds");
    assertEquals(43, kinds.get("ongoing").asInt());
    assertEquals(4, kinds.get("recurring").asInt());
    assertEquals(14, kinds.get("point").asInt());
    assertEquals(1, kinds.get("span").asInt());
  }

  @Test
  void test_summary_text_tables() {
    Cli cli = Cli.run("summary");
    assertEquals(Helseplan.OK, cli.code, cli::toString);
    assertTrue(cli.out.contains("Measures by kind of time frame"), cli::toString);
    assertTrue(cli.out.contains("Measures by kind of lead"), cli::toString);
    assertTrue(cli.out.contains("Resources"), cli::toString);
    String heroy = cli.out.lines().filter(l -> l.startsWith("Herøy ")).findFirst().orElseThrow();
    assertTrue(heroy.matches("Herøy\\s+heroy-handlingsplan-2025\\s+nn\\s+6\\s+22\\s+0\\s+65"), heroy);
    Cli nn = Cli.run("summary", "--lang", "nn");
    assertTrue(nn.out.contains("Innsatsområde"), nn::toString);
    assertTrue(nn.out.contains("Tiltak etter slag ansvarleg"), nn::toString);
  }

  @Test
  void test_summary_files() throws IOException {
    Path file = dir.resolve("good.yaml");
    Files.writeString(file, ValidateCommandTest.GOOD);
    Cli cli = Cli.run("summary", "--format", "json", file.toString());
    assertEquals(Helseplan.OK, cli.code, cli::toString);
    JsonNode plan = JSON.readTree(cli.out).get(0);
    assertEquals("Testplan", plan.get("plan").asString());
    assertEquals(1, plan.get("goals").asInt());
    assertEquals(1, plan.get("measures").asInt());
    assertEquals(1, plan.get("timeframeKinds").get("point").asInt(), plan::toString);
  }

  @Test
  void test_summary_badAndMissingFiles() throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, ValidateCommandTest.HEAD + "timeFrame: Haust 2025\n");
    Cli invalid = Cli.run("summary", bad.toString());
    assertEquals(Helseplan.INVALID, invalid.code, invalid::toString);
    assertTrue(invalid.err.contains(bad + ":8:12 /timeFrame:"), invalid::toString);
    Cli missing = Cli.run("summary", dir.resolve("nothere.json").toString());
    assertEquals(Helseplan.USAGE, missing.code, missing::toString);
    assertTrue(missing.err.contains("nothere.json: no such file"), missing::toString);
  }
}
