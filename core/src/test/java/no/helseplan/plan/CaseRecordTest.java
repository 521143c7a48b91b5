package no.helseplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import no.helseplan.internal.RoundTrip;
import no.helseplan.municipality.Municipality;
import no.helseplan.reference.Reference;
import no.helseplan.reference.ReferenceRelation;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.api.Test;

/** Issue 11, part 6: adoption and consultation with their case records, and the plan's place in the plan system. */
class CaseRecordTest {

  /** An action part 2025–2028 of a kommunedelplan 2019–2027, on consultation in spring, adopted in "PS 24/57". */
  static Plan actionPart() {
    Consultation consultation = Consultation.builder()
        .text("Planen låg ute på høyring frå 6. mai til 17. juni 2024. Det kom inn 14 innspel.")
        .body("Formannskapet")
        .decisionDate(LocalDate.of(2024, 4, 30))
        .caseNumber("sak 28/24")
        .start(LocalDate.of(2024, 5, 6))
        .end(LocalDate.of(2024, 6, 17))
        .submissions(14)
        .build();
    Adoption adoption = Adoption.builder()
        .text("Vedteken i kommunestyret 19.09.2024, PS 24/57")
        .date(LocalDate.of(2024, 9, 19))
        .body("Kommunestyret")
        .caseNumber("PS 24/57")
        .decisionText("Kommunestyret vedtek handlingsdelen 2025–2028 til kommunedelplan for helse og omsorg"
            + " med dei endringane som går fram av merknadshandsaminga.")
        .build();
    return Plan.builder().id("heroy-handlingsdel-2025").title("Handlingsdel 2025–2028")
        .kind(PlanKind.ACTION_PART).level(PlanLevel.ACTION_PART)
        .municipality(Municipality.of("1515", "Herøy")).language(Language.NN)
        .period(PlanPeriod.of(2025, 2028))
        .addConsultations(consultation)
        .adoption(adoption)
        .status(PlanStatus.ADOPTED)
        .addReferences(Reference.builder().title("Kommunedelplan for helse og omsorg 2019–2027")
            .relation(ReferenceRelation.PART_OF).build())
        .addReferences(Reference.builder().title("Kommuneplanen sin samfunnsdel 2019–2031")
            .relation(ReferenceRelation.SPRINGS_FROM).build())
        .addReferences(Reference.builder().title("Økonomiplan 2025–2028")
            .relation(ReferenceRelation.FUNDED_THROUGH).build())
        .build();
  }

  @Test
  void test_consultationAndAdoption() {
    Plan plan = actionPart();
    Consultation consultation = plan.getConsultations().get(0);
    assertEquals(42,
        ChronoUnit.DAYS.between(consultation.getStart().orElseThrow(), consultation.getEnd().orElseThrow()),
        "six weeks of consultation");
    assertEquals(Optional.of(14), consultation.getSubmissions());
    assertEquals(Optional.of("sak 28/24"), consultation.getCaseNumber());
    Adoption adoption = plan.getAdoption().orElseThrow();
    assertEquals(Optional.of("PS 24/57"), adoption.getCaseNumber());
    assertEquals(Optional.of("Kommunestyret"), adoption.getBody());
    assertEquals(LocalDate.of(2024, 9, 19), plan.getTimeframeContext().getDocumentDate().orElseThrow(),
        "the adoption date is the document date when none is given");
  }

  @Test
  void test_placeInPlanSystem() {
    Plan plan = actionPart();
    assertEquals(Optional.of(PlanLevel.ACTION_PART), plan.getLevel());
    assertEquals(List.of(ReferenceRelation.PART_OF, ReferenceRelation.SPRINGS_FROM, ReferenceRelation.FUNDED_THROUGH),
        plan.getReferences().stream().map(Reference::getRelation).toList());
    assertEquals("Del av", ReferenceRelation.PART_OF.getLabel(Language.NN));
    assertEquals("Finansierast gjennom", ReferenceRelation.FUNDED_THROUGH.getLabel(Language.NN));
    assertEquals("Verksemdsplan", PlanLevel.OPERATIONAL_PLAN.getLabel(Language.NN));
  }

  @Test
  void test_json_roundTrip() {
    Plan plan = actionPart();
    assertEquals(plan, RoundTrip.json(plan, Plan.class));
    assertEquals(plan.getConsultations().get(0), RoundTrip.json(plan.getConsultations().get(0), Consultation.class));
  }
}
