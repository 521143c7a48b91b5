package no.helseplan.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import no.helseplan.goal.Goal;
import no.helseplan.measure.Measure;
import no.helseplan.plan.FocusArea;
import no.helseplan.plan.Plan;
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
