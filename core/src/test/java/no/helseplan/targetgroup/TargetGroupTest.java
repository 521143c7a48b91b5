package no.helseplan.targetgroup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import no.helseplan.goal.Goal;
import no.helseplan.internal.RoundTrip;
import no.helseplan.measure.Measure;
import no.helseplan.measure.ReachLevel;
import no.helseplan.plan.FocusArea;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 11, part 1: target groups on plans, focus areas, goals and measures, and a measure's level of reach. */
class TargetGroupTest {

  /** A demensplan's focus area: people with dementia first, their carers as a secondary group. */
  static FocusArea dementiaArea() {
    TargetGroup dementia = TargetGroup.of(TargetGroupKind.PEOPLE_WITH_DEMENTIA, "heimebuande personar med demens");
    TargetGroup carers = TargetGroup.builder().kind(TargetGroupKind.CARERS)
        .text("pårørande til personar med demens").role(TargetGroupRole.SECONDARY).build();
    Measure dayActivity = Measure.builder().id("t3.2").title("Dagaktivitetstilbod for heimebuande med demens")
        .addTargetGroups(dementia, carers)
        .reach(ReachLevel.GROUP)
        .build();
    Measure walkingTracks = Measure.builder().id("t3.3").title("Universelt utforma turstiar i sentrum")
        .addTargetGroups(TargetGroup.of(TargetGroupKind.ALL_RESIDENTS))
        .reach(ReachLevel.POPULATION)
        .build();
    Goal goal = Goal.builder().id("m3.1").statement("Personar med demens skal kunne bu trygt heime lengst mogleg")
        .addTargetGroups(dementia, carers).build();
    return FocusArea.builder().id("a3").number("3").name("Demensomsorg").addTargetGroups(dementia, carers)
        .addGoals(goal).addMeasures(dayActivity, walkingTracks).build();
  }

  // builder() and of(...)

  @Test
  void test_focusArea_holdsPrimaryAndSecondaryGroups() {
    FocusArea area = dementiaArea();
    assertEquals(List.of(TargetGroupRole.PRIMARY, TargetGroupRole.SECONDARY),
        area.getTargetGroups().stream().map(TargetGroup::getRole).toList());
    assertEquals(Optional.of("pårørande til personar med demens"), area.getTargetGroups().get(1).getText());
    assertEquals(area.getTargetGroups(), area.getGoals().get(0).getTargetGroups());
    assertEquals(Optional.of(ReachLevel.GROUP), area.getMeasures().get(0).getReach());
    assertEquals(Optional.of(ReachLevel.POPULATION), area.getMeasures().get(1).getReach());
    assertEquals(Optional.empty(), area.getMeasures().get(1).getTargetGroups().get(0).getText());
  }

  @Test
  void test_of_freeTextGroup() {
    TargetGroup group = TargetGroup.of(TargetGroupKind.OTHER, "bønder og landbruksfamiliar");
    assertEquals(TargetGroupKind.OTHER, group.getKind());
    assertEquals(TargetGroupRole.PRIMARY, group.getRole());
    assertEquals(Optional.of("bønder og landbruksfamiliar"), group.getText());
  }

  @Test
  void test_build_otherWithoutText_rejected() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> TargetGroup.builder().build());
    assertEquals("A target group of kind OTHER needs the group's words as text", e.getMessage());
    assertThrows(IllegalStateException.class, () -> TargetGroup.of(TargetGroupKind.OTHER, "  "));
  }

  @Test
  void test_json_roundTrip() {
    FocusArea area = dementiaArea();
    assertEquals(area, RoundTrip.json(area, FocusArea.class));
  }

  // labels

  @ParameterizedTest
  @CsvSource({
      "PEOPLE_WITH_DEMENTIA, Personer med demens, Personar med demens",
      "CARERS, Pårørende, Pårørande",
      "REFUGEES, Flyktninger, Flyktningar",
      "STAFF, Ansatte, Tilsette",
      "ALL_RESIDENTS, Alle innbyggere, Alle innbyggjarar",
      "PEOPLE_WITH_MENTAL_HEALTH_AND_SUBSTANCE_USE_PROBLEMS, Personer med rus- og psykiske helseutfordringer, "
          + "Personar med rus- og psykiske helseutfordringar"})
  void test_label_bokmalAndNynorsk(TargetGroupKind kind, String nb, String nn) {
    assertEquals(nb, kind.getLabel(Language.NB));
    assertEquals(nn, kind.getLabel(Language.NN));
  }

  @ParameterizedTest
  @CsvSource({"POPULATION, Befolkningsrettet, Befolkningsretta", "GROUP, Grupperettet, Grupperetta",
      "INDIVIDUAL, Individrettet, Individretta"})
  void test_reachLabel_bokmalAndNynorsk(ReachLevel reach, String nb, String nn) {
    assertEquals(nb, reach.getLabel(Language.NB));
    assertEquals(nn, reach.getLabel(Language.NN));
  }
}
