package no.helseplan.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.helseplan.plan.Plan;
import no.helseplan.testing.Generated;
import no.helseplan.testing.PlanGenerator;
import no.helseplan.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The committed schema is what the model generates, and a real validator accepts plan files with it. */
class PlanSchemaTest {
  static final Path COMMITTED = Path.of("src/main/resources/no/helseplan/io/" + PlanSchema.FILE_NAME);
  static final ObjectMapper JSON = JsonMapper.builder().build();
  static final ObjectMapper YAML = YAMLMapper.builder().build();

  private static Schema schema() {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(PlanSchema.published());
  }

  // generate()

  @Test
  void test_generate_equalsCommitted() throws IOException {
    String generated = PlanSchema.generate();
    if (Boolean.getBoolean("helseplan.writeSchema")) {
      Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
    }
    assertEquals(generated, PlanSchema.published(), "The committed schema " + COMMITTED + " differs from what the"
        + " model generates. If the model change is intended, regenerate it with\n"
        + "  mvn -pl io -am verify -Dtest=PlanSchemaTest -Dsurefire.failIfNoSpecifiedTests=false"
        + " -Dhelseplan.writeSchema=true\nand commit the file.");
    assertEquals(generated, PlanSchema.generate(), "generation is not deterministic");
  }

  @Test
  void test_generate_everyPropertyDescribed() {
    JsonNode schema = JSON.readTree(PlanSchema.published());
    List<String> missing = new ArrayList<>();
    collectUndescribed(schema, "", missing);
    assertEquals(List.of(), missing, "properties without a description");
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asString());
  }

  private static void collectUndescribed(JsonNode node, String path, List<String> missing) {
    JsonNode properties = node.get("properties");
    if (properties != null) {
      for (var entry : properties.properties()) {
        JsonNode property = entry.getValue();
        if (!property.has("description") && !property.has("$ref")) {
          missing.add(path + "/" + entry.getKey());
        }
      }
    }
    JsonNode defs = node.get("$defs");
    if (defs != null) {
      for (var entry : defs.properties()) {
        collectUndescribed(entry.getValue(), "#/$defs/" + entry.getKey(), missing);
      }
    }
  }

  @Test
  void test_generate_stringOrObject() {
    JsonNode schema = JSON.readTree(PlanSchema.published());
    JsonNode timeframe = schema.get("$defs").get("Timeframe");
    assertEquals("string", timeframe.get("anyOf").get(0).get("type").asString(), timeframe::toString);
    assertEquals(8, timeframe.get("anyOf").size(), timeframe::toString);
    assertEquals("point", schema.get("$defs").get("Point").get("properties").get("kind").get("const").asString());
    assertEquals("string", schema.get("$defs").get("Resources").get("anyOf").get(0).get("type").asString());
  }

  // validation with the committed schema

  static List<Generated<Plan>> plans() {
    return Seeds.cases(50, random -> new PlanGenerator(random).plan());
  }

  @ParameterizedTest
  @MethodSource("plans")
  void test_validate_generatedPlans(Generated<Plan> generated) {
    String json = PlanWriter.canonical().toString(generated.value(), PlanFormat.JSON);
    List<Error> errors = schema().validate(JSON.readTree(json));
    assertEquals(List.of(), messages(errors), () -> generated + "\n" + json);
  }

  @Test
  void test_validate_exampleFiles() throws IOException {
    for (String name : List.of("heroy-handlingsplan.yaml")) {
      try (InputStream in = PlanSchemaTest.class.getResourceAsStream("examples/" + name)) {
        String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(List.of(), messages(schema().validate(YAML.readTree(yaml))), name);
        PlanReader.strict().read(yaml, PlanFormat.YAML);
      }
    }
  }

  static Stream<Arguments> data_plantedErrors() {
    return Stream.of(
        Arguments.of("kind: action_plan", "kind: ACTION_PLAN", "/kind"),
        Arguments.of("vision: Saman", "visjon: Saman", ""),
        Arguments.of("title: Handlingsplan for perioden 2025 - 2028\n", "", ""),
        Arguments.of("kind: recurring", "kind: weekly", "/focusAreas/0/measures/1/timeframe"),
        Arguments.of("date: 2026-02-12", "date: 12.02.2026", "/adoption/date"),
        Arguments.of("start: 2025", "start: \"2025\"", "/period/start"),
        Arguments.of("formatVersion: \"1.0\"", "formatVersion: \"2\"", "/formatVersion"));
  }

  @ParameterizedTest
  @MethodSource("data_plantedErrors")
  void test_validate_rejectsPlantedError(String correct, String planted, String pointer) throws IOException {
    String yaml;
    try (InputStream in = PlanSchemaTest.class.getResourceAsStream("examples/heroy-handlingsplan.yaml")) {
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(yaml.contains(correct), correct);
    List<Error> errors = schema().validate(YAML.readTree(yaml.replace(correct, planted)));
    assertFalse(errors.isEmpty(), planted);
    assertTrue(errors.stream().anyMatch(e -> e.getInstanceLocation().toString().replace("$", "").replace(".", "/")
        .startsWith(pointer)), () -> messages(errors).toString());
  }

  private static List<String> messages(List<Error> errors) {
    return errors.stream().map(e -> e.getInstanceLocation() + " " + e.getMessage()).collect(Collectors.toList());
  }
}
