package no.helseplan.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import no.helseplan.budget.BudgetAmount;
import no.helseplan.budget.BudgetKind;
import no.helseplan.budget.BudgetLine;
import no.helseplan.budget.MoneyUnit;
import no.helseplan.facility.Facility;
import no.helseplan.facility.FacilityChange;
import no.helseplan.facility.FacilityKind;
import no.helseplan.figure.FigureKind;
import no.helseplan.figure.FigureSeries;
import no.helseplan.figure.FigureValue;
import no.helseplan.followup.ReportStatus;
import no.helseplan.followup.ReportedValue;
import no.helseplan.followup.StatusReport;
import no.helseplan.goal.Goal;
import no.helseplan.goal.Strategy;
import no.helseplan.measure.Amount;
import no.helseplan.measure.DecisionState;
import no.helseplan.measure.Measure;
import no.helseplan.measure.ReachLevel;
import no.helseplan.measure.ResourceUnit;
import no.helseplan.measure.Resources;
import no.helseplan.municipality.Municipality;
import no.helseplan.plan.Adoption;
import no.helseplan.plan.Consultation;
import no.helseplan.plan.FocusArea;
import no.helseplan.plan.FollowUp;
import no.helseplan.plan.Milestone;
import no.helseplan.plan.Plan;
import no.helseplan.plan.PlanKind;
import no.helseplan.plan.PlanLevel;
import no.helseplan.plan.PlanPeriod;
import no.helseplan.priority.Priority;
import no.helseplan.priority.PriorityLevel;
import no.helseplan.project.Project;
import no.helseplan.provenance.Provenance;
import no.helseplan.provenance.SourceDocument;
import no.helseplan.reference.Attachment;
import no.helseplan.reference.AttachmentKind;
import no.helseplan.responsibility.Responsibility;
import no.helseplan.targetgroup.TargetGroup;
import no.helseplan.targetgroup.TargetGroupKind;
import no.helseplan.targetgroup.TargetGroupRole;
import no.helseplan.timeframe.Frequency;
import no.helseplan.timeframe.Recurring;
import no.helseplan.timeframe.Timeframe;
import no.helseplan.timeframe.TimeframeContext;
import no.helseplan.timeframe.TimeframeKind;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The eight parts of issue 11 in the file format: for each, a realistic plan (Nynorsk content as a
 * municipality writes it) that reads back from JSON and from YAML unchanged, and a YAML snippet as a person
 * without Java would write it by hand, read strictly into the expected values.
 */
class Issue11FormatTest {

  private static final TimeframeContext CONTEXT = TimeframeContext.ofPeriod(2025, 2028);

  static SourceDocument document() {
    return SourceDocument.builder().title("Helse- og omsorgsplan 2025–2028").publisher("Herøy kommune")
        .url("https://www.heroy.kommune.no/helse-og-omsorgsplan.pdf").date(LocalDate.of(2025, 2, 12)).build();
  }

  static Provenance page(int page, String section, String original) {
    return Provenance.builder().document(document()).page(page).section(section).originalText(original).build();
  }

  /** The plan the parts are added to: Herøy's action plan 2025–2028, in Nynorsk. */
  static Plan.Builder base() {
    return Plan.builder().id("heroy-helse-omsorg-2025").title("Helse- og omsorgsplan 2025–2028")
        .kind(PlanKind.ACTION_PLAN).municipality(Municipality.of("1515", "Herøy")).language(Language.NN)
        .period(PlanPeriod.of(2025, 2028));
  }

  static Measure.Builder measure(String id, String title) {
    return Measure.builder().id(id).title(title);
  }

  // 1. target groups and reach
  static Plan targetGroups() {
    return base()
        .addTargetGroups(TargetGroup.of(TargetGroupKind.OLDER_PEOPLE, "eldre over 67 år"),
            TargetGroup.builder().kind(TargetGroupKind.CARERS).text("pårørande").role(TargetGroupRole.SECONDARY)
                .build())
        .addFocusAreas(FocusArea.builder().id("demens").name("Demensomsorg")
            .addTargetGroups(TargetGroup.of(TargetGroupKind.PEOPLE_WITH_DEMENTIA, "personar med demens"))
            .addGoals(Goal.builder().id("mal-1").statement("Personar med demens får tidleg diagnose")
                .addTargetGroups(TargetGroup.of(TargetGroupKind.PEOPLE_WITH_DEMENTIA)).build())
            .addMeasures(measure("tiltak-1", "Pårørandeskule kvart år")
                .addTargetGroups(TargetGroup.of(TargetGroupKind.CARERS, "pårørande til heimebuande med demens"),
                    TargetGroup.builder().text("frivillige i demensvenleg samfunn").build())
                .reach(ReachLevel.GROUP).build())
            .build())
        .build();
  }

  // 2. priority and decision state
  static Plan priorities() {
    return base()
        .addGoals(Goal.builder().id("mal-1").statement("Fleire kan bu heime lenger")
            .priority(Priority.of(PriorityLevel.HIGH, "Høg")).build())
        .addMeasures(
            measure("tiltak-1", "Innføre kvardagsrehabilitering").priority(Priority.ofRank(1))
                .decisionState(DecisionState.DECIDED).build(),
            measure("tiltak-2", "Vurdere nattpatrulje i heimetenesta")
                .priority(Priority.builder().text("Prioritet 3 – låg").rank(3).level(PriorityLevel.LOW).build())
                .decisionState(DecisionState.PROPOSED).build())
        .build();
  }

  // 3. places and buildings
  static Plan facilities() {
    return base()
        .addMeasures(measure("tiltak-bustad", "Inngå avtale om minst 20 nye omsorgsbustader").build())
        .addFacilities(Facility.builder().id("omsorgsbustader-2027").kind(FacilityKind.SUPPORTED_HOUSING)
            .change(FacilityChange.NEW).text("20 omsorgsbustader i 2027, Husbanken-tilskot 45 %")
            .count(Amount.of(20)).location("Myrvåg sentrum").yearNeeded(2027)
            .cost(Resources.parse("40 millioner kroner", Language.NN))
            .financing(Resources.parse("Husbanken-tilskot 45 %", Language.NN))
            .addMeasures("tiltak-bustad").description("Bygd i samarbeid med privat utbyggjar")
            .provenance(page(23, "5.2 Bustader", "20 omsorgsbustader i 2027")).build())
        .addFocusAreas(FocusArea.builder().id("heildogn").name("Heildøgns omsorg")
            .addFacilities(Facility.builder().id("korttid").kind(FacilityKind.SHORT_TERM_PLACE)
                .text("8–10 korttidsplassar").count(Amount.between(BigDecimal.valueOf(8), BigDecimal.TEN))
                .name("Herøy omsorgssenter").build())
            .build())
        .build();
  }

  // 4. figures and money per budget year
  static Plan figures() {
    FigureSeries kostra = FigureSeries.builder().name("Del av innbyggjarar 80 år og over som bur på institusjon")
        .unit("prosent").dataSource("KOSTRA (SSB), tabell 12209").text("Tabell 4")
        .addValues(FigureValue.builder().year(2022).value(new BigDecimal("12.4")).text("12,4").build(),
            FigureValue.observed(2023, new BigDecimal("11.9")), FigureValue.observed(2024, new BigDecimal("11.2")))
        .provenance(page(8, "2.1 Utviklingstrekk", "12,4 11,9 11,2")).build();
    FigureSeries forecast = FigureSeries.builder().name("Innbyggjarar 80 år og eldre").unit("personar")
        .dataSource("SSB, befolkningsframskriving 2024, hovudalternativet (MMMM)")
        .addValues(FigureValue.observed(2024, BigDecimal.valueOf(496)),
            FigureValue.forecast(2030, BigDecimal.valueOf(689)), FigureValue.forecast(2040, BigDecimal.valueOf(931)),
            FigureValue.builder().year(2035).value(BigDecimal.valueOf(800)).kind(FigureKind.ESTIMATE).build())
        .build();
    BudgetLine budget = BudgetLine.builder().kind(BudgetKind.OPERATING_COST).unit(MoneyUnit.THOUSAND_NOK)
        .description("Auka grunnbemanning i heimetenesta").text("850 850 1 700 1 700")
        .addAmounts(BudgetAmount.of(2025, BigDecimal.valueOf(850)), BudgetAmount.of(2026, BigDecimal.valueOf(850)),
            BudgetAmount.builder().year(2027).amount(BigDecimal.valueOf(1700)).text("1 700").build())
        .build();
    BudgetLine saving = BudgetLine.builder().kind(BudgetKind.SAVING).unit(MoneyUnit.NOK)
        .addAmounts(BudgetAmount.of(2027, BigDecimal.valueOf(-500_000))).build();
    return base().addFigures(kostra)
        .addFocusAreas(FocusArea.builder().id("heime").name("Meistring i eigen heim").addFigures(forecast)
            .addGoals(Goal.builder().id("mal-1").statement("Fleire bur heime").addFigures(forecast).build())
            .addMeasures(measure("tiltak-1", "Auke grunnbemanninga").addBudget(budget, saving).build()).build())
        .build();
  }

  // 5. follow-up: status reports and the plan's routine
  static Plan followUp() {
    StatusReport report2025 = StatusReport.builder().year(2025).date(LocalDate.of(2026, 3, 20))
        .status(ReportStatus.DELAYED).statusText("Delvis gjennomført")
        .comment("Opplæringa er starta i to av tre soner; resten i 2026.")
        .addValues(ReportedValue.builder().indicator("Del tilsette med opplæring").value(BigDecimal.valueOf(64))
            .unit("prosent").text("64 %").build())
        .provenance(Provenance.builder().document(SourceDocument.builder().title("Årsmelding 2025").build())
            .page(41).build())
        .build();
    return base()
        .addFocusAreas(FocusArea.builder().id("kompetanse").name("Kompetanse")
            .addGoals(Goal.builder().id("mal-1").statement("Tilsette har rett kompetanse")
                .addReports(StatusReport.builder().year(2025).status(ReportStatus.PARTLY_ACHIEVED).build()).build())
            .addMeasures(measure("tiltak-1", "Opplæring i velferdsteknologi for alle tilsette")
                .addReports(report2025).build())
            .build())
        .followUp(FollowUp.builder()
            .text("Planen blir rullert kvart år i samband med handlings- og økonomiplanen og revidert kvart "
                + "fjerde år; status blir rapportert i årsmeldinga.")
            .reportsTo(Responsibility.parse("Kommunestyret", Language.NN))
            .reporting(Timeframe.parse("kvart år", Language.NN, CONTEXT))
            .rolling(Timeframe.parse("årleg", Language.NN, CONTEXT))
            .revision(Timeframe.parse("kvart fjerde år", Language.NN, CONTEXT))
            .responsibility(Responsibility.parse("Kommunalsjef helse og omsorg", Language.NN)).build())
        .build();
  }

  // 6. case records and the plan system
  static Plan caseRecords() {
    return base().kind(PlanKind.ACTION_PART).level(PlanLevel.ACTION_PART).actionPeriod(PlanPeriod.of(2025, 2028))
        .adoption(Adoption.builder().text("Vedteken i kommunestyret 12.02.2025, PS 24/57").date(LocalDate.of(2025, 2, 12))
            .body("Kommunestyret").caseNumber("PS 24/57")
            .decisionText("Herøy kommunestyre vedtek handlingsplanen for perioden 2025–2028.")
            .provenance(page(2, "Vedtak", "PS 24/57")).build())
        .addConsultations(Consultation.builder().text("Høyring 15.10.–15.11.2024, 9 innspel")
            .body("Formannskapet").decisionDate(LocalDate.of(2024, 10, 8)).caseNumber("sak 28/14")
            .start(LocalDate.of(2024, 10, 15)).end(LocalDate.of(2024, 11, 15)).submissions(9)
            .provenance(page(3, "Prosess", "9 høyringsinnspel")).build())
        .build();
  }

  // 7. provenance on every element that can hold it
  static Plan provenance() {
    return base().provenance(Provenance.builder().document(document()).page(1).lastPage(44).build())
        .adoption(Adoption.builder().date(LocalDate.of(2025, 2, 12)).provenance(page(2, "Vedtak", "Vedteke")).build())
        .addFocusAreas(FocusArea.builder().id("meistring").name("Meistring").provenance(page(12, "4 Meistring", "Meistring"))
            .addGoals(Goal.builder().id("mal-1").statement("Innbyggjarane meistrar eigen kvardag")
                .provenance(page(12, "4.1 Mål", "Innbyggjarane meistrar eigen kvardag")).build())
            .addStrategies(Strategy.builder().id("s-1").statement("Tidleg innsats").provenance(Provenance.ofPage(13))
                .build())
            .addMeasures(measure("tiltak-1", "Innføre kvardagsrehabilitering").provenance(Provenance.builder()
                .document(document()).page(14).lastPage(15).section("4.2 Tiltak")
                .originalText("Innføre kvardags-\nrehabilitering").build()).build())
            .build())
        .addMilestones(Milestone.builder().activity("Oppstart").provenance(Provenance.ofPage(30)).build())
        .addProjects(Project.builder().id("p-1").name("Velferdsteknologi").provenance(page(31, "Prosjekt", "Prosjekt"))
            .build())
        .build();
  }

  // 8. attachments
  static Plan attachments() {
    return base()
        .addAttachments(Attachment.builder().kind(AttachmentKind.KNOWLEDGE_BASE).number("Vedlegg 1")
                .title("Kunnskapsgrunnlag").url("https://www.heroy.kommune.no/kunnskapsgrunnlag.pdf")
                .date(LocalDate.of(2024, 9, 1)).description("Oversikt over helsetilstanden og utviklingstrekk")
                .provenance(page(44, "Vedlegg", "Vedlegg 1: Kunnskapsgrunnlag")).build(),
            Attachment.of(AttachmentKind.RESPONSE_TO_COMMENTS, "Merknadshandsaming etter høyring"),
            Attachment.of(AttachmentKind.MINUTES, "Protokoll frå kommunestyret 12.02.2025"))
        .build();
  }

  static Stream<Arguments> data_parts() {
    return Stream.of(Arguments.of("1 target groups", targetGroups()), Arguments.of("2 priorities", priorities()),
        Arguments.of("3 facilities", facilities()), Arguments.of("4 figures", figures()),
        Arguments.of("5 follow-up", followUp()), Arguments.of("6 case records", caseRecords()),
        Arguments.of("7 provenance", provenance()), Arguments.of("8 attachments", attachments()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("data_parts")
  void test_roundTrip_json(String part, Plan plan) {
    roundTrip(plan, PlanFormat.JSON);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("data_parts")
  void test_roundTrip_yaml(String part, Plan plan) {
    roundTrip(plan, PlanFormat.YAML);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("data_parts")
  void test_roundTrip_jsonToYamlToJson(String part, Plan plan) {
    Plan viaYaml = PlanReader.strict().read(PlanWriter.canonical().toString(plan, PlanFormat.YAML), PlanFormat.YAML);
    assertEquals(PlanWriter.canonical().toString(plan, PlanFormat.JSON),
        PlanWriter.canonical().toString(viaYaml, PlanFormat.JSON));
  }

  private static void roundTrip(Plan plan, PlanFormat format) {
    String text = PlanWriter.canonical().toString(plan, format);
    Plan read = PlanReader.strict().read(text, format);
    assertEquals(plan, read, () -> "the plan read back differs\n" + text);
    assertEquals(text, PlanWriter.canonical().toString(read, format), "the text differs");
  }

  // hand-written YAML, as a municipality would write it

  private static final String HEAD = "formatVersion: \"1.0\"\nid: heroy\ntitle: Helse- og omsorgsplan\n"
      + "kind: action_plan\nmunicipality:\n  number: \"1515\"\n  name: Herøy\nlanguage: nn\n"
      + "period:\n  start: 2025\n  end: 2028\n";

  static Plan yaml(String body) {
    return PlanReader.strict().read(HEAD + body, PlanFormat.YAML);
  }

  @Test
  void test_yaml_targetGroupsAndReach() {
    Plan plan = yaml("targetGroups:\n  - kind: older_people\n    text: innbyggjarar over 74 år\n"
        + "  - text: born som pårørande\n    role: secondary\n"
        + "measures:\n  - id: t-1\n    title: Pårørandeskule\n    reach: group\n"
        + "    targetGroups:\n      - kind: carers\n");
    assertEquals(List.of(TargetGroup.of(TargetGroupKind.OLDER_PEOPLE, "innbyggjarar over 74 år"),
        TargetGroup.builder().text("born som pårørande").role(TargetGroupRole.SECONDARY).build()),
        plan.getTargetGroups());
    assertEquals(TargetGroupKind.OTHER, plan.getTargetGroups().get(1).getKind());
    assertEquals(Optional.of(ReachLevel.GROUP), plan.getMeasures().get(0).getReach());
    assertEquals(List.of(TargetGroup.of(TargetGroupKind.CARERS)), plan.getMeasures().get(0).getTargetGroups());
  }

  @Test
  void test_yaml_priorityAndDecisionState() {
    Plan plan = yaml("measures:\n  - id: t-1\n    title: Kvardagsrehabilitering\n    decisionState: proposed\n"
        + "    priority:\n      text: høg\n      level: high\n  - id: t-2\n    title: Nattpatrulje\n"
        + "    priority:\n      text: \"2\"\n      rank: 2\n");
    assertEquals(Optional.of(Priority.of(PriorityLevel.HIGH, "høg")), plan.getMeasures().get(0).getPriority());
    assertEquals(Optional.of(DecisionState.PROPOSED), plan.getMeasures().get(0).getDecisionState());
    assertEquals(Optional.of(2), plan.getMeasures().get(1).getPriority().flatMap(Priority::getRank));
  }

  @Test
  void test_yaml_facilityWithVerbatimCostAndFinancing() {
    Plan plan = yaml("measures:\n  - id: t-1\n    title: Inngå avtale om minst 20 nye omsorgsbustadar\n"
        + "facilities:\n  - id: bustader\n    kind: supported_housing\n    change: new\n"
        + "    text: 20 omsorgsbustader i 2027, Husbanken-tilskot 45 %\n    count:\n      min: 20\n      max: 20\n"
        + "    yearNeeded: 2027\n    cost: 40 millioner kroner\n    financing: Husbanken-tilskot 45 %\n"
        + "    measures: [t-1]\n");
    Facility facility = plan.getFacilities().get(0);
    assertEquals(FacilityKind.SUPPORTED_HOUSING, facility.getKind());
    assertEquals(Optional.of(Amount.of(20)), facility.getCount());
    assertEquals(Optional.of(2027), facility.getYearNeeded());
    assertEquals("40 millioner kroner", facility.getCost().orElseThrow().getText());
    assertEquals(Optional.of(Amount.of(40_000_000)), facility.getCost().orElseThrow().getNeeds().get(0).getAmount());
    assertEquals(Optional.of(ResourceUnit.NOK), facility.getCost().orElseThrow().getNeeds().get(0).getUnit());
    assertEquals("Husbanken-tilskot 45 %", facility.getFinancing().orElseThrow().getText());
    assertEquals(List.of("t-1"), facility.getMeasures());
    // written back, the verbatim string stays a string
    String written = PlanWriter.canonical().toString(plan, PlanFormat.YAML);
    assertTrue(written.contains("cost: 40 millioner kroner"), written);
  }

  @Test
  void test_yaml_figuresAndBudget() {
    Plan plan = yaml("figures:\n  - name: Innbyggjarar 80 år og eldre\n    unit: personar\n"
        + "    dataSource: SSB (MMMM)\n    values:\n      - year: 2024\n        value: 496\n"
        + "      - year: 2030\n        value: 689\n        kind: forecast\n"
        + "measures:\n  - id: t-1\n    title: Auke grunnbemanninga\n    budget:\n      - kind: operating_cost\n"
        + "        unit: thousand_nok\n        amounts:\n          - year: 2025\n            amount: 850\n"
        + "          - year: 2026\n            amount: 1700\n            text: 1 700\n");
    FigureSeries series = plan.getFigures().get(0);
    assertEquals(List.of(FigureValue.observed(2024, BigDecimal.valueOf(496)),
        FigureValue.forecast(2030, BigDecimal.valueOf(689))), series.getValues());
    assertEquals(Optional.of("SSB (MMMM)"), series.getDataSource());
    BudgetLine line = plan.getMeasures().get(0).getBudget().get(0);
    assertEquals(MoneyUnit.THOUSAND_NOK, line.getUnit());
    assertEquals(List.of(BudgetAmount.of(2025, BigDecimal.valueOf(850)),
        BudgetAmount.builder().year(2026).amount(BigDecimal.valueOf(1700)).text("1 700").build()), line.getAmounts());
  }

  @Test
  void test_yaml_followUpWithVerbatimRoutine() {
    Plan plan = yaml("followUp:\n  text: Planen blir rullert kvart år og revidert kvart fjerde år.\n"
        + "  reportsTo: Kommunestyret\n  reporting: kvart år\n  rolling: årleg\n"
        + "  revision: kvart fjerde år\n"
        + "measures:\n  - id: t-1\n    title: Opplæring\n    reports:\n      - year: 2025\n"
        + "        status: done\n        comment: Gjennomført i alle soner\n");
    FollowUp followUp = plan.getFollowUp().orElseThrow();
    assertEquals("kvart år", followUp.getReporting().orElseThrow().getText());
    assertEquals(TimeframeKind.RECURRING, followUp.getReporting().orElseThrow().getKind());
    assertEquals(Frequency.YEARLY, ((Recurring) followUp.getReporting().orElseThrow()).getFrequency());
    assertEquals("kvart fjerde år", followUp.getRevision().orElseThrow().getText());
    assertEquals(Optional.of(4), ((Recurring) followUp.getRevision().orElseThrow()).getInterval());
    assertEquals("Kommunestyret", followUp.getReportsTo().orElseThrow().getText());
    StatusReport report = plan.getMeasures().get(0).getReports().get(0);
    assertEquals(Optional.of(2025), report.getYear());
    assertEquals(Optional.of(ReportStatus.DONE), report.getStatus());
    String written = PlanWriter.canonical().toString(plan, PlanFormat.YAML);
    assertTrue(written.contains("reporting: kvart år"), written);
  }

  @Test
  void test_yaml_caseRecords() {
    Plan plan = yaml("level: action_part\nactionPeriod:\n  start: 2025\n  end: 2028\n"
        + "adoption:\n  date: 2025-02-12\n  body: Kommunestyret\n  caseNumber: PS 24/57\n"
        + "consultations:\n  - text: Planen var på høyring\n    start: 2024-10-15\n    end: 2024-11-15\n"
        + "    submissions: 9\n");
    assertEquals(Optional.of(PlanLevel.ACTION_PART), plan.getLevel());
    assertEquals(Optional.of("PS 24/57"), plan.getAdoption().flatMap(Adoption::getCaseNumber));
    Consultation consultation = plan.getConsultations().get(0);
    assertEquals(Optional.of(LocalDate.of(2024, 11, 15)), consultation.getEnd());
    assertEquals(Optional.of(9), consultation.getSubmissions());
  }

  @Test
  void test_yaml_provenance() {
    Plan plan = yaml("measures:\n  - id: t-1\n    title: Innføre kvardagsrehabilitering\n    provenance:\n"
        + "      document:\n        title: Helse- og omsorgsplan 2025–2028\n        date: 2025-02-12\n"
        + "      page: 14\n      lastPage: 15\n      section: 4.2 Tiltak\n"
        + "      originalText: \"Innføre kvardags-\\nrehabilitering\"\n");
    Provenance provenance = plan.getMeasures().get(0).getProvenance().orElseThrow();
    assertEquals(Optional.of(14), provenance.getPage());
    assertEquals(Optional.of(15), provenance.getLastPage());
    assertEquals(Optional.of("Innføre kvardags-\nrehabilitering"), provenance.getOriginalText());
    assertEquals(Optional.of(LocalDate.of(2025, 2, 12)), provenance.getDocument().flatMap(SourceDocument::getDate));
  }

  @Test
  void test_yaml_attachments() {
    Plan plan = yaml("attachments:\n  - kind: knowledge_base\n    number: Vedlegg 1\n    title: Kunnskapsgrunnlag\n"
        + "  - kind: other\n    title: Utfordringsnotat\n");
    assertEquals(List.of(Attachment.builder().kind(AttachmentKind.KNOWLEDGE_BASE).number("Vedlegg 1")
        .title("Kunnskapsgrunnlag").build(), Attachment.of(AttachmentKind.OTHER, "Utfordringsnotat")),
        plan.getAttachments());
  }

  @Test
  void test_yaml_misspelledNewFieldIsALocatedError() {
    PlanReadException e = org.junit.jupiter.api.Assertions.assertThrows(PlanReadException.class,
        () -> yaml("facilities:\n  - id: b\n    kind: supported_housing\n    cuont: 20\n"));
    assertTrue(e.getMessage().contains("cuont"), e.getMessage());
    assertTrue(e.getProblems().stream().anyMatch(p -> p.getLocation().getLine() == 15
        && p.getLocation().getPointer().startsWith("/facilities/0")), e::toString);
  }
}
