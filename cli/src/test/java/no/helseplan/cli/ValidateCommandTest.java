package no.helseplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidateCommandTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern COMPILER_LINE =
      Pattern.compile("[^:]+:\\d+:\\d+: (error|warning|info) [a-z.\\-]+( \\[/[^\\]]*\\])?: .+");

  static final String HEAD = "formatVersion: \"1.0\"\nid: test-plan\ntitle: Testplan\nkind: action_plan\n"
      + "municipality: {number: \"1515\", name: Herøy}\nlanguage: nn\nperiod: {start: 2025, end: 2028}\n";

  static final String GOOD = HEAD
      + "goals:\n  - id: m-1\n    statement: Alle får meistre eige liv\n"
      + "measures:\n  - id: t-1\n    title: Kurs for tilsette\n    goals: [m-1]\n    timeframe: Haust 2025\n"
      + "    responsibility: Einingsleiar heimetenesta\n";

  @TempDir
  Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static void assertCompilerLines(Cli cli) {
    for (String line : cli.out.split("\n")) {
      if (!line.endsWith(")")) {
        assertTrue(COMPILER_LINE.matcher(line).matches(), "not file:line:column: severity code: message: "
            + line + "\n" + cli);
      }
    }
  }

  // good files

  @Test
  void test_validate_goodFile_exit0() throws IOException {
    Path file = write("good.yaml", GOOD);
    Cli cli = Cli.run("validate", file.toString());
    assertEquals(Helseplan.OK, cli.code, cli::toString);
    assertTrue(cli.out.contains(file + ": OK (feil: 0, advarsel: 0)"), cli::toString);
  }

  @ParameterizedTest
  @ValueSource(strings = {"heroy", "sor-varanger", "hustadvika", "voss", "rodoy"})
  void test_validate_bundledPlans_noFormatErrors(String name) throws IOException {
    Path file = dir.resolve(name + ".yaml");
    try (InputStream in = getClass().getClassLoader()
        .getResourceAsStream("no/helseplan/examples/" + name + ".yaml")) {
      Files.write(file, in.readAllBytes());
    }
    Cli cli = Cli.run("validate", "--format", "json", file.toString());
    JsonNode report = JSON.readTree(cli.out).get(0);
    assertEquals(file.toString(), report.get("file").asString());
    for (JsonNode finding : report.get("findings")) {
      assertFalse(finding.get("code").asString().startsWith("io."), () -> "read problem in " + name + ": "
          + finding);
    }
    assertEquals(report.get("valid").asBoolean() ? Helseplan.OK : Helseplan.INVALID, cli.code, cli::toString);
  }

  // bad files: format and semantic errors, located

  @Test
  void test_validate_unknownProperty_locatedError() throws IOException {
    Path file = write("unknown.yaml", HEAD + "timeFrame: Haust 2025\n");
    Cli cli = Cli.run("validate", "--lang", "nn", file.toString());
    assertEquals(Helseplan.INVALID, cli.code, cli::toString);
    assertTrue(cli.out.contains(file + ":8:12: error io.unknown-property [/timeFrame]: Ukjend eigenskap «timeFrame»."),
        cli::toString);
    assertCompilerLines(cli);
  }

  @Test
  void test_validate_duplicateIdAndMissingLead_semanticFindingsMappedToLines() throws IOException {
    Path file = write("bad.yaml", HEAD
        + "measures:\n"
        + "  - id: t-1\n    title: Kurs\n    timeframe: Haust 2025\n    responsibility: Einingsleiar\n"
        + "  - id: t-1\n    title: Opplæring\n    timeframe: Haust 2026\n"
        + "    responsibility: i samarbeid med frivillige\n");
    Cli cli = Cli.run("validate", "--lang", "en", file.toString());
    assertEquals(Helseplan.INVALID, cli.code, cli::toString);
    assertTrue(cli.out.contains(file + ":13:5: error id.duplicate [/measures/1/id]: The id \"t-1\" is already "
        + "used at /measures/0"), cli::toString);
    assertTrue(cli.out.contains(file + ":16:5: warning responsibility.lead.missing [/measures/1/responsibility]:"),
        cli::toString);
    assertTrue(cli.out.contains(file + ": INVALID (error: 1, warning: "), cli::toString);
    assertCompilerLines(cli);
  }

  @Test
  void test_validate_onlyWarnings_exit0() throws IOException {
    Path file = write("warn.yaml", HEAD
        + "measures:\n  - id: t-1\n    title: Kurs\n    timeframe: Haust 2035\n    responsibility: Einingsleiar\n");
    Cli cli = Cli.run("validate", "--lang", "en", file.toString());
    assertEquals(Helseplan.OK, cli.code, cli::toString);
    assertTrue(cli.out.contains(":11:5: warning measure.timeframe.outside-period [/measures/0/timeframe]"),
        cli::toString);
  }

  @Test
  void test_validate_json_arrayOfReportsWithFile() throws IOException {
    Path good = write("good.json", "{\"formatVersion\":\"1.0\",\"id\":\"p\",\"title\":\"T\",\"kind\":\"action_plan\","
        + "\"municipality\":{\"number\":\"1515\",\"name\":\"Herøy\"},\"language\":\"nb\"}");
    Path bad = write("bad.json", "{\"formatVersion\":\"1.0\",\"id\":\"p\",\"id\":\"q\"}");
    Cli cli = Cli.run("validate", "--format", "json", good.toString(), bad.toString());
    assertEquals(Helseplan.INVALID, cli.code, cli::toString);
    JsonNode reports = JSON.readTree(cli.out);
    assertEquals(2, reports.size());
    assertEquals(good.toString(), reports.get(0).get("file").asString());
    assertEquals(bad.toString(), reports.get(1).get("file").asString());
    assertFalse(reports.get(1).get("valid").asBoolean());
    JsonNode finding = reports.get(1).get("findings").get(0);
    assertEquals("io.duplicate-key", finding.get("code").asString(), reports::toString);
    assertEquals("error", finding.get("severity").asString());
    assertEquals(1, finding.get("line").asInt());
    assertTrue(finding.get("message").asString().contains("«id»"), finding::toString);
  }

  @Test
  void test_validate_lenient_unknownPropertyIsWarning() throws IOException {
    Path file = write("unknown.yaml", GOOD + "timeFrame: Haust 2025\n");
    assertEquals(Helseplan.INVALID, Cli.run("validate", file.toString()).code);
    Cli cli = Cli.run("validate", "--lenient", "--lang", "en", file.toString());
    assertEquals(Helseplan.OK, cli.code, cli::toString);
    assertTrue(cli.out.contains("warning io.unknown-property [/timeFrame]"), cli::toString);
  }

  // hostile files: exit 1 with a located message, within the io module's limits

  @Test
  void test_validate_deepNesting() throws IOException {
    Path file = write("deep.json", "{\"formatVersion\":\"1.0\",\"sections\":" + "[".repeat(10_000)
        + "]".repeat(10_000) + "}");
    Cli cli = Cli.run("validate", "--lang", "en", file.toString());
    assertEquals(Helseplan.INVALID, cli.code, cli::toString);
    assertTrue(cli.out.contains("error io.too-deep"), cli::toString);
    assertTrue(cli.out.contains("nested deeper than the limit of 64 levels"), cli::toString);
    assertFalse(cli.err.contains("Exception"), cli::toString);
  }

  @Test
  void test_validate_aliasBomb() throws IOException {
    StringBuilder yaml = new StringBuilder("formatVersion: \"1.0\"\na0: &a0 [lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 10; i++) {
      yaml.append('a').append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a")
          .append(i - 1).append(", *a").append(i - 1).append("]\n");
    }
    Path file = write("bomb.yaml", yaml.toString());
    Cli cli = Cli.run("validate", "--lang", "en", file.toString());
    assertEquals(Helseplan.INVALID, cli.code, cli::toString);
    assertTrue(cli.out.contains(file + ":2:"), cli::toString);
    assertTrue(cli.out.contains("error io.yaml-anchor"), cli::toString);
    assertFalse(cli.err.contains("Exception"), cli::toString);
  }

  @Test
  void test_validate_invalidUtf8() throws IOException {
    Path file = dir.resolve("latin1.yaml");
    Files.write(file, (HEAD + "vision: ").getBytes(StandardCharsets.UTF_8));
    Files.write(file, new byte[] {'G', (byte) 0xE5, 'r', '\n'}, java.nio.file.StandardOpenOption.APPEND);
    Cli cli = Cli.run("validate", "--lang", "en", file.toString());
    assertEquals(Helseplan.INVALID, cli.code, cli::toString);
    assertTrue(cli.out.contains("error io.invalid-encoding"), cli::toString);
    assertTrue(cli.out.contains(file + ":8:"), cli::toString);
  }

  @Test
  void test_validate_hugeFile_30MB() throws IOException {
    Path file = dir.resolve("huge.yaml");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write((HEAD + "sections:\n").getBytes(StandardCharsets.UTF_8));
      byte[] section = "  - title: Ein lang seksjon som gjentek seg\n".getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 30_000_000L; written += section.length) {
        out.write(section);
      }
    }
    Cli cli = Cli.run("validate", "--lang", "en", file.toString());
    assertEquals(Helseplan.INVALID, cli.code, cli::toString);
    assertTrue(cli.out.contains("error io.too-large"), cli::toString);
    assertTrue(cli.out.contains("larger than the limit of 20000000 bytes"), cli::toString);
  }

  // usage and I/O failures: exit 2

  @Test
  void test_validate_missingFile_exit2EvenWithOtherFiles() throws IOException {
    Path good = write("good.yaml", GOOD);
    Cli cli = Cli.run("validate", good.toString(), dir.resolve("nothere.yaml").toString());
    assertEquals(Helseplan.USAGE, cli.code, cli::toString);
    assertTrue(cli.err.contains("nothere.yaml: no such file"), cli::toString);
    assertTrue(cli.out.contains(good + ": OK"), cli::toString);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "validate|Missing required parameter",
      "validate --lang de x.yaml|--lang must be nb, nn or en, not 'de'",
      "validate --format xml x.yaml|Invalid value for option '--format'",
      "validate --nonsense x.yaml|Unknown option: '--nonsense'",
      "frobnicate|Unmatched argument at index 0: 'frobnicate'",
  })
  void test_usageErrors_exit2(String args, String message) {
    Cli cli = Cli.run(args.split(" "));
    assertEquals(Helseplan.USAGE, cli.code, cli::toString);
    assertTrue(cli.err.contains(message), cli::toString);
    assertFalse(cli.err.contains("\tat "), cli::toString);
  }

  @Test
  void test_validate_unknownExtension_exit2() throws IOException {
    Path file = write("plan.txt", GOOD);
    Cli cli = Cli.run("validate", file.toString());
    assertEquals(Helseplan.USAGE, cli.code, cli::toString);
    assertTrue(cli.err.contains("plan.txt: the file name ends in neither .json, .yaml nor .yml"), cli::toString);
  }
}
