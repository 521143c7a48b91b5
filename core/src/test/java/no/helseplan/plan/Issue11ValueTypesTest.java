package no.helseplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import no.helseplan.budget.BudgetAmount;
import no.helseplan.budget.BudgetLine;
import no.helseplan.facility.Facility;
import no.helseplan.facility.FacilityKind;
import no.helseplan.figure.FigureSeries;
import no.helseplan.figure.FigureValue;
import no.helseplan.followup.ReportedValue;
import no.helseplan.goal.Goal;
import no.helseplan.measure.Measure;
import no.helseplan.priority.Priority;
import no.helseplan.provenance.SourceDocument;
import no.helseplan.reference.Attachment;
import no.helseplan.reference.AttachmentKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 11: the new value types name a missing required field, default to empty, and compare by value. */
class Issue11ValueTypesTest {

  static Stream<Arguments> missingRequiredFields() {
    return Stream.of(
        Arguments.of((Supplier<Object>) () -> Facility.builder().kind(FacilityKind.HEALTH_CENTRE).build(), "Facility",
            List.of("id")),
        Arguments.of((Supplier<Object>) () -> Facility.builder().id("bygg-1").build(), "Facility", List.of("kind")),
        Arguments.of((Supplier<Object>) () -> FigureSeries.builder().build(), "FigureSeries", List.of("name")),
        Arguments.of((Supplier<Object>) () -> FigureValue.builder().year(2024).build(), "FigureValue",
            List.of("value")),
        Arguments.of((Supplier<Object>) () -> BudgetLine.builder().build(), "BudgetLine", List.of("kind", "unit")),
        Arguments.of((Supplier<Object>) () -> BudgetAmount.builder().amount(BigDecimal.ONE).build(), "BudgetAmount",
            List.of("year")),
        Arguments.of((Supplier<Object>) () -> ReportedValue.builder().build(), "ReportedValue",
            List.of("indicator", "value")),
        Arguments.of((Supplier<Object>) () -> Attachment.builder().kind(AttachmentKind.MINUTES).build(), "Attachment",
            List.of("title")),
        Arguments.of((Supplier<Object>) () -> SourceDocument.builder().build(), "SourceDocument", List.of("title")),
        Arguments.of((Supplier<Object>) () -> Priority.builder().rank(1).build(), "Priority", List.of("text")));
  }

  @ParameterizedTest
  @MethodSource("missingRequiredFields")
  void test_build_missingRequiredField_namesTheField(Supplier<Object> build, String type, List<String> fields) {
    IllegalStateException e = assertThrows(IllegalStateException.class, build::get);
    assertTrue(e.getMessage().contains("Cannot build " + type), e::getMessage);
    for (String field : fields) {
      assertTrue(e.getMessage().contains(field), () -> "'" + e.getMessage() + "' does not name " + field);
    }
  }

  @Test
  void test_newAttributes_emptyByDefault() {
    Plan plan = Plan.builder().id("p").title("Plan").kind(PlanKind.OTHER)
        .municipality(no.helseplan.municipality.Municipality.of("1515", "Herøy"))
        .language(no.helseplan.vocabulary.Language.NN).build();
    assertEquals(List.of(), plan.getTargetGroups());
    assertEquals(List.of(), plan.getFacilities());
    assertEquals(List.of(), plan.getFigures());
    assertEquals(List.of(), plan.getConsultations());
    assertEquals(List.of(), plan.getAttachments());
    assertEquals(Optional.empty(), plan.getLevel());
    assertEquals(Optional.empty(), plan.getProvenance());
    Measure measure = Measure.builder().id("t1").title("Tiltak").build();
    assertEquals(Optional.empty(), measure.getReach());
    assertEquals(Optional.empty(), measure.getPriority());
    assertEquals(List.of(), measure.getBudget());
    assertEquals(List.of(), measure.getReports());
    Goal goal = Goal.builder().id("m1").statement("Mål").build();
    assertEquals(List.of(), goal.getReports());
    assertEquals(List.of(), goal.getFigures());
    assertEquals(Optional.empty(), FollowUp.builder().text("Årleg").build().getRevision());
    assertEquals(AttachmentKind.OTHER, Attachment.builder().title("Vedlegg").build().getKind());
  }

  @Test
  void test_equals_byValue() {
    Supplier<Facility> make = () -> Facility.builder().id("bygg-1").kind(FacilityKind.NURSING_HOME_PLACE)
        .count(no.helseplan.measure.Amount.of(16)).yearNeeded(2028).addMeasures("t1").build();
    assertEquals(make.get(), make.get());
    assertEquals(make.get().hashCode(), make.get().hashCode());
    assertNotEquals(make.get(), Facility.builder().from(make.get()).yearNeeded(2029).build());
  }
}
