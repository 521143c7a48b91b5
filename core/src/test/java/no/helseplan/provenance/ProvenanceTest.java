package no.helseplan.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.helseplan.goal.Goal;
import no.helseplan.goal.Strategy;
import no.helseplan.internal.RoundTrip;
import no.helseplan.measure.Measure;
import no.helseplan.municipality.Municipality;
import no.helseplan.plan.FocusArea;
import no.helseplan.plan.Milestone;
import no.helseplan.plan.Plan;
import no.helseplan.plan.PlanKind;
import no.helseplan.project.Project;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 11, part 7: every citable element may say where it came from, without a parallel structure. */
class ProvenanceTest {

  static final SourceDocument PLAN_PDF = SourceDocument.builder()
      .title("Kommunedelplan for helse og omsorg 2026–2036")
      .url("https://www.example-kommune.no/politikk/planar/kommunedelplan-helse-og-omsorg.pdf")
      .date(LocalDate.of(2026, 2, 12))
      .publisher("Eksempel kommune")
      .build();

  static Plan plan() {
    Measure measure = Measure.builder().id("t2.3").title("Innføre digitalt tilsyn på natt")
        .provenance(Provenance.builder().page(23).section("4.2 Heimetenester")
            .originalText("Innføre digitalt tilsyn på natt for heimebuande (sjå også vedlegg 2)").build())
        .build();
    Goal goal = Goal.builder().id("m2").statement("Fleire skal meistre kvardagen heime")
        .provenance(Provenance.builder().page(22).lastPage(23).section("4.2 Heimetenester").build()).build();
    Strategy strategy = Strategy.builder().id("s2").statement("Velferdsteknologi først")
        .provenance(Provenance.ofPage(22)).build();
    FocusArea area = FocusArea.builder().id("a2").name("Heimetenester").addGoals(goal).addStrategies(strategy)
        .addMeasures(measure).provenance(Provenance.ofPage(21)).build();
    Milestone milestone = Milestone.builder().activity("Høyring")
        .provenance(Provenance.of(SourceDocument.of("Saksframlegg PS 25/12"), 3)).build();
    Project project = Project.builder().id("p1").name("Trygg heime").provenance(Provenance.ofPage(30)).build();
    return Plan.builder().id("eksempel-2026").title("Kommunedelplan for helse og omsorg 2026–2036")
        .kind(PlanKind.MUNICIPAL_SUBPLAN).municipality(Municipality.of("1515", "Herøy")).language(Language.NN)
        .addFocusAreas(area).addMilestones(milestone).addProjects(project)
        .provenance(Provenance.builder().document(PLAN_PDF).build())
        .build();
  }

  /** The document an element came from: its own, else the plan's. */
  private static Optional<SourceDocument> documentOf(Plan plan, Optional<Provenance> provenance) {
    return provenance.flatMap(Provenance::getDocument)
        .or(() -> plan.getProvenance().flatMap(Provenance::getDocument));
  }

  @Test
  void test_elements_citeTheirPages_inThePlansDocument() {
    Plan plan = plan();
    FocusArea area = plan.getFocusAreas().get(0);
    Measure measure = area.getMeasures().get(0);
    assertEquals(Optional.of(PLAN_PDF), documentOf(plan, measure.getProvenance()));
    assertEquals(Optional.of(23), measure.getProvenance().flatMap(Provenance::getPage));
    assertEquals(Optional.of("4.2 Heimetenester"), measure.getProvenance().flatMap(Provenance::getSection));
    assertEquals(Optional.of("Innføre digitalt tilsyn på natt for heimebuande (sjå også vedlegg 2)"),
        measure.getProvenance().flatMap(Provenance::getOriginalText));
    assertEquals(List.of(Optional.of(21), Optional.of(22), Optional.of(22), Optional.of(30)),
        List.of(area.getProvenance().flatMap(Provenance::getPage),
            area.getGoals().get(0).getProvenance().flatMap(Provenance::getPage),
            area.getStrategies().get(0).getProvenance().flatMap(Provenance::getPage),
            plan.getProjects().get(0).getProvenance().flatMap(Provenance::getPage)));
    assertEquals(Optional.of("Saksframlegg PS 25/12"),
        documentOf(plan, plan.getMilestones().get(0).getProvenance()).map(SourceDocument::getTitle),
        "a milestone taken from another document names it");
  }

  @ParameterizedTest
  @CsvSource(nullValues = "-", value = {
      "0, -, 'A page number is at least 1, not 0'",
      "12, 11, The last page 11 comes before the first page 12"})
  void test_build_badPages_rejected(Integer page, Integer lastPage, String message) {
    Provenance.Builder builder = Provenance.builder().page(page);
    if (lastPage != null) {
      builder.lastPage(lastPage);
    }
    IllegalStateException e = assertThrows(IllegalStateException.class, builder::build);
    assertEquals(message, e.getMessage());
  }

  @Test
  void test_build_lastPageWithoutFirst_rejected() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Provenance.builder().lastPage(4).build());
    assertEquals(true, e.getMessage().startsWith("A last page needs a first page"), e::getMessage);
  }

  @Test
  void test_json_roundTrip() {
    Plan plan = plan();
    assertEquals(plan, RoundTrip.json(plan, Plan.class));
  }
}
