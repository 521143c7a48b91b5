package no.helseplan.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import no.helseplan.budget.BudgetAmount;
import no.helseplan.budget.BudgetKind;
import no.helseplan.budget.BudgetLine;
import no.helseplan.budget.MoneyUnit;
import no.helseplan.facility.Facility;
import no.helseplan.facility.FacilityKind;
import no.helseplan.figure.FigureKind;
import no.helseplan.figure.FigureSeries;
import no.helseplan.figure.FigureValue;
import no.helseplan.followup.ReportStatus;
import no.helseplan.followup.StatusReport;
import no.helseplan.goal.Goal;
import no.helseplan.measure.DecisionState;
import no.helseplan.measure.Measure;
import no.helseplan.measure.ReachLevel;
import no.helseplan.plan.Adoption;
import no.helseplan.plan.FocusArea;
import no.helseplan.plan.Plan;
import no.helseplan.plan.PlanLevel;
import no.helseplan.priority.Priority;
import no.helseplan.priority.PriorityLevel;
import no.helseplan.reference.Attachment;
import no.helseplan.reference.AttachmentKind;
import no.helseplan.targetgroup.TargetGroup;
import no.helseplan.targetgroup.TargetGroupKind;
import no.helseplan.timeframe.TimeframeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PlanGeneratorTest {

  static List<Generated<Plan>> plans() {
    return Seeds.cases(100, random -> new PlanGenerator(random).plan());
  }

  // plan()

  @Test
  void test_plan_sameSeedSamePlan() {
    Plan first = new PlanGenerator(Seeds.random(42, 7)).plan();
    Plan second = new PlanGenerator(Seeds.random(42, 7)).plan();
    assertEquals(first, second);
    assertNotEquals(first, new PlanGenerator(Seeds.random(42, 8)).plan());
  }

  @ParameterizedTest
  @MethodSource("plans")
  void test_plan_idsUniqueAndCitedGoalsExist(Generated<Plan> generated) {
    Plan plan = generated.value();
    Set<String> goalIds = new HashSet<>();
    Set<String> ids = new HashSet<>();
    goals(plan).forEach(g -> {
      assertTrue(ids.add(g.getId()), () -> "duplicate id " + g.getId() + " in " + generated);
      goalIds.add(g.getId());
    });
    measures(plan).forEach(m -> {
      assertTrue(ids.add(m.getId()), () -> "duplicate id " + m.getId() + " in " + generated);
      m.getGoals().forEach(cited ->
          assertTrue(goalIds.contains(cited), () -> m.getId() + " cites missing goal " + cited + " in " + generated));
    });
  }

  @Test
  void test_plan_everyTimeframeKindGenerated() {
    Set<TimeframeKind> seen = EnumSet.noneOf(TimeframeKind.class);
    plans().forEach(g -> measures(g.value()).forEach(m -> m.getTimeframe().ifPresent(t -> seen.add(t.getKind()))));
    assertEquals(EnumSet.allOf(TimeframeKind.class), seen);
  }

  @ParameterizedTest
  @MethodSource("plans")
  void test_plan_issue11FiguresValid(Generated<Plan> generated) {
    Plan plan = generated.value();
    Set<String> measureIds = new HashSet<>();
    measures(plan).forEach(m -> measureIds.add(m.getId()));
    facilities(plan).forEach(f -> {
      assertTrue(measureIds.containsAll(f.getMeasures()), () -> f.getId() + " cites a missing measure in " + generated);
      f.getCount().ifPresent(c -> assertTrue(c.getMin().signum() > 0 && c.getMin().compareTo(c.getMax()) <= 0,
          () -> f.getId() + " has count " + c + " in " + generated));
    });
    figures(plan).forEach(series -> {
      assertDistinct(series.getValues().stream().map(FigureValue::getYear).toList(), generated);
      assertTrue(!series.isForecast() || series.getDataSource().isPresent(),
          () -> "forecast without a source in " + generated);
    });
    measures(plan).flatMap(m -> m.getBudget().stream())
        .forEach(line -> assertDistinct(line.getAmounts().stream().map(BudgetAmount::getYear).toList(), generated));
    plan.getAdoption().flatMap(Adoption::getDate).ifPresent(adopted -> reports(plan).forEach(r -> assertTrue(
        r.getDate().map(d -> !d.isBefore(adopted)).orElse(r.getReportYear() >= adopted.getYear()),
        () -> "report " + r + " before adoption " + adopted + " in " + generated)));
  }

  @Test
  void test_plan_everyIssue11TypeGenerated() {
    List<Plan> plans = plans().stream().map(Generated::value).toList();
    assertSeesAll(FacilityKind.class, plans, p -> facilities(p).map(Facility::getKind));
    assertSeesAll(FigureKind.class, plans, p -> figures(p).flatMap(f -> f.getValues().stream())
        .map(FigureValue::getKind));
    assertSeesAll(BudgetKind.class, plans, p -> measures(p).flatMap(m -> m.getBudget().stream())
        .map(BudgetLine::getKind));
    assertSeesAll(MoneyUnit.class, plans, p -> measures(p).flatMap(m -> m.getBudget().stream())
        .map(BudgetLine::getUnit));
    assertSeesAll(ReportStatus.class, plans, p -> reports(p).flatMap(r -> r.getStatus().stream()));
    assertSeesAll(AttachmentKind.class, plans, p -> p.getAttachments().stream().map(Attachment::getKind));
    assertSeesAll(TargetGroupKind.class, plans, p -> targetGroups(p).map(TargetGroup::getKind));
    assertSeesAll(ReachLevel.class, plans, p -> measures(p).flatMap(m -> m.getReach().stream()));
    assertSeesAll(DecisionState.class, plans, p -> measures(p).flatMap(m -> m.getDecisionState().stream()));
    assertSeesAll(PriorityLevel.class, plans, p -> priorities(p).flatMap(x -> x.getLevel().stream()));
    assertSeesAll(PlanLevel.class, plans, p -> p.getLevel().stream());
    assertTrue(plans.stream().flatMap(PlanGeneratorTest::priorities).anyMatch(x -> x.getRank().isPresent()));
    assertTrue(plans.stream().anyMatch(p -> !p.getConsultations().isEmpty()));
    assertTrue(plans.stream().anyMatch(p -> p.getProvenance().flatMap(x -> x.getDocument()).isPresent()));
    assertTrue(plans.stream().flatMap(PlanGeneratorTest::measures).anyMatch(m -> m.getProvenance().isPresent()));
    assertTrue(plans.stream().anyMatch(p -> p.getFollowUp().flatMap(f -> f.getRevision()).isPresent()));
    assertTrue(plans.stream().flatMap(PlanGeneratorTest::facilities)
        .anyMatch(f -> f.getFinancing().isPresent() && !f.getMeasures().isEmpty()));
  }

  private static <E extends Enum<E>> void assertSeesAll(Class<E> type, List<Plan> plans,
      Function<Plan, Stream<E>> values) {
    Set<E> seen = EnumSet.noneOf(type);
    plans.forEach(p -> values.apply(p).forEach(seen::add));
    assertEquals(EnumSet.allOf(type), seen, () -> "not all " + type.getSimpleName() + " generated");
  }

  private static void assertDistinct(List<Integer> years, Generated<Plan> generated) {
    assertEquals(years.size(), new HashSet<>(years).size(), () -> "a year twice in " + years + " in " + generated);
  }

  private static Stream<Facility> facilities(Plan plan) {
    return Stream.concat(plan.getFacilities().stream(),
        plan.getFocusAreas().stream().flatMap(a -> a.getFacilities().stream()));
  }

  private static Stream<FigureSeries> figures(Plan plan) {
    return Stream.of(plan.getFigures().stream(), plan.getFocusAreas().stream().flatMap(a -> a.getFigures().stream()),
        goals(plan).flatMap(g -> g.getFigures().stream())).flatMap(s -> s);
  }

  private static Stream<StatusReport> reports(Plan plan) {
    return Stream.concat(goals(plan).flatMap(g -> g.getReports().stream()),
        measures(plan).flatMap(m -> m.getReports().stream()));
  }

  private static Stream<TargetGroup> targetGroups(Plan plan) {
    return Stream.of(plan.getTargetGroups().stream(),
        plan.getFocusAreas().stream().flatMap(a -> a.getTargetGroups().stream()),
        goals(plan).flatMap(g -> g.getTargetGroups().stream()),
        measures(plan).flatMap(m -> m.getTargetGroups().stream())).flatMap(s -> s);
  }

  private static Stream<Priority> priorities(Plan plan) {
    return Stream.concat(goals(plan).flatMap(g -> g.getPriority().stream()),
        measures(plan).flatMap(m -> m.getPriority().stream()));
  }

  // Seeds

  @Test
  void test_seed_readsSystemProperty() {
    String before = System.getProperty("helseplan.seed");
    try {
      System.setProperty("helseplan.seed", "17");
      assertEquals(17L, Seeds.seed());
      assertEquals("seed 17, case 3 (rerun with -Dhelseplan.seed=17)", Seeds.cases(4, r -> 0).get(3).toString());
    } finally {
      if (before == null) {
        System.clearProperty("helseplan.seed");
      } else {
        System.setProperty("helseplan.seed", before);
      }
    }
  }

  private static Stream<Goal> goals(Plan plan) {
    return Stream.concat(plan.getGoals().stream(), plan.getFocusAreas().stream().flatMap(a -> a.getGoals().stream()))
        .flatMap(PlanGeneratorTest::withSubGoals);
  }

  private static Stream<Goal> withSubGoals(Goal goal) {
    return Stream.concat(Stream.of(goal), goal.getSubGoals().stream().flatMap(PlanGeneratorTest::withSubGoals));
  }

  private static Stream<Measure> measures(Plan plan) {
    return Stream.concat(plan.getMeasures().stream(), plan.getFocusAreas().stream().map(FocusArea::getMeasures)
        .flatMap(List::stream));
  }
}
