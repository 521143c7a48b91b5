package no.helseplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class InterpretCommandTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static JsonNode json(String... args) {
    Cli cli = Cli.run(args);
    assertEquals(Helseplan.OK, cli.code, cli::toString);
    return JSON.readTree(cli.out);
  }

  // timeframe: {"text", "kind", "earliest", "latest"}

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "Haust 2025|nn|-|point|2025-08-01|2025-12-31",
      "Høsten 2025|nb|-|point|2025-08-01|2025-12-31",
      "2026|nb|-|point|2026-01-01|2026-12-31",
      "Løpende|nb|-|ongoing|-|-",
      "Årleg|nn|-|recurring|-|-",
      "2025-2026|nb|-|span|2025-01-01|2026-12-31",
      "Innan utgangen av 2027|nn|-|point|-|2027-12-31",
      "Tja, kanskje ein gong|nn|-|unrecognised|-|-",
  })
  void test_interpret_timeframe_json(String text, String lang, Integer year, String kind, String earliest,
      String latest) {
    JsonNode node = year == null ? json("interpret", "timeframe", text, "--lang", lang, "--format", "json")
        : json("interpret", "timeframe", text, "--lang", lang, "--context-year", year.toString(), "--format", "json");
    assertEquals(text, node.get("text").asString(), node::toString);
    assertEquals(kind, node.get("kind").asString(), node::toString);
    assertEquals(earliest, node.has("earliest") ? node.get("earliest").asString() : null, node::toString);
    assertEquals(latest, node.has("latest") ? node.get("latest").asString() : null, node::toString);
  }

  @Test
  void test_interpret_timeframe_contextYear() {
    JsonNode without = json("interpret", "timeframe", "Haust", "--format", "json");
    JsonNode with = json("interpret", "timeframe", "Haust", "--context-year", "2026", "--format", "json");
    assertTrue(!without.has("earliest") || !without.get("earliest").asString().startsWith("2026"), without::toString);
    assertEquals("2026-08-01", with.get("earliest").asString(), with::toString);
  }

  // responsibility: {"text", "lead": {"name", "kind"}, "partners": [{"name", "kind"}]}

  @Test
  void test_interpret_responsibility_json() {
    JsonNode node = json("interpret", "responsibility", "Dagleg leiar ved Svingen, saman med leiargruppa",
        "--format", "json");
    assertEquals("Dagleg leiar ved Svingen, saman med leiargruppa", node.get("text").asString());
    assertTrue(node.get("lead").get("name").asString().startsWith("Dagleg leiar"), node::toString);
    assertTrue(node.get("lead").has("kind"), node::toString);
    assertEquals(1, node.get("partners").size(), node::toString);
    assertEquals("leadership_group", node.get("partners").get(0).get("kind").asString(), node::toString);
  }

  // resource: {"text", "needs": [{"kind", "amount", "unit", "for"}]}

  @Test
  void test_interpret_resource_json() {
    JsonNode node = json("interpret", "resource", "1-2 årsverk", "--lang", "nb", "--format", "json");
    assertEquals("1-2 årsverk", node.get("text").asString());
    JsonNode need = node.get("needs").get(0);
    assertEquals(1, need.get("amount").get("min").asInt(), node::toString);
    assertEquals(2, need.get("amount").get("max").asInt(), node::toString);
    JsonNode none = json("interpret", "resource", "Innanfor eksisterande rammer", "--format", "json");
    assertTrue(none.get("needs").isArray(), none::toString);
  }

  // several phrases, standard input, text

  @Test
  void test_interpret_stdin_arrayInOrder() {
    Cli cli = Cli.withInput("Haust 2025\n\nLøpande\n2026\n", "interpret", "timeframe", "-", "--format", "json");
    assertEquals(Helseplan.OK, cli.code, cli::toString);
    JsonNode array = JSON.readTree(cli.out);
    assertEquals(3, array.size(), cli::toString);
    assertEquals("Haust 2025", array.get(0).get("text").asString());
    assertEquals("ongoing", array.get(1).get("kind").asString());
    assertEquals("2026-12-31", array.get(2).get("latest").asString());
  }

  @Test
  void test_interpret_stdin_tooLong_exit1() {
    Cli cli = Cli.withInput("Haust 2025\n".repeat(100_000), "interpret", "timeframe", "-");
    assertEquals(Helseplan.INVALID, cli.code);
    assertTrue(cli.err.contains("standard input is longer than the limit of 1000000 characters"), cli.err);
    assertEquals("", cli.out);
  }

  @Test
  void test_interpret_severalPhrases_textAndJson() {
    JsonNode array = json("interpret", "timeframe", "Haust 2025", "Årleg", "--format", "json");
    assertEquals(2, array.size());
    Cli text = Cli.run("interpret", "timeframe", "Haust 2025", "Årleg");
    assertEquals(2, text.out.lines().count(), text::toString);
    assertTrue(text.out.startsWith("\"Haust 2025\" → kind=\"point\""), text::toString);
  }

  @Test
  void test_interpret_usageErrors() {
    assertEquals(Helseplan.USAGE, Cli.run("interpret", "timeframe").code);
    assertEquals(Helseplan.USAGE, Cli.run("interpret", "weather", "sol").code);
    Cli en = Cli.run("interpret", "timeframe", "Autumn 2025", "--lang", "en");
    assertEquals(Helseplan.USAGE, en.code, en::toString);
    assertTrue(en.err.contains("--lang must be nb or nn, not 'en'"), en::toString);
    assertEquals(Helseplan.USAGE, Cli.run("interpret", "timeframe", "2025", "--context-year", "neste").code);
  }
}
