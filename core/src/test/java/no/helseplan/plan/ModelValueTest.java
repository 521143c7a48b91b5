package no.helseplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import no.helseplan.goal.Goal;
import no.helseplan.goal.SdgTarget;
import no.helseplan.measure.Amount;
import no.helseplan.measure.Measure;
import no.helseplan.measure.ResourceNeed;
import no.helseplan.municipality.Municipality;
import no.helseplan.responsibility.Actor;
import no.helseplan.responsibility.ActorKind;
import no.helseplan.responsibility.Responsibility;
import no.helseplan.text.Bullet;
import no.helseplan.text.Section;
import no.helseplan.timeframe.Ongoing;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The value types of the model: required fields, no nulls, equality by value, defaults. */
class ModelValueTest {

  static Stream<Arguments> missingRequiredFields() {
    return Stream.<Arguments>of(
        Arguments.of((Supplier<Object>) () -> Measure.builder().id("t1").build(), "Measure", "title"),
        Arguments.of((Supplier<Object>) () -> Measure.builder().title("Digital heimeoppfølging").build(), "Measure", "id"),
        Arguments.of((Supplier<Object>) () -> Goal.builder().id("m1").build(), "Goal", "statement"),
        Arguments.of((Supplier<Object>) () -> FocusArea.builder().id("a1").build(), "FocusArea", "name"),
        Arguments.of((Supplier<Object>) () -> Plan.builder().id("p").title("Handlingsplan").build(), "Plan", "kind"),
        Arguments.of((Supplier<Object>) () -> Responsibility.builder().build(), "Responsibility", "text"),
        Arguments.of((Supplier<Object>) () -> ResourceNeed.builder().build(), "ResourceNeed", "text"),
        Arguments.of((Supplier<Object>) () -> Section.builder().build(), "Section", "title"),
        Arguments.of((Supplier<Object>) () -> Actor.builder().build(), "Actor", "name"));
  }

  // builder(): required fields

  @ParameterizedTest
  @MethodSource("missingRequiredFields")
  void test_build_missingRequiredField_namesTheField(Supplier<Object> build, String type, String field) {
    IllegalStateException e = assertThrows(IllegalStateException.class, build::get);
    assertTrue(e.getMessage().contains("Cannot build " + type), e::getMessage);
    assertTrue(e.getMessage().contains(field), () -> "'" + e.getMessage() + "' does not name " + field);
  }

  @Test
  void test_build_nullRejected() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> Measure.builder().title(null));
    assertEquals("title", e.getMessage());
    assertThrows(NullPointerException.class, () -> Measure.builder().addGoals((String) null));
  }

  // equality

  @Test
  void test_equals_byValue() {
    assertEquals(heroyMeasure(), heroyMeasure());
    assertEquals(heroyMeasure().hashCode(), heroyMeasure().hashCode());
    assertNotEquals(heroyMeasure(), Measure.builder().from(heroyMeasure()).title("Annan tittel").build());
  }

  @Test
  void test_defaults_absentAndEmptyNeverNull() {
    Measure measure = Measure.builder().id("t1").title("Digital heimeoppfølging").build();
    assertEquals(Optional.empty(), measure.getTimeframe());
    assertEquals(List.of(), measure.getGoals());
    assertEquals(no.helseplan.measure.MeasureKind.MEASURE, measure.getKind());
    assertEquals(ActorKind.OTHER, Actor.builder().name("Utviklingsavdelinga").build().getKind());
  }

  @Test
  void test_builder_from_copiesEverything() {
    Measure copy = Measure.builder().from(heroyMeasure()).build();
    assertEquals(heroyMeasure(), copy);
  }

  // Municipality

  @Test
  void test_municipality_numberHasFourDigits() {
    assertEquals("1515", Municipality.of("1515", "Herøy").getNumber());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Municipality.of("515", "Herøy"));
    assertEquals("A municipality number has four digits, not '515'", e.getMessage());
    assertThrows(IllegalStateException.class, () -> Municipality.of("15a5", "Herøy"));
  }

  // PlanPeriod

  @Test
  void test_planPeriod_contains() {
    PlanPeriod period = PlanPeriod.of(2025, 2028);
    assertTrue(period.contains(2025) && period.contains(2028));
    assertFalse(period.contains(2024) || period.contains(2029));
    assertTrue(PlanPeriod.from(2026).contains(2040));
    assertEquals(Optional.empty(), PlanPeriod.from(2026).getEnd());
  }

  @Test
  void test_plan_timeframeContext_fromPeriodAndAdoption() {
    Plan plan = Plan.builder().id("p").title("Handlingsplan").kind(PlanKind.ACTION_PLAN)
        .municipality(Municipality.of("1515", "Herøy")).language(Language.NN).period(PlanPeriod.of(2025, 2028))
        .adoption(Adoption.builder().text("Vedteken 12.02.2026").date(LocalDate.of(2026, 2, 12)).build())
        .build();
    assertEquals(Optional.of(2025), plan.getTimeframeContext().getPeriodStart());
    assertEquals(Optional.of(LocalDate.of(2026, 2, 12)), plan.getTimeframeContext().getDocumentDate());
  }

  // Amount, SdgTarget, Bullet

  @Test
  void test_amount_exactAndRange() {
    assertTrue(Amount.of(3).isExact());
    Amount range = Amount.between(java.math.BigDecimal.ONE, java.math.BigDecimal.valueOf(2));
    assertFalse(range.isExact());
    assertEquals(java.math.BigDecimal.valueOf(2), range.getMax());
  }

  @Test
  void test_sdgTarget_goalOrTarget() {
    assertTrue(SdgTarget.of("3").isGoal());
    assertFalse(SdgTarget.of("3.4").isGoal());
  }

  @Test
  void test_bullet_nested() {
    Bullet bullet = Bullet.of("Utrede og implementere forskjellige tiltak for helhetlig demensomsorg",
        Bullet.of("Utrede brukerskole for demenssyke"), Bullet.of("Utrede drift av hukommelsesteam"));
    assertEquals(2, bullet.getChildren().size());
    assertEquals("Utrede drift av hukommelsesteam", bullet.getChildren().get(1).getText());
  }

  private static Measure heroyMeasure() {
    return Measure.builder()
        .id("heilskap-digital-heimeoppfolging")
        .title("Digital heimeoppfølging")
        .addGoals("heilskap-kva-2")
        .timeframe(Ongoing.of("Jamleg"))
        .responsibility(Responsibility.of("Leiargruppe helse og omsorg",
            Actor.of("Leiargruppe helse og omsorg", ActorKind.LEADERSHIP_GROUP)))
        .build();
  }
}
