package no.helseplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.helseplan.io.PlanFormat;
import no.helseplan.io.PlanReader;
import no.helseplan.plan.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** convert, export, schema, --help, --version and --debug. */
class OtherCommandsTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir
  Path dir;

  private Path bundled(String name) throws IOException {
    Path file = dir.resolve(name + ".yaml");
    try (InputStream in = getClass().getClassLoader()
        .getResourceAsStream("no/helseplan/examples/" + name + ".yaml")) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }

  // convert

  @ParameterizedTest
  @ValueSource(strings = {"heroy", "voss"})
  void test_convert_yamlToJsonToYaml_samePlan(String name) throws IOException {
    Path yaml = bundled(name);
    Path json = dir.resolve(name + ".json");
    Path back = dir.resolve(name + "-back.yml");
    Cli toJson = Cli.run("convert", yaml.toString(), json.toString());
    assertEquals(Helseplan.OK, toJson.code, toJson::toString);
    assertTrue(Files.readString(json).startsWith("{\n  \"formatVersion\": \"1.0\",\n  \"id\": "),
        () -> "not canonical JSON: " + json);
    Cli toYaml = Cli.run("convert", json.toString(), back.toString());
    assertEquals(Helseplan.OK, toYaml.code, toYaml::toString);
    Plan original = PlanReader.strict().read(yaml);
    assertEquals(original, PlanReader.strict().read(json, PlanFormat.JSON));
    assertEquals(original, PlanReader.strict().read(back, PlanFormat.YAML));
    Cli again = Cli.run("convert", back.toString(), "-");
    assertEquals(Files.readString(back, StandardCharsets.UTF_8), again.out, "canonical output is stable");
  }

  @Test
  void test_convert_failures() throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, ValidateCommandTest.HEAD + "timeFrame: Haust 2025\n");
    Cli invalid = Cli.run("convert", "--lang", "en", bad.toString(), dir.resolve("out.json").toString());
    assertEquals(Helseplan.INVALID, invalid.code, invalid::toString);
    assertTrue(invalid.err.contains(bad + ":8:12 /timeFrame: Unknown property «timeFrame»."), invalid::toString);
    assertFalse(Files.exists(dir.resolve("out.json")));
    Cli missing = Cli.run("convert", dir.resolve("nothere.yaml").toString(), dir.resolve("out.json").toString());
    assertEquals(Helseplan.USAGE, missing.code, missing::toString);
    Cli extension = Cli.run("convert", bundled("voss").toString(), dir.resolve("out.xml").toString());
    assertEquals(Helseplan.USAGE, extension.code, extension::toString);
    assertTrue(extension.err.contains("out.xml: the file name ends in neither .json, .yaml nor .yml"),
        extension::toString);
    Cli unwritable = Cli.run("convert", bundled("voss").toString(), dir.resolve("no/such/dir/out.json").toString());
    assertEquals(Helseplan.USAGE, unwritable.code, unwritable::toString);
    assertTrue(unwritable.err.contains("cannot be written"), unwritable::toString);
    assertEquals(Helseplan.USAGE, Cli.run("convert", "only-one.yaml").code);
  }

  // schema

  @Test
  void test_schema() {
    Cli cli = Cli.run("schema");
    assertEquals(Helseplan.OK, cli.code, cli::toString);
    JsonNode schema = JSON.readTree(cli.out);
    assertTrue(schema.has("$schema"), cli::toString);
    assertTrue(schema.get("properties").has("focusAreas"), cli::toString);
    assertEquals(no.helseplan.io.PlanSchema.published().strip(), cli.out.strip());
  }

  // export

  @Test
  void test_export() throws IOException {
    Path heroy = bundled("heroy");
    Cli cli = Cli.run("export", heroy.toString(), "--csv", "-", "--lang", "nn");
    assertEquals(Helseplan.OK, cli.code, cli::toString);
    assertEquals(no.helseplan.io.csv.PlanCsv.of(no.helseplan.vocabulary.Language.NN)
        .toString(java.util.List.of(PlanReader.strict().read(heroy))), cli.out);
    assertTrue(cli.out.lines().count() >= 66, "a header and at least one row per measure of Herøy: " + cli);
    Path out = dir.resolve("heroy.csv");
    assertEquals(Helseplan.OK, Cli.run("export", heroy.toString(), "--csv", out.toString(), "--lang", "nn").code);
    assertEquals(cli.out, Files.readString(out, StandardCharsets.UTF_8));
    Cli missing = Cli.run("export", dir.resolve("nothere.yaml").toString(), "--csv", "-");
    assertEquals(Helseplan.USAGE, missing.code, missing::toString);
    assertEquals(Helseplan.USAGE, Cli.run("export", heroy.toString()).code, "--csv is required");
  }

  // help, version, debug

  @ParameterizedTest
  @ValueSource(strings = {"", "validate", "summary", "convert", "export", "schema", "interpret"})
  void test_help_everyCommand_englishWithNorwegianTerms(String command) {
    Cli cli = command.isEmpty() ? Cli.run("--help") : Cli.run(command, "--help");
    assertEquals(Helseplan.OK, cli.code, cli::toString);
    assertTrue(cli.out.startsWith("Usage: helseplan"), cli::toString);
    assertTrue(cli.out.replaceAll("\\s+", " ").matches("(?s).*\\((helse- og omsorgsplanar|planfil|tiltak|oversikt|JSON-skjema for planfila"
        + "|tidsfrist)[),].*"), cli::toString);
  }

  @Test
  void test_version() {
    Cli cli = Cli.run("--version");
    assertEquals(Helseplan.OK, cli.code, cli::toString);
    assertTrue(cli.out.startsWith("helseplan "), cli::toString);
  }

  @Test
  void test_debug_isAnOptionBeforeOrAfterTheCommand() throws IOException {
    Path voss = bundled("voss");
    assertEquals(Helseplan.OK, Cli.run("--debug", "summary", voss.toString()).code);
    assertEquals(Helseplan.OK, Cli.run("summary", "--debug", voss.toString()).code);
  }
}
