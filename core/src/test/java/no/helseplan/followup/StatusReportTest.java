package no.helseplan.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.helseplan.goal.Goal;
import no.helseplan.goal.Indicator;
import no.helseplan.internal.RoundTrip;
import no.helseplan.measure.Measure;
import no.helseplan.plan.FollowUp;
import no.helseplan.provenance.Provenance;
import no.helseplan.provenance.SourceDocument;
import no.helseplan.responsibility.Actor;
import no.helseplan.responsibility.ActorKind;
import no.helseplan.responsibility.Responsibility;
import no.helseplan.timeframe.Frequency;
import no.helseplan.timeframe.Recurring;
import no.helseplan.timeframe.Timeframe;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.api.Test;

/** Issue 11, part 5: status reports on goals and measures over time, and the plan's follow-up routine. */
class StatusReportTest {

  private static final SourceDocument ANNUAL_REPORT_2025 = SourceDocument.builder().title("Årsmelding 2025")
      .publisher("Herøy kommune").date(LocalDate.of(2026, 3, 20)).build();

  static Measure measureWithReports() {
    StatusReport first = StatusReport.builder().year(2025).status(ReportStatus.ON_TRACK)
        .statusText("Starta opp, held fram i 2026")
        .comment("Demenskoordinator tilsett i 50 % stilling frå 1. september.")
        .provenance(Provenance.of(ANNUAL_REPORT_2025, 41))
        .build();
    StatusReport second = StatusReport.builder().date(LocalDate.of(2026, 9, 30)).status(ReportStatus.DELAYED)
        .statusText("Forseinka").comment("Rekruttering av sjukepleiar tek lengre tid enn venta.").build();
    return Measure.builder().id("t12").title("Etablere demenskoordinator").addReports(first, second).build();
  }

  static Goal goalWithReports() {
    Indicator indicator = Indicator.builder().name("Del heimebuande over 80 år").unit("prosent").build();
    StatusReport report = StatusReport.builder().year(2025).status(ReportStatus.PARTLY_ACHIEVED)
        .addValues(ReportedValue.builder().indicator(indicator.getName()).value(new BigDecimal("89.5"))
            .unit("prosent").text("89,5 %").build())
        .provenance(Provenance.of(ANNUAL_REPORT_2025, 12))
        .build();
    return Goal.builder().id("m1").statement("Fleire eldre skal bu heime lenger").addIndicators(indicator)
        .addReports(report).build();
  }

  @Test
  void test_reports_onMeasureAndGoal() {
    List<StatusReport> reports = measureWithReports().getReports();
    assertEquals(List.of(2025, 2026), reports.stream().map(StatusReport::getReportYear).toList(),
        "a report dated 30 September 2026 is about 2026");
    assertEquals(Optional.of(ReportStatus.DELAYED), reports.get(1).getStatus());
    assertEquals(Optional.of(41), reports.get(0).getProvenance().flatMap(Provenance::getPage));

    Goal goal = goalWithReports();
    ReportedValue actual = goal.getReports().get(0).getValues().get(0);
    assertEquals(goal.getIndicators().get(0).getName(), actual.getIndicator(), "the value names its indicator");
    assertEquals(Optional.of("89,5 %"), actual.getText());
  }

  @Test
  void test_build_withoutYearOrDate_rejected() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> StatusReport.builder().status(ReportStatus.DONE).build());
    assertEquals("A status report needs a year or a date", e.getMessage());
  }

  /** "Handlingsdelen vert rullert kvart år … planen vert revidert kvart fjerde år." */
  static FollowUp routine() {
    Timeframe yearly = Recurring.builder().text("kvart år").frequency(Frequency.YEARLY).build();
    return FollowUp.builder()
        .text("Kommunalsjefen rapporterer årleg til kommunestyret i årsmeldinga. Handlingsdelen vert rullert kvart"
            + " år i samband med økonomiplanen, og planen vert revidert kvart fjerde år.")
        .responsibility(Responsibility.builder().text("Kommunalsjefen")
            .lead(Actor.of("Kommunalsjefen", ActorKind.ROLE)).build())
        .reportsTo(Responsibility.builder().text("kommunestyret")
            .lead(Actor.of("kommunestyret", ActorKind.POLITICAL_BODY)).build())
        .reporting(Recurring.builder().text("årleg i årsmeldinga").frequency(Frequency.YEARLY).build())
        .rolling(yearly)
        .revision(Recurring.builder().text("kvart fjerde år").frequency(Frequency.EVERY_N_YEARS).interval(4).build())
        .build();
  }

  @Test
  void test_followUpRoutine() {
    FollowUp routine = routine();
    assertEquals(Optional.of("kommunestyret"),
        routine.getReportsTo().flatMap(Responsibility::getLead).map(Actor::getName));
    Recurring revision = (Recurring) routine.getRevision().orElseThrow();
    assertEquals(Optional.of(4), revision.getInterval());
    assertEquals(Frequency.YEARLY, ((Recurring) routine.getRolling().orElseThrow()).getFrequency());
    assertEquals(Frequency.YEARLY, ((Recurring) routine.getReporting().orElseThrow()).getFrequency());
  }

  @Test
  void test_json_roundTrip() {
    assertEquals(measureWithReports(), RoundTrip.json(measureWithReports(), Measure.class));
    assertEquals(goalWithReports(), RoundTrip.json(goalWithReports(), Goal.class));
    // Time frames are written by the io module's own serializers (string or structured object), so only the
    // routine's other parts go through plain Jackson here.
    FollowUp routine = FollowUp.builder().text(routine().getText()).reportsTo(routine().getReportsTo()).build();
    assertEquals(routine, RoundTrip.json(routine, FollowUp.class));
  }

  @Test
  void test_labels() {
    assertEquals("Ikkje nådd", ReportStatus.NOT_ACHIEVED.getLabel(Language.NN));
    assertEquals("Forsinket", ReportStatus.DELAYED.getLabel(Language.NB));
    assertEquals("Forseinka", ReportStatus.DELAYED.getLabel(Language.NN));
  }
}
