package no.helseplan.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import no.helseplan.facility.Facility;
import no.helseplan.facility.FacilityKind;
import no.helseplan.io.PlanReader;
import no.helseplan.io.Severity;
import no.helseplan.measure.Amount;
import no.helseplan.measure.Measure;
import no.helseplan.plan.FocusArea;
import no.helseplan.plan.Plan;
import no.helseplan.plan.PlanLevel;
import no.helseplan.reference.Attachment;
import no.helseplan.reference.AttachmentKind;
import no.helseplan.targetgroup.TargetGroup;
import no.helseplan.targetgroup.TargetGroupKind;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The five bundled transcriptions use the issue 11 types where their plans state these things (places and
 * buildings linked to their measures, plan level, attachments, follow-up routine, consultation, target groups),
 * still load strictly and validate without errors.
 */
class Issue11TranscriptionsTest {

  private static final Path DIR = Path.of("..", "examples", "src", "main", "resources", "no", "helseplan", "examples");

  static Plan read(String name) {
    return PlanReader.strict().read(DIR.resolve(name));
  }

  static List<Measure> measures(Plan plan) {
    List<Measure> all = new java.util.ArrayList<>(plan.getMeasures());
    plan.getFocusAreas().forEach(a -> all.addAll(a.getMeasures()));
    return all;
  }

  static Measure measure(Plan plan, String id) {
    return measures(plan).stream().filter(m -> m.getId().equals(id)).findFirst().orElseThrow(() ->
        new AssertionError("no measure " + id));
  }

  @ParameterizedTest
  @ValueSource(strings = {"heroy.yaml", "hustadvika.yaml", "rodoy.yaml", "sor-varanger.yaml", "voss.yaml"})
  void test_transcription_loadsStrictlyAndHasNoErrors(String name) {
    Plan plan = read(name);
    ValidationReport report = PlanValidator.forLanguage(Language.EN).validate(plan);
    assertEquals(List.of(), report.getFindings().stream().filter(f -> f.getSeverity() == Severity.ERROR)
        .map(Finding::toString).collect(Collectors.toList()), name);
    // every facility names measures that exist, and keeps the measure's own text
    List<Facility> facilities = new java.util.ArrayList<>(plan.getFacilities());
    plan.getFocusAreas().stream().map(FocusArea::getFacilities).forEach(facilities::addAll);
    for (Facility facility : facilities) {
      for (String id : facility.getMeasures()) {
        assertTrue(measure(plan, id).getTitle().length() > 0, name + " " + id);
      }
    }
  }

  @Test
  void test_heroy_levelAndFacilities() {
    Plan plan = read("heroy.yaml");
    assertEquals(Optional.of(PlanLevel.ACTION_PART), plan.getLevel());
    Facility housing = plan.getFacilities().get(0);
    assertEquals(FacilityKind.SUPPORTED_HOUSING, housing.getKind());
    assertEquals(List.of("tiltak-6-4"), housing.getMeasures());
    assertTrue(housing.getText().orElseThrow().startsWith("minst 20 nye omsorgsbustadar"));
    assertTrue(measure(plan, "tiltak-6-4").getTitle().startsWith("Inngå avtale om minst 20 nye omsorgsbustadar"));
    Facility robust = plan.getFacilities().get(1);
    assertEquals(FacilityKind.ROBUST_HOUSING, robust.getKind());
    assertEquals(Optional.of(Amount.between(java.math.BigDecimal.ONE, java.math.BigDecimal.valueOf(2))),
        robust.getCount());
    assertEquals(List.of("tiltak-6-10"), robust.getMeasures());
    assertEquals("Vidareutvikle Svingen Bygge 1-2 nye hardbruksbustadar", measure(plan, "tiltak-6-10").getTitle());
  }

  @Test
  void test_hustadvika_attachmentsAndFollowUpRoutine() {
    Plan plan = read("hustadvika.yaml");
    assertEquals(List.of(AttachmentKind.ACTION_PLAN, AttachmentKind.KNOWLEDGE_BASE),
        plan.getAttachments().stream().map(Attachment::getKind).collect(Collectors.toList()));
    assertEquals(List.of("Handlingsdel", "Utfordringsnotat"),
        plan.getAttachments().stream().map(Attachment::getTitle).collect(Collectors.toList()));
    assertEquals("Resultatene av arbeidet rapporteres i kommunens årsmelding",
        plan.getFollowUp().orElseThrow().getReporting().orElseThrow().getText());
    assertTrue(plan.getFollowUp().orElseThrow().getRolling().orElseThrow().getText()
        .contains("handlings- og økonomiplanen for hvert år"));
  }

  @Test
  void test_rodoy_consultationFacilityAndTargetGroup() {
    Plan plan = read("rodoy.yaml");
    assertEquals(1, plan.getConsultations().size());
    assertEquals(Optional.empty(), plan.getConsultations().get(0).getStart(), "Rødøy states no dates");
    assertTrue(plan.getConsultations().get(0).getText().orElseThrow().contains("sendt ut på høring"));
    Facility jektvik = plan.getFacilities().get(0);
    assertEquals(Optional.of(Amount.of(5)), jektvik.getCount());
    assertEquals(Optional.of("Jektvik"), jektvik.getLocation());
    assertEquals(List.of("miljo-tiltak-1"), jektvik.getMeasures());
    assertEquals(List.of(TargetGroup.of(TargetGroupKind.PEOPLE_WITH_DISABILITIES, "personer med funksjonshemming")),
        measure(plan, "miljo-tiltak-1").getTargetGroups());
  }

  @Test
  void test_sorVarangerAndVoss_targetGroups() {
    assertEquals(List.of(TargetGroup.of(TargetGroupKind.OLDER_PEOPLE, "innbyggere over 74 år")),
        measure(read("sor-varanger.yaml"), "tiltak-20").getTargetGroups());
    Plan voss = read("voss.yaml");
    List<String> carers = measures(voss).stream().filter(m -> m.getTargetGroups().stream()
        .anyMatch(g -> g.getKind() == TargetGroupKind.CARERS)).map(Measure::getId).collect(Collectors.toList());
    assertEquals(List.of("oppdrag-02", "oppdrag-14", "oppdrag-32"), carers);
  }
}
