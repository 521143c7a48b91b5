package no.helseplan.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.helseplan.measure.Measure;
import no.helseplan.measure.MeasureStatus;
import no.helseplan.plan.FocusArea;
import no.helseplan.plan.Plan;
import no.helseplan.responsibility.Actor;
import no.helseplan.responsibility.ActorKind;
import no.helseplan.responsibility.Responsibility;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Comparing versions of Herøy's action plan (revised because most measures were done) and of Voss's
 * pårørandestrategi.
 */
class PlanComparisonTest {
  private static final Plan HEROY = SeedPlans.heroy();

  /**
   * A revision of Herøy's plan as a municipality would make it: the four measures due in 2025 are done and
   * dropped, one is marked done, one postponed a year, one reworded under a new id, one given a new lead, and
   * one new measure added.
   */
  private static Plan revisedHeroy() {
    Set<String> doneIn2025 = Set.of("tiltak-2-1", "tiltak-3-7", "tiltak-4-2", "tiltak-5-5");
    Plan revised = SeedPlans.heroy("heroy-handlingsplan-2026", m -> {
      if (doneIn2025.contains(m.getId())) {
        return null;
      }
      switch (m.getId()) {
        case "tiltak-3-3":
          return Measure.builder().from(m).status(MeasureStatus.DONE).build();
        case "tiltak-6-12":
          return Measure.builder().from(m).timeframe(SeedPlans.heroyTimeframe("2027")).build();
        case "tiltak-1-2":
          return Measure.builder().from(m).id("brukarmedverknad-2").title("Faste møter med brukarutvala i sektoren")
              .build();
        case "tiltak-6-18":
          return Measure.builder().from(m).responsibility(Responsibility.of("Kommunalsjef helse og omsorg",
              Actor.of("Kommunalsjef helse og omsorg", ActorKind.ROLE))).build();
        default:
          return m;
      }
    });
    List<FocusArea> areas = revised.getFocusAreas().stream().map(a -> !a.getId().equals("heilskap") ? a
        : FocusArea.builder().from(a).addMeasures(Measure.builder().id("tiltak-6-19")
            .title("Etablere demensteam med demenskoordinator").timeframe(SeedPlans.heroyTimeframe("2027")).build())
            .build()).collect(Collectors.toList());
    return Plan.builder().from(revised).focusAreas(areas).build();
  }

  // of(Plan, Plan)

  @Test
  void test_of_revisionOfHeroy() {
    PlanComparison diff = PlanComparison.of(HEROY, revisedHeroy());
    assertEquals(List.of("tiltak-2-1", "tiltak-3-7", "tiltak-4-2", "tiltak-5-5"),
        diff.getRemoved().stream().map(MeasureInContext::getId).collect(Collectors.toList()));
    assertEquals(List.of("tiltak-6-19"), diff.getAdded().stream().map(MeasureInContext::getId)
        .collect(Collectors.toList()));
    assertEquals(65 - 4, diff.getMatched().size());
    List<MeasureChange> changed = diff.getChanged();
    assertEquals(List.of("tiltak-1-2 -> brukarmedverknad-2 (TITLE): [TITLE]",
        "tiltak-3-3 -> tiltak-3-3 (ID): [STATUS]",
        "tiltak-6-12 -> tiltak-6-12 (ID): [TIMEFRAME]",
        "tiltak-6-18 -> tiltak-6-18 (ID): [RESPONSIBILITY]"),
        changed.stream().map(MeasureChange::toString).collect(Collectors.toList()));
    MeasureChange reworded = changed.get(0);
    assertEquals(MatchedBy.TITLE, reworded.getMatchedBy());
    assertTrue(reworded.getSimilarity() >= PlanComparison.DEFAULT_THRESHOLD && reworded.getSimilarity() < 1,
        () -> "similarity " + reworded.getSimilarity());
    assertEquals("heroy-handlingsplan-2025 -> heroy-handlingsplan-2026: 1 added, 4 removed, 4 changed, "
        + "57 unchanged", diff.toString());
    assertTrue(diff.hasChanges());
  }

  @Test
  void test_toTable_revisionOfHeroy() {
    Table table = PlanComparison.of(HEROY, revisedHeroy()).toTable(Language.NN);
    assertEquals(List.of("Endring", "Innsatsområde", "Tiltak før", "Tiltak etter", "Likskap", "Felt"),
        table.getColumns());
    assertEquals(List.of("Fjerna", "Fjerna", "Fjerna", "Fjerna", "Endra", "Endra", "Endra", "Endra", "Lagt til"),
        table.getColumn("Endring"));
    assertEquals(List.of("Endra", "Heilskap", "Revidere rusmiddelpolitisk handlingsplan saman med dei andre i "
        + "Sjustjerna", "Revidere rusmiddelpolitisk handlingsplan saman med dei andre i Sjustjerna",
        new java.math.BigDecimal("1.00"), "Tidsfrist"), table.getRows().get(6));
    assertEquals("Ansvar", table.get(7, "Felt"));
    assertEquals("Etablere demensteam med demenskoordinator", table.get(8, "Tiltak etter"));
  }

  @Test
  void test_of_positionalIdsShiftedByTheRevision() {
    // Transcribers number measures by position. Drop the four measures done in 2025 and renumber: "tiltak-2-2"
    // becomes "tiltak-2-1", and the old "tiltak-2-1" id now names another measure.
    Set<String> doneIn2025 = Set.of("tiltak-2-1", "tiltak-3-7", "tiltak-4-2", "tiltak-5-5");
    Plan dropped = SeedPlans.heroy("heroy-handlingsplan-2026", m -> doneIn2025.contains(m.getId()) ? null : m);
    List<FocusArea> renumbered = dropped.getFocusAreas().stream().map(a -> {
      int area = dropped.getFocusAreas().indexOf(a) + 1;
      List<Measure> measures = a.getMeasures();
      return FocusArea.builder().from(a).measures(java.util.stream.IntStream.range(0, measures.size())
          .mapToObj(k -> Measure.builder().from(measures.get(k)).id("tiltak-" + area + "-" + (k + 1)).build())
          .collect(Collectors.toList())).build();
    }).collect(Collectors.toList());
    PlanComparison diff = PlanComparison.of(HEROY, Plan.builder().from(dropped).focusAreas(renumbered).build());
    assertEquals(List.of("tiltak-2-1", "tiltak-3-7", "tiltak-4-2", "tiltak-5-5"),
        diff.getRemoved().stream().map(MeasureInContext::getId).collect(Collectors.toList()));
    assertEquals(List.of(), diff.getAdded());
    assertEquals(List.of(), diff.getChanged(), () -> diff.toTable(Language.EN).toString());
    // In Aktivitet og frivilligheit all seven left moved up one place and are found by title.
    assertEquals(7, diff.getMatched().stream().filter(c -> c.getMatchedBy() == MatchedBy.TITLE
        && c.getBefore().getId().startsWith("tiltak-2-")).count());
  }

  @Test
  void test_defaultThreshold_keepsDifferentSeedMeasuresApart() {
    // Every pair of different measures of Herøy, Sør-Varanger and Voss: none as similar as the threshold.
    List<String> titles = PlanCorpus.of(HEROY, SeedPlans.sorVaranger(), SeedPlans.voss()).measures()
        .map(MeasureInContext::getTitle).collect(Collectors.toList());
    int pairs = 0;
    double most = 0;
    for (int i = 0; i < titles.size(); i++) {
      for (int j = i + 1; j < titles.size(); j++) {
        most = Math.max(most, PlanComparison.similarity(titles.get(i), titles.get(j)));
        pairs++;
      }
    }
    assertEquals(144 * 143 / 2, pairs);
    assertTrue(most < PlanComparison.DEFAULT_THRESHOLD, "most similar pair: " + most);
  }

  @Test
  void test_of_sameIdOnUnrelatedTitleIsNotTheSameMeasure() {
    Plan before = plan(measure("tiltak-1", "Etablere Svingen dagaktivitetstilbod"));
    Plan after = plan(measure("tiltak-1", "Miljøteam i ungdomskulen"));
    PlanComparison diff = PlanComparison.of(before, after);
    assertEquals(1, diff.getRemoved().size());
    assertEquals(1, diff.getAdded().size());
  }

  @Test
  void test_of_sameVersionHasNoChanges() {
    PlanComparison diff = PlanComparison.of(HEROY, SeedPlans.heroy());
    assertFalse(diff.hasChanges());
    assertEquals(65, diff.getMatched().size());
    assertTrue(diff.getMatched().stream().allMatch(c -> c.getMatchedBy() == MatchedBy.ID && c.getSimilarity() == 1.0));
    assertEquals(0, diff.toTable(Language.NB).getRowCount());
  }

  @Test
  void test_of_renumberedMeasuresFoundByTitle() {
    // Voss's 51 oppdrag with new ids (as if renumbered from 51 down): every one is found again by its title.
    Plan voss = SeedPlans.voss();
    Plan renumbered = Plan.builder().from(voss).measures(voss.getMeasures().stream()
        .map(m -> Measure.builder().from(m).id("nytt-" + (52 - Integer.parseInt(m.getId().substring(8)))).build())
        .collect(Collectors.toList())).build();
    PlanComparison diff = PlanComparison.of(voss, renumbered);
    assertEquals(51, diff.getMatched().size());
    assertTrue(diff.getMatched().stream().allMatch(c -> c.getMatchedBy() == MatchedBy.TITLE
        && c.getBefore().getTitle().equals(c.getAfter().getTitle()) && !c.isChanged()), diff::toString);
    assertEquals(List.of(), diff.getAdded());
  }

  @Test
  void test_of_similarTitlesBelowThresholdNotPaired() {
    // Voss 22 and 23 open alike ("Leggja til rette for at barn/born …") but are different oppdrag.
    Plan before = plan(measure("a", SeedPlans.VOSS_OPPDRAG[21]));
    Plan after = plan(measure("b", SeedPlans.VOSS_OPPDRAG[22]));
    PlanComparison diff = PlanComparison.of(before, after);
    assertEquals(1, diff.getAdded().size());
    assertEquals(1, diff.getRemoved().size());
    assertEquals(1, PlanComparison.of(before, after, 0.5).getMatched().size(), "paired when looser");
    assertEquals(0, PlanComparison.of(before, after, 1.01).getMatched().size());
  }

  @Test
  void test_of_mostSimilarPairedFirst() {
    Plan before = plan(measure("a", "Etablere Svingen dagaktivitetstilbod"));
    Plan after = plan(measure("b", "Vidareutvikle Svingen dagaktivitetstilbod"),
        measure("c", "Etablere Svingen dagaktivitetstilbod for unge"));
    MeasureChange pair = PlanComparison.of(before, after).getMatched().get(0);
    assertEquals("c", pair.getAfter().getId());
  }

  @Test
  void test_of_thresholdChecked() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PlanComparison.of(HEROY, HEROY, 0));
    assertEquals("The similarity threshold must be above 0, not 0.0", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PlanComparison.of(HEROY, HEROY, Double.NaN));
  }

  @Test
  void test_of_descriptionAndFocusAreaChanges() {
    Measure m = measure("a", "Organisere våre tjenester for å ha en helhetlig demensomsorg");
    Plan before = plan(m);
    Plan after = Plan.builder().from(plan()).addFocusAreas(FocusArea.builder().id("eldre").name("Eldreomsorg")
        .addMeasures(Measure.builder().from(m).description("Utrede brukerskole for demenssyke").addGoals("x")
            .build()).build()).build();
    MeasureChange change = PlanComparison.of(before, after).getMatched().get(0);
    assertEquals(Set.of(MeasureField.DESCRIPTION, MeasureField.FOCUS_AREA, MeasureField.GOALS),
        change.getChangedFields());
  }

  @Test
  void test_of_whiteSpaceIsNoChange() {
    Plan before = plan(measure("a", "Gjere handlingsplan mot vald i nære\nrelasjonar betre kjent"));
    Plan after = plan(measure("a", "Gjere handlingsplan mot vald i nære relasjonar  betre kjent "));
    assertFalse(PlanComparison.of(before, after).hasChanges());
  }

  private static Measure measure(String id, String title) {
    return Measure.builder().id(id).title(title).build();
  }

  private static Plan plan(Measure... measures) {
    return Plan.builder().from(HEROY).focusAreas(List.of()).measures(List.of(measures)).build();
  }

  // similarity

  static Stream<Arguments> similarities() {
    return Stream.of(
        Arguments.of("Digital heimeoppfølging", "Digital heimeoppfølging", 1.0),
        Arguments.of("DIGITAL  heimeoppfølging!", "digital heimeoppfølging", 1.0),
        Arguments.of("heimeoppfølging digital", "Digital heimeoppfølging", 1.0),
        Arguments.of("abc", "xyz", 0.0),
        // "le eg gg gj ja" vs "le eg gg ge": 2·3 / (5 + 4)
        Arguments.of("leggja", "legge", 6.0 / 9),
        Arguments.of("Leggja til rette for at born", "Legge til rette for at barn", 0.7878787878787878),
        Arguments.of("", "", 1.0),
        Arguments.of("–", "", 0.0));
  }

  @ParameterizedTest
  @MethodSource("similarities")
  void test_similarity(String a, String b, double expected) {
    assertEquals(expected, PlanComparison.similarity(a, b), 1e-12);
    assertEquals(expected, PlanComparison.similarity(b, a), 1e-12, "symmetric");
  }
}
