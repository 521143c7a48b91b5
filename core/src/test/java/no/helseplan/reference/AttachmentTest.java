package no.helseplan.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.helseplan.internal.RoundTrip;
import no.helseplan.municipality.Municipality;
import no.helseplan.plan.Plan;
import no.helseplan.plan.PlanKind;
import no.helseplan.provenance.Provenance;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 11, part 8: a plan's attachments, typed by kind. */
class AttachmentTest {

  static Plan plan() {
    return Plan.builder().id("eksempel-2026").title("Helse- og omsorgsplan 2026–2036").kind(PlanKind.THEMATIC_PLAN)
        .municipality(Municipality.of("1836", "Rødøy")).language(Language.NB)
        .addAttachments(Attachment.builder().number("1").kind(AttachmentKind.KNOWLEDGE_BASE)
            .title("Kunnskapsgrunnlag: helse og omsorg i tall").date(LocalDate.of(2025, 11, 1))
            .provenance(Provenance.ofPage(48)).build())
        .addAttachments(Attachment.builder().number("2").kind(AttachmentKind.RESPONSE_TO_COMMENTS)
            .title("Merknadsbehandling etter høring")
            .description("Oppsummering av 14 høringsinnspill med kommunedirektørens vurdering").build())
        .addAttachments(Attachment.of(AttachmentKind.MINUTES, "Protokoll fra kommunestyret 12.02.2026"))
        .addAttachments(Attachment.builder().title("Oversikt over frivillige lag").build())
        .addReferences(Reference.builder().title("Folkehelseoversikt 2024–2027")
            .url("https://www.example-kommune.no/folkehelse").relation(ReferenceRelation.BASIS).build())
        .build();
  }

  @Test
  void test_attachments_typedAndApartFromReferences() {
    Plan plan = plan();
    assertEquals(List.of(AttachmentKind.KNOWLEDGE_BASE, AttachmentKind.RESPONSE_TO_COMMENTS, AttachmentKind.MINUTES,
        AttachmentKind.OTHER), plan.getAttachments().stream().map(Attachment::getKind).toList());
    assertEquals(Optional.of("2"), plan.getAttachments().get(1).getNumber());
    assertEquals(Optional.empty(), plan.getAttachments().get(2).getNumber());
    assertEquals(1, plan.getReferences().size());
  }

  @Test
  void test_json_roundTrip() {
    Plan plan = plan();
    assertEquals(plan, RoundTrip.json(plan, Plan.class));
  }

  @ParameterizedTest
  @CsvSource({"RESPONSE_TO_COMMENTS, Merknadsbehandling, Merknadshandsaming",
      "CONSULTATION_SUBMISSIONS, Høringsinnspill, Høyringsinnspel", "MINUTES, Protokoll, Protokoll",
      "INVOLVEMENT_REPORT, Medvirkningsrapport, Medverknadsrapport"})
  void test_label_bokmalAndNynorsk(AttachmentKind kind, String nb, String nn) {
    assertEquals(nb, kind.getLabel(Language.NB));
    assertEquals(nn, kind.getLabel(Language.NN));
  }
}
