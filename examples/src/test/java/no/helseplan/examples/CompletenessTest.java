package no.helseplan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.helseplan.analysis.PlanCorpus;
import no.helseplan.goal.Goal;
import no.helseplan.goal.SdgTarget;
import no.helseplan.goal.Strategy;
import no.helseplan.measure.Measure;
import no.helseplan.measure.ResourceUnit;
import no.helseplan.plan.FocusArea;
import no.helseplan.plan.FocusAreaKind;
import no.helseplan.plan.Milestone;
import no.helseplan.plan.Plan;
import no.helseplan.project.Project;
import no.helseplan.reference.LegalBasis;
import no.helseplan.timeframe.Frequency;
import no.helseplan.timeframe.Point;
import no.helseplan.timeframe.Recurring;
import no.helseplan.timeframe.Season;
import no.helseplan.timeframe.Span;
import no.helseplan.timeframe.Timeframe;
import no.helseplan.timeframe.TimeframeContext;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The counts of every bundled plan, each established by reading the source document in {@code shared/seeds},
 * and spot checks of exact texts and of how the municipalities' words were interpreted.
 */
class CompletenessTest {

  private static <T> List<Integer> perArea(Plan plan, Function<FocusArea, List<T>> items) {
    return plan.getFocusAreas().stream().map(a -> items.apply(a).size()).collect(Collectors.toList());
  }

  private static long count(List<Measure> measures, java.util.function.Predicate<Measure> test) {
    return measures.stream().filter(test).count();
  }

  private static List<Measure> allMeasures(Plan plan) {
    return PlanCorpus.of(plan).measures().map(m -> m.getMeasure()).collect(Collectors.toList());
  }

  private static Measure measureWithTitle(Plan plan, String title) {
    return allMeasures(plan).stream().filter(m -> m.getTitle().equals(title)).findFirst()
        .orElseThrow(() -> new AssertionError("no measure titled " + title));
  }

  @Nested
  class Heroy {
    private final Plan plan = Examples.heroy();

    @Test
    void header() {
      assertEquals("1515", plan.getMunicipality().getNumber());
      assertEquals(Language.NN, plan.getLanguage());
      assertEquals(LocalDate.of(2026, 2, 12), plan.getAdoption().orElseThrow().getDate().orElseThrow());
      assertEquals(2025, plan.getPeriod().orElseThrow().getStart().orElseThrow());
      assertEquals(2028, plan.getPeriod().orElseThrow().getEnd().orElseThrow());
    }

    @Test
    void focusAreas_sixOfKindFocusArea() {
      assertEquals(List.of("Brukarmedverknad", "Aktivitet og frivilligheit", "Førebygging", "Meistring",
          "Kunnskap og kompetanse", "Heilskap"),
          plan.getFocusAreas().stream().map(FocusArea::getName).collect(Collectors.toList()));
      assertTrue(plan.getFocusAreas().stream().allMatch(a -> a.getKind() == FocusAreaKind.FOCUS_AREA));
    }

    @Test
    void goals_oneObjectivePerArea_sixteenKvaSubGoals() {
      assertEquals(List.of(1, 1, 1, 1, 1, 1), perArea(plan, FocusArea::getGoals));
      assertEquals(List.of(1, 2, 3, 2, 4, 4), plan.getFocusAreas().stream()
          .map(a -> a.getGoals().get(0).getSubGoals().size()).collect(Collectors.toList()));
    }

    @Test
    void measures_65_withTimeframeResponsibilityResources() {
      assertEquals(List.of(5, 8, 10, 12, 12, 18), perArea(plan, FocusArea::getMeasures));
      List<Measure> measures = allMeasures(plan);
      assertEquals(65, measures.size());
      assertEquals(62, count(measures, m -> m.getTimeframe().isPresent()));
      assertEquals(64, count(measures, m -> m.getResponsibility().isPresent()));
      assertEquals(3, count(measures, m -> m.getResources().isPresent()));
      assertEquals(43, count(measures, m -> m.getTimeframe().map(Timeframe::getText).orElse("").equals("Jamleg")));
    }

    @Test
    void participantsAndReferences() {
      assertEquals(7, plan.getParticipants().size());
      assertEquals(2, plan.getReferences().size());
    }

    @Test
    void spotCheck_resourcesOfTilrettelegging() {
      Measure m = plan.getFocusAreas().get(2).getMeasures().get(8);
      assertEquals("Styrke ressurs knytt til tilrettelegging av heimen", m.getTitle());
      assertEquals("1 årsverk seksjon rehabilitering", m.getResources().orElseThrow().getText());
      assertEquals(ResourceUnit.FTE, m.getResources().orElseThrow().getNeeds().get(0).getUnit().orElseThrow());
      assertEquals("2026", m.getTimeframe().orElseThrow().getText());
      assertEquals("Leiargruppe i helse og omsorg", m.getResponsibility().orElseThrow().getText());
    }

    @Test
    void interpreted_haust2025_isAPointInAutumn2025() {
      Measure m = measureWithTitle(plan, "Etablere Svingen dagaktivitetstilbod");
      Point point = assertInstanceOf(Point.class, m.getTimeframe().orElseThrow());
      assertEquals("Haust 2025", point.getText());
      assertEquals(2025, point.getAt().getYear().orElseThrow());
      assertEquals(Season.AUTUMN, point.getAt().getSeason().orElseThrow());
      assertFalse(point.getAt().isYearInferred());
      assertTrue(m.getResponsibility().isEmpty(), "the source leaves Ansvar empty for this row");
    }

    @Test
    void interpreted_oddetalsar_isRecurringInOddYears() {
      Measure m = plan.getFocusAreas().get(0).getMeasures().get(3);
      Recurring recurring = assertInstanceOf(Recurring.class, m.getTimeframe().orElseThrow());
      assertEquals("Oddetalsår", recurring.getText());
      assertEquals(Frequency.ODD_YEARS, recurring.getFrequency());
    }

    @Test
    void interpreted_2026slash2027_isASpan() {
      Span span = assertInstanceOf(Span.class, allMeasures(plan).stream()
          .filter(m -> m.getResources().map(r -> r.getText().equals("3 årsverk")).orElse(false))
          .findFirst().orElseThrow().getTimeframe().orElseThrow());
      assertEquals("2026/2027", span.getText());
      assertEquals(2026, span.getFrom().getYear().orElseThrow());
      assertEquals(2027, span.getTo().getYear().orElseThrow());
    }
  }

  @Nested
  class SorVaranger {
    private final Plan plan = Examples.sorVaranger();

    @Test
    void focusAreas_threeHoldingThirteenMainGoals() {
      assertEquals(3, plan.getFocusAreas().size());
      assertEquals(List.of(5, 4, 4), perArea(plan, FocusArea::getGoals));
      List<String> numbers = plan.getFocusAreas().stream().flatMap(a -> a.getGoals().stream())
          .map(g -> g.getNumber().orElseThrow()).collect(Collectors.toList());
      assertEquals(Stream.iterate(1, i -> i + 1).limit(13).map(String::valueOf).collect(Collectors.toList()),
          numbers);
    }

    @Test
    void measures_28AtPlanLevel_citingTheirGoals() {
      assertEquals(28, plan.getMeasures().size());
      assertEquals(List.of(0, 0, 0), perArea(plan, FocusArea::getMeasures));
      List<String> twoGoals = plan.getMeasures().stream().filter(m -> m.getGoals().size() == 2)
          .map(m -> m.getGoals().stream().map(g -> g.replace("hovedmal-", "")).collect(Collectors.joining(",")))
          .collect(Collectors.toList());
      assertEquals(List.of("1,7", "2,6", "4,7", "9,10", "10,12"), twoGoals);
      assertTrue(plan.getMeasures().stream().allMatch(m -> m.getGoals().size() >= 1));
      Set<String> cited = plan.getMeasures().stream().flatMap(m -> m.getGoals().stream())
          .collect(Collectors.toSet());
      assertFalse(cited.contains("hovedmal-13"), "goal 13 is cited by no measure");
      assertEquals(12, cited.size());
      Map<String, Long> perGoal = plan.getMeasures().stream().collect(Collectors.groupingBy(
          m -> m.getGoals().get(0), Collectors.counting()));
      assertEquals(4, perGoal.get("hovedmal-8"));
      assertEquals(5, perGoal.get("hovedmal-9"));
    }

    @Test
    void measures_allWithFinancingAndTimeframe() {
      assertTrue(plan.getMeasures().stream().allMatch(m -> m.getFinancing().isPresent()));
      assertTrue(plan.getMeasures().stream().allMatch(m -> m.getTimeframe().isPresent()));
    }

    @Test
    void spotCheck_financingOfRecruitmentPackage() {
      Measure m = plan.getMeasures().stream().filter(x -> x.getFinancing().orElseThrow().getText()
          .equals("Egne rammer / Krever midler til prosjektledelse")).findFirst().orElseThrow();
      assertEquals("Utarbeide og innføre rekrutteringspakke – tiltrekke oss de riktige arbeidstakerne og beholde"
          + " dem", m.getTitle());
      assertEquals(2, m.getFinancing().orElseThrow().getNeeds().size());
      Span span = assertInstanceOf(Span.class, m.getTimeframe().orElseThrow());
      assertEquals(2020, span.getFrom().getYear().orElseThrow());
      assertEquals(2023, span.getTo().getYear().orElseThrow());
      assertEquals("Deltakelse i Jobbvinnerprosjektet", m.getBullets().get(0).getChildren().get(0).getText());
    }
  }

  @Nested
  class Hustadvika {
    private final Plan plan = Examples.hustadvika();

    @Test
    void focusAreas_eightNumberedGoalAreas() {
      assertEquals(8, plan.getFocusAreas().size());
      assertTrue(plan.getFocusAreas().stream().allMatch(a -> a.getKind() == FocusAreaKind.GOAL_AREA));
      assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8"), plan.getFocusAreas().stream()
          .map(a -> a.getNumber().orElseThrow()).collect(Collectors.toList()));
    }

    @Test
    void goalsStrategiesAndPriorityActions() {
      assertEquals(List.of(4, 3, 3, 3, 3, 3, 3, 4), perArea(plan, FocusArea::getGoals));
      assertEquals(List.of(15, 10, 12, 9, 13, 12, 11, 17), perArea(plan, FocusArea::getStrategies));
      assertEquals(List.of(3, 3, 5, 3, 3, 4, 3, 3), perArea(plan, FocusArea::getMeasures));
      assertEquals(99, plan.getFocusAreas().stream().mapToInt(a -> a.getStrategies().size()).sum());
      assertEquals(27, allMeasures(plan).size());
    }

    @Test
    void everyStrategyCitesExactlyOneGoalOfItsArea() {
      for (FocusArea area : plan.getFocusAreas()) {
        Set<String> goals = area.getGoals().stream().map(Goal::getId).collect(Collectors.toSet());
        for (Strategy strategy : area.getStrategies()) {
          assertEquals(1, strategy.getGoals().size(), strategy.getId());
          assertTrue(goals.contains(strategy.getGoals().get(0)), strategy.getId());
        }
      }
    }

    @Test
    void planLevel() {
      assertEquals(5, plan.getGoals().size());
      assertEquals(List.of("Imøtekommende", "Dyktig", "Ansvarlig", "Respektfull"),
          plan.getValues().stream().map(v -> v.getName()).collect(Collectors.toList()));
      assertEquals(5, plan.getPerspectives().size());
      assertEquals(List.of("3", "11", "17"), plan.getPerspectives().get(0).getSdgTargets().stream()
          .map(SdgTarget::getCode).collect(Collectors.toList()));
      assertEquals(13, plan.getParticipants().size());
      assertEquals(13, plan.getReferences().size());
      assertEquals(8, plan.getLegalBasis().size());
    }

    @Test
    void spotCheck_vision() {
      assertEquals("Livsmestring for alle – eget ansvar og felles innsats", plan.getVision().orElseThrow());
      assertEquals("Videreutvikle av lavterskeltilbud og øke kunnskap i organisasjonen om tidlig innsats",
          plan.getFocusAreas().get(0).getStrategies().get(0).getStatement());
    }
  }

  @Nested
  class Voss {
    private final Plan plan = Examples.voss();

    @Test
    void goalsStrategiesAndAssignments() {
      assertEquals(List.of("01", "02", "03"), plan.getGoals().stream().map(g -> g.getNumber().orElseThrow())
          .collect(Collectors.toList()));
      assertEquals(6, plan.getStrategies().size());
      assertEquals(51, plan.getMeasures().size());
      assertEquals(List.of("innan 1 veke", "22. september kvart år", "kvart år", "minst ein gong kvart år"),
          plan.getMeasures().stream().flatMap(m -> m.getTimeframe().stream()).map(Timeframe::getText)
              .collect(Collectors.toList()));
    }

    @Test
    void projects() {
      assertEquals(2, plan.getProjects().size());
      Project revision = plan.getProjects().get(0);
      assertTrue(revision.getName().startsWith("Revisjon av strategien"), revision.getName());
      assertEquals(12, revision.getMilestones().size());
      Project project = plan.getProjects().get(1);
      assertEquals("Saman om gode arbeidsdagar", project.getName());
      assertEquals(5, project.getRoles().size());
      assertEquals(2, project.getCases().size());
    }

    @Test
    void spotCheck_milestoneFristFredag() {
      Milestone milestone = plan.getProjects().get(0).getMilestones().stream()
          .filter(m -> m.getDue().map(Timeframe::getText).orElse("").equals("Frist fredag 10. okt"))
          .findFirst().orElseThrow();
      assertEquals("Strategi bearbeiding høyringsinnspel", milestone.getActivity());
      Point due = assertInstanceOf(Point.class, milestone.getDue().orElseThrow());
      assertTrue(due.isDeadline());
      assertEquals(LocalDate.of(2025, 10, 10), due.getAt().getRange().orElseThrow().getStart());
    }

    @Test
    void interpreted_hoyringsperiod_isASpanIn2025FromTheDocumentDate() {
      assertEquals(LocalDate.of(2025, 6, 5), plan.getDocumentDate().orElseThrow());
      Span span = assertInstanceOf(Span.class, plan.getProjects().get(0).getMilestones().stream()
          .flatMap(m -> m.getDue().stream()).filter(t -> t.getText().equals("01. sept – 10. okt"))
          .findFirst().orElseThrow());
      assertEquals(2025, span.getFrom().getYear().orElseThrow());
      assertTrue(span.getFrom().isYearInferred());
      assertEquals(Month.SEPTEMBER, span.getFrom().getMonth().orElseThrow());
      assertEquals(1, span.getFrom().getDay().orElseThrow());
      assertEquals(Month.OCTOBER, span.getTo().getMonth().orElseThrow());
      assertEquals(10, span.getTo().getDay().orElseThrow());
      assertEquals(LocalDate.of(2025, 10, 10), span.getBounds(TimeframeContext.ofDate(LocalDate.of(2025, 6, 5)))
          .orElseThrow().getEndInclusive());
    }
  }

  @Nested
  class Rodoy {
    private final Plan plan = Examples.rodoy();

    @Test
    void serviceAreas_goalsAndMeasures() {
      assertEquals(7, plan.getFocusAreas().size());
      assertTrue(plan.getFocusAreas().stream().allMatch(a -> a.getKind() == FocusAreaKind.SERVICE_AREA));
      assertEquals(List.of(7, 7, 6, 5, 6, 10, 7), perArea(plan, FocusArea::getGoals));
      assertEquals(56, plan.getFocusAreas().stream().flatMap(a -> a.getGoals().stream())
          .mapToInt(g -> 1 + g.getSubGoals().size()).sum());
      assertEquals(List.of(5, 4, 4, 5, 11, 8, 7), perArea(plan, FocusArea::getMeasures));
      assertEquals(44, allMeasures(plan).size());
    }

    @Test
    void planLevel() {
      assertEquals(6, plan.getLegalBasis().size());
      assertEquals(6, plan.getCooperation().size());
      assertEquals(6, plan.getSections().size());
      assertTrue(plan.getPeriod().isEmpty(), "the document states no plan period");
      assertEquals("Bodø", plan.getCooperation().get(0).getMunicipalities().get(0).getName());
    }

    @Test
    void spotCheck_legalBasisWithProvisions() {
      LegalBasis basis = plan.getFocusAreas().stream().flatMap(a -> a.getLegalBasis().stream())
          .filter(b -> b.getText().equals("Helse- og omsorgstjenesteloven §§ 3-1 og 3-2")).findFirst()
          .orElseThrow();
      assertEquals("Helse- og omsorgstjenesteloven", basis.getName().orElseThrow());
      assertEquals(List.of("3-1", "3-2"), basis.getProvisions());
    }
  }
}
