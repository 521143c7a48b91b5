package no.helseplan.validation;

import static no.helseplan.validation.RuleTest.fires;
import static no.helseplan.validation.RuleTest.silent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
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
import no.helseplan.io.Severity;
import no.helseplan.measure.Amount;
import no.helseplan.plan.Adoption;
import no.helseplan.plan.Consultation;
import no.helseplan.plan.Plan;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules on places, figures, money, follow-up and case records (issue 11): the rows {@link RuleTest} runs
 * (one where each rule fires, with exact pointers, and near misses where it stays silent), and the rendered
 * messages in nb, nn and en with their pointers.
 */
class Issue11RulesTest {

  private static final String M0 = "/focusAreas/0/measures/0";

  static Facility.Builder housing(String id) {
    return Facility.builder().id(id).kind(FacilityKind.SUPPORTED_HOUSING).text("20 omsorgsbustader i 2027")
        .count(Amount.of(20)).yearNeeded(2027).addMeasures("tiltak-1");
  }

  static BudgetLine budget(int... years) {
    BudgetLine.Builder line = BudgetLine.builder().kind(BudgetKind.OPERATING_COST).unit(MoneyUnit.THOUSAND_NOK)
        .description("Driftsmidlar til kvardagsrehabilitering");
    for (int year : years) {
      line.addAmounts(BudgetAmount.of(year, BigDecimal.valueOf(850)));
    }
    return line.build();
  }

  static FigureSeries.Builder over80() {
    return FigureSeries.builder().name("Innbyggjarar 80 år og eldre").unit("personar");
  }

  static StatusReport.Builder report() {
    return StatusReport.builder().status(ReportStatus.ON_TRACK).comment("Opplæring starta i alle sonene");
  }

  static Plan withMeasure(no.helseplan.measure.Measure.Builder measure) {
    return Plans.plan(Plans.areaWith(measure.build())).build();
  }

  static Stream<Arguments> rows() {
    return Stream.of(
        fires(Rule.FACILITY_COUNT_NOT_POSITIVE, Severity.ERROR, Plans.plan().addFacilities(
            housing("bustader-1").count(Amount.of(0)).build()).build(), "/facilities/0/count"),
        fires(Rule.FACILITY_COUNT_NOT_POSITIVE, Severity.ERROR, Plans.plan(Plans.area("omrade-1")
            .addGoals(Plans.goal("mal-1")).addMeasures(Plans.measure("tiltak-1").build())
            .addFacilities(housing("bustader-1").build(), housing("bustader-2").count(
                Amount.between(BigDecimal.valueOf(-2), BigDecimal.valueOf(2))).build()).build()).build(),
            "/focusAreas/0/facilities/1/count"),
        silent(Rule.FACILITY_COUNT_NOT_POSITIVE, Plans.plan().addFacilities(housing("bustader-1").build(),
            housing("bustader-2").count(Amount.between(BigDecimal.ZERO, BigDecimal.valueOf(2))).build(),
            housing("bustader-3").count(java.util.Optional.empty()).build()).build()),

        fires(Rule.FACILITY_MEASURE_UNKNOWN, Severity.ERROR, Plans.plan().addFacilities(housing("bustader-1")
            .addMeasures("tiltak-9").build()).build(), "/facilities/0/measures/1"),
        silent(Rule.FACILITY_MEASURE_UNKNOWN, Plans.plan().addFacilities(housing("bustader-1").build(),
            housing("bustader-2").measures(List.of()).build()).build()),

        fires(Rule.REPORT_BEFORE_ADOPTION, Severity.WARNING, withMeasure(Plans.measure("tiltak-1").addReports(
            report().date(LocalDate.of(2025, 2, 11)).build(), report().year(2024).build(),
            report().year(2025).build())), M0 + "/reports/0/date", M0 + "/reports/1/year"),
        fires(Rule.REPORT_BEFORE_ADOPTION, Severity.WARNING, Plans.plan(Plans.area("omrade-1").addGoals(
            Goal.builder().id("mal-1").statement("Færre fall").addReports(report().year(2023).build()).build())
            .addMeasures(Plans.measure("tiltak-1").build()).build()).build(), "/focusAreas/0/goals/0/reports/0/year"),
        silent(Rule.REPORT_BEFORE_ADOPTION, withMeasure(Plans.measure("tiltak-1").addReports(
            report().date(LocalDate.of(2025, 2, 12)).build(), report().year(2025).build(),
            report().date(LocalDate.of(2026, 1, 31)).year(2025).build()))),
        silent(Rule.REPORT_BEFORE_ADOPTION, Plans.plan(Plans.areaWith(Plans.measure("tiltak-1").addReports(
            report().year(2020).build()).build())).adoption(Adoption.builder().text("Vedteken i kommunestyret")
            .build()).build()),

        fires(Rule.BUDGET_YEAR_DUPLICATE, Severity.ERROR, withMeasure(Plans.measure("tiltak-1")
            .addBudget(budget(2025, 2026, 2027, 2026))), M0 + "/budget/0/amounts/3/year"),
        silent(Rule.BUDGET_YEAR_DUPLICATE, withMeasure(Plans.measure("tiltak-1")
            .addBudget(budget(2025, 2026), budget(2025, 2026)))),

        fires(Rule.FIGURE_YEAR_DUPLICATE, Severity.ERROR, Plans.plan().addFigures(over80().dataSource("SSB")
            .addValues(FigureValue.observed(2024, BigDecimal.valueOf(412)),
                FigureValue.observed(2024, BigDecimal.valueOf(415))).build()).build(), "/figures/0/values/1/year"),
        silent(Rule.FIGURE_YEAR_DUPLICATE, Plans.plan().addFigures(over80().dataSource("SSB")
            .addValues(FigureValue.observed(2024, BigDecimal.valueOf(412)),
                FigureValue.forecast(2024, BigDecimal.valueOf(410)),
                FigureValue.forecast(2030, BigDecimal.valueOf(560))).build()).build()),

        fires(Rule.FIGURE_SOURCE_MISSING, Severity.WARNING, Plans.plan(Plans.area("omrade-1").addGoals(
            Goal.builder().id("mal-1").statement("Fleire bur heime").addFigures(over80()
                .addValues(FigureValue.forecast(2030, BigDecimal.valueOf(560))).build()).build())
            .addMeasures(Plans.measure("tiltak-1").build()).build()).build(),
            "/focusAreas/0/goals/0/figures/0/dataSource"),
        fires(Rule.FIGURE_SOURCE_MISSING, Severity.WARNING, Plans.plan().addFigures(over80().dataSource(" ")
            .addValues(FigureValue.forecast(2030, BigDecimal.valueOf(560))).build()).build(),
            "/figures/0/dataSource"),
        silent(Rule.FIGURE_SOURCE_MISSING, Plans.plan().addFigures(over80()
            .addValues(FigureValue.observed(2024, BigDecimal.valueOf(412)),
                FigureValue.builder().year(2030).value(BigDecimal.valueOf(560)).kind(FigureKind.ESTIMATE).build())
            .build(), over80().dataSource("SSB, hovudalternativet (MMMM)")
            .addValues(FigureValue.forecast(2030, BigDecimal.valueOf(560))).build()).build()),

        fires(Rule.CONSULTATION_REVERSED, Severity.ERROR, Plans.plan().addConsultations(Consultation.builder()
            .start(LocalDate.of(2024, 11, 15)).end(LocalDate.of(2024, 10, 1)).build()).build(),
            "/consultations/0/end"),
        silent(Rule.CONSULTATION_REVERSED, Plans.plan().addConsultations(Consultation.builder()
            .start(LocalDate.of(2024, 10, 1)).end(LocalDate.of(2024, 10, 1)).build(),
            Consultation.builder().end(LocalDate.of(2024, 9, 1)).build()).build()));
  }

  /** One plan in which every rule of this class fires, for the bundle tests. */
  static Plan everyRule() {
    Plan.Builder plan = Plans.base();
    plan.addFocusAreas(Plans.area("omrade-1").addGoals(Plans.goal("mal-1")).addMeasures(Plans.measure("tiltak-1")
        .addBudget(budget(2025, 2025)).addReports(report().year(2024).build()).build()).build());
    plan.addFacilities(housing("bustader-1").count(Amount.of(0)).addMeasures("tiltak-9").build());
    plan.addFigures(over80().addValues(FigureValue.forecast(2030, BigDecimal.ONE),
        FigureValue.forecast(2030, BigDecimal.TEN)).build());
    plan.addConsultations(Consultation.builder().start(LocalDate.of(2024, 11, 15)).end(LocalDate.of(2024, 10, 1))
        .build());
    return plan.build();
  }

  static Stream<Arguments> data_messages() {
    return Stream.of(
        Arguments.of(Language.NN, List.of(
            "/consultations/0/end: Høyringsperioden 2024-11-15–2024-10-01 sluttar før han byrjar",
            "/facilities/0/count: Bygget eller plassane «bustader-1» har talet 0; talet må vere større enn null",
            "/facilities/0/measures/1: Det blir vist til tiltaket «tiltak-9» for bygget eller plassane, men det "
                + "finst ikkje i planen",
            "/figures/0/dataSource: Talserien «Innbyggjarar 80 år og eldre» inneheld framskrivingar, men oppgir "
                + "inga kjelde",
            "/figures/0/values/1/year: Året 2030 står to gonger i talserien «Innbyggjarar 80 år og eldre»",
            M0 + "/budget/0/amounts/1/year: Året 2025 står to gonger i ei budsjettlinje for tiltaket "
                + "«Opplæring i velferdsteknologi for alle tilsette»",
            M0 + "/reports/0/year: Statusrapporten for 2024 er datert før planen vart vedteken 2025-02-12")),
        Arguments.of(Language.NB, List.of(
            "/consultations/0/end: Høringsperioden 2024-11-15–2024-10-01 slutter før den starter",
            "/facilities/0/count: Bygget eller plassene «bustader-1» har antall 0; antallet må være større enn null",
            "/facilities/0/measures/1: Det vises til tiltaket «tiltak-9» for bygget eller plassene, men det "
                + "finnes ikke i planen",
            "/figures/0/dataSource: Tallserien «Innbyggjarar 80 år og eldre» inneholder fremskrivninger, men "
                + "oppgir ingen kilde",
            "/figures/0/values/1/year: Året 2030 står to ganger i tallserien «Innbyggjarar 80 år og eldre»",
            M0 + "/budget/0/amounts/1/year: Året 2025 står to ganger i en budsjettlinje for tiltaket "
                + "«Opplæring i velferdsteknologi for alle tilsette»",
            M0 + "/reports/0/year: Statusrapporten for 2024 er datert før planen ble vedtatt 2025-02-12")),
        Arguments.of(Language.EN, List.of(
            "/consultations/0/end: The consultation period 2024-11-15–2024-10-01 ends before it starts",
            "/facilities/0/count: The facility \"bustader-1\" has 0 places or dwellings; the number must be above "
                + "zero",
            "/facilities/0/measures/1: The facility cites the measure \"tiltak-9\", but it does not exist in the "
                + "plan",
            "/figures/0/dataSource: The figure series \"Innbyggjarar 80 år og eldre\" holds forecasts but names "
                + "no source",
            "/figures/0/values/1/year: The year 2030 appears twice in the figure series \"Innbyggjarar 80 år og "
                + "eldre\"",
            M0 + "/budget/0/amounts/1/year: The year 2025 appears twice in a budget line of the measure "
                + "\"Opplæring i velferdsteknologi for alle tilsette\"",
            M0 + "/reports/0/year: The status report of 2024 is dated before the plan was adopted on 2025-02-12")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("data_messages")
  void test_validate_locatedTranslatedMessages(Language language, List<String> expected) {
    ValidationReport report = PlanValidator.builder().language(language).municipalities(RuleTest.REGISTER)
        .build().validate(everyRule());
    assertEquals(expected, report.getFindings().stream()
        .map(f -> f.getPointer() + ": " + f.getMessage()).sorted().collect(Collectors.toList()), report::toString);
  }
}
