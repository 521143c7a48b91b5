package no.helseplan.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.helseplan.plan.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed JSON Schema and the parts issue 11 added: every new field is there with a description, the
 * schema accepts a plan with every new part, and it rejects a planted error in each new part at its pointer.
 */
class Issue11SchemaTest {
  static final ObjectMapper JSON = JsonMapper.builder().build();

  private static Schema schema() {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(PlanSchema.published());
  }

  /** The new fields, by the schema definition that holds them. */
  static final Map<String, List<String>> NEW_FIELDS = Map.ofEntries(
      Map.entry("Plan", List.of("targetGroups", "facilities", "figures", "consultations", "level", "attachments",
          "provenance")),
      Map.entry("FocusArea", List.of("targetGroups", "facilities", "figures", "provenance")),
      Map.entry("Goal", List.of("targetGroups", "priority", "figures", "reports", "provenance")),
      Map.entry("Measure", List.of("targetGroups", "reach", "priority", "decisionState", "budget", "reports",
          "provenance")),
      Map.entry("Strategy", List.of("provenance")),
      Map.entry("Milestone", List.of("provenance")),
      Map.entry("Project", List.of("provenance")),
      Map.entry("Adoption", List.of("decisionText", "caseNumber", "provenance")),
      Map.entry("FollowUp", List.of("reportsTo", "reporting", "rolling", "revision")),
      Map.entry("ResourceNeed", List.of("funder")),
      Map.entry("TargetGroup", List.of("kind", "text", "role")),
      Map.entry("Priority", List.of("text", "rank", "level")),
      Map.entry("Facility", List.of("id", "kind", "change", "name", "text", "count", "location", "yearNeeded", "cost",
          "financing", "measures", "description", "provenance")),
      Map.entry("FigureSeries", List.of("name", "unit", "dataSource", "text", "values", "provenance")),
      Map.entry("FigureValue", List.of("year", "value", "kind", "text")),
      Map.entry("BudgetLine", List.of("kind", "unit", "description", "text", "amounts", "provenance")),
      Map.entry("BudgetAmount", List.of("year", "amount", "text")),
      Map.entry("StatusReport", List.of("year", "date", "status", "statusText", "comment", "values", "provenance")),
      Map.entry("ReportedValue", List.of("indicator", "value", "unit", "text")),
      Map.entry("Consultation", List.of("text", "body", "decisionDate", "caseNumber", "start", "end", "submissions",
          "provenance")),
      Map.entry("Provenance", List.of("document", "page", "lastPage", "section", "originalText")),
      Map.entry("SourceDocument", List.of("title", "url", "date", "publisher")),
      Map.entry("Attachment", List.of("kind", "number", "title", "url", "date", "description", "provenance")));

  @Test
  void test_schema_describesEveryNewField() {
    JsonNode defs = JSON.readTree(PlanSchema.published()).get("$defs");
    List<String> missing = new ArrayList<>();
    NEW_FIELDS.forEach((type, fields) -> {
      JsonNode def = type.equals("Plan") ? JSON.readTree(PlanSchema.published()) : defs.get(type);
      if (def == null) {
        missing.add(type + " (no definition)");
        return;
      }
      if (!type.equals("Plan") && (!def.has("description") || def.get("description").asString().isBlank())) {
        missing.add(type + " (no description)");
      }
      JsonNode properties = def.get("properties");
      for (String field : fields) {
        JsonNode property = properties == null ? null : properties.get(field);
        if (property == null) {
          missing.add(type + "." + field);
        } else if (!property.has("description") || property.get("description").asString().isBlank()) {
          missing.add(type + "." + field + " (no description)");
        }
      }
    });
    assertEquals(List.of(), missing.stream().sorted().collect(Collectors.toList()));
  }

  static Stream<Arguments> data_parts() {
    return Issue11FormatTest.data_parts();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("data_parts")
  void test_schema_acceptsEveryNewPart(String part, Plan plan) {
    String json = PlanWriter.canonical().toString(plan, PlanFormat.JSON);
    List<Error> errors = schema().validate(JSON.readTree(json));
    assertEquals(List.of(), messages(errors), json);
  }

  static Stream<Arguments> data_plantedErrors() {
    return Stream.of(
        Arguments.of(Issue11FormatTest.facilities(), "/facilities/0/kind", "\"omsorgsbustad\""),
        Arguments.of(Issue11FormatTest.facilities(), "/facilities/0/yearNeeded", "\"2027\""),
        Arguments.of(Issue11FormatTest.facilities(), "/facilities/0/count", "20"),
        Arguments.of(Issue11FormatTest.targetGroups(), "/targetGroups/1/role", "\"sekundær\""),
        Arguments.of(Issue11FormatTest.targetGroups(), "/focusAreas/0/measures/0/reach", "\"grupperetta\""),
        Arguments.of(Issue11FormatTest.priorities(), "/measures/0/decisionState", "\"vedteke\""),
        Arguments.of(Issue11FormatTest.priorities(), "/measures/0/priority/rank", "\"første\""),
        Arguments.of(Issue11FormatTest.figures(), "/focusAreas/0/measures/0/budget/0/unit", "\"1000 kr\""),
        Arguments.of(Issue11FormatTest.figures(), "/figures/0/values/0/year", "\"2022\""),
        Arguments.of(Issue11FormatTest.followUp(), "/focusAreas/0/measures/0/reports/0/status", "\"forseinka\""),
        Arguments.of(Issue11FormatTest.followUp(), "/focusAreas/0/measures/0/reports/0/date", "\"20.03.2026\""),
        Arguments.of(Issue11FormatTest.caseRecords(), "/consultations/0/submissions", "\"ni\""),
        Arguments.of(Issue11FormatTest.caseRecords(), "/level", "\"handlingsdel\""),
        Arguments.of(Issue11FormatTest.provenance(), "/focusAreas/0/measures/0/provenance/page", "\"s. 14\""),
        Arguments.of(Issue11FormatTest.attachments(), "/attachments/0/kind", "\"kunnskapsgrunnlag\""),
        Arguments.of(Issue11FormatTest.attachments(), "/attachments/0/vedlegg", "\"1\""));
  }

  @ParameterizedTest(name = "{1} = {2}")
  @MethodSource("data_plantedErrors")
  void test_schema_rejectsPlantedErrorInNewPart(Plan plan, String pointer, String planted) {
    JsonNode root = JSON.readTree(PlanWriter.canonical().toString(plan, PlanFormat.JSON));
    assertEquals(List.of(), messages(schema().validate(root)), "the correct plan is valid");
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = root.at(pointer.substring(0, slash));
    assertTrue(parent.isObject(), pointer);
    ((tools.jackson.databind.node.ObjectNode) parent).set(pointer.substring(slash + 1), JSON.readTree(planted));
    List<Error> errors = schema().validate(root);
    assertFalse(errors.isEmpty(), pointer + " = " + planted);
    String at = slash == 0 ? "" : pointer.substring(0, slash);
    assertTrue(errors.stream().anyMatch(e -> e.getInstanceLocation().toString().startsWith(at)
        && e.toString().contains(pointer.substring(slash + 1))), () -> messages(errors).toString());
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"heroy", "hustadvika", "rodoy", "sor-varanger", "voss"})
  void test_schema_acceptsTheBundledTranscriptions(String name) throws java.io.IOException {
    java.nio.file.Path file = java.nio.file.Path.of("..", "examples", "src", "main", "resources", "no", "helseplan",
        "examples", name + ".yaml");
    String yaml = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
    JsonNode tree = tools.jackson.dataformat.yaml.YAMLMapper.builder().build().readTree(yaml);
    assertEquals(List.of(), messages(schema().validate(tree)), name);
  }

  private static List<String> messages(List<Error> errors) {
    return errors.stream().map(e -> e.getInstanceLocation() + " " + e.getMessage()).collect(Collectors.toList());
  }
}
