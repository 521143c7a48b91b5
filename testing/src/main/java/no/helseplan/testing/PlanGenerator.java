package no.helseplan.testing;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
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
import no.helseplan.goal.GoalKind;
import no.helseplan.goal.Indicator;
import no.helseplan.goal.IndicatorValue;
import no.helseplan.goal.SdgTarget;
import no.helseplan.goal.Strategy;
import no.helseplan.measure.Amount;
import no.helseplan.measure.DecisionState;
import no.helseplan.measure.Measure;
import no.helseplan.measure.MeasureKind;
import no.helseplan.measure.MeasureStatus;
import no.helseplan.measure.ReachLevel;
import no.helseplan.measure.ResourceKind;
import no.helseplan.measure.ResourceNeed;
import no.helseplan.measure.ResourceUnit;
import no.helseplan.measure.Resources;
import no.helseplan.municipality.Municipality;
import no.helseplan.municipality.MunicipalityEntry;
import no.helseplan.municipality.MunicipalityRegister;
import no.helseplan.plan.Adoption;
import no.helseplan.plan.Consultation;
import no.helseplan.plan.CooperationAgreement;
import no.helseplan.plan.FocusArea;
import no.helseplan.plan.FocusAreaKind;
import no.helseplan.plan.FollowUp;
import no.helseplan.plan.Milestone;
import no.helseplan.plan.Participant;
import no.helseplan.plan.Perspective;
import no.helseplan.plan.Plan;
import no.helseplan.plan.PlanKind;
import no.helseplan.plan.PlanLevel;
import no.helseplan.plan.PlanPeriod;
import no.helseplan.plan.PlanStatus;
import no.helseplan.plan.PlanValue;
import no.helseplan.priority.Priority;
import no.helseplan.priority.PriorityLevel;
import no.helseplan.project.Project;
import no.helseplan.project.ProjectCase;
import no.helseplan.project.ProjectRole;
import no.helseplan.project.ProjectRoleKind;
import no.helseplan.provenance.Provenance;
import no.helseplan.provenance.SourceDocument;
import no.helseplan.reference.Attachment;
import no.helseplan.reference.AttachmentKind;
import no.helseplan.reference.LegalBasis;
import no.helseplan.reference.LegalBasisKind;
import no.helseplan.reference.Reference;
import no.helseplan.reference.ReferenceRelation;
import no.helseplan.responsibility.Actor;
import no.helseplan.responsibility.ActorKind;
import no.helseplan.responsibility.Responsibility;
import no.helseplan.targetgroup.TargetGroup;
import no.helseplan.targetgroup.TargetGroupKind;
import no.helseplan.targetgroup.TargetGroupRole;
import no.helseplan.text.Bullet;
import no.helseplan.text.Section;
import no.helseplan.text.SectionKind;
import no.helseplan.timeframe.CalendarPoint;
import no.helseplan.timeframe.Frequency;
import no.helseplan.timeframe.Ongoing;
import no.helseplan.timeframe.Point;
import no.helseplan.timeframe.Recurring;
import no.helseplan.timeframe.Relative;
import no.helseplan.timeframe.RelativeAnchor;
import no.helseplan.timeframe.Season;
import no.helseplan.timeframe.Span;
import no.helseplan.timeframe.Timeframe;
import no.helseplan.timeframe.Unrecognised;
import no.helseplan.timeframe.Unspecified;
import no.helseplan.vocabulary.Language;

/**
 * Generates whole, valid plans from a random source: every type of the model, every time-frame shape, text in
 * Bokmål and Nynorsk with æøå and with characters that are hard for file formats (quotes, colons, hashes,
 * line breaks, words YAML 1.1 reads as booleans). Ids are unique, every cited goal exists and every measure a
 * facility cites exists. The figures are also valid: places are positive, no year comes twice in a series or
 * budget line, every series with a forecast names its source, and status reports fall after the plan's first
 * year.
 *
 * <p>Use it through {@link Seeds#cases(int, java.util.function.Function)}, so every case carries its seed:
 * <pre>{@code
 * static List<Generated<Plan>> plans() {
 *   return Seeds.cases(200, random -> new PlanGenerator(random).plan());
 * }
 * }</pre>
 */
public final class PlanGenerator {
  private static final String[] WORDS = {
    "tiltak", "tenester", "tjenester", "pårørande", "pårørende", "brukarmedverknad", "brukermedvirkning",
    "førebygging", "forebygging", "meistring", "mestring", "heimetenesta", "hjemmetjenesten", "frivilligheit",
    "frivillighet", "demensomsorg", "kompetanse", "rekruttering", "velferdsteknologi", "helseteknologi",
    "omsorgsbustader", "omsorgsboliger", "sjukeheim", "sykehjem", "legeteneste", "rehabilitering", "barn",
    "unge", "eldre", "kvardagen", "hverdagen", "innbyggarane", "innbyggerne", "samhandling", "kvalitet",
    "tryggleik", "trygghet", "økonomi", "årsverk", "Ærlig", "Øygarden", "Åfjord", "og", "i", "med", "for",
    "til", "på", "saman", "sammen", "helse", "omsorg", "NAV", "Husbanken", "Svingen", "ROS-analyse",
    "«Hva er viktig for deg?»", "BEON", "15 %", "1-2", "2026"
  };
  private static final String[] TRICKY = {
    "yes", "no", "on", "off", "null", "~", "true", "2026", "1,7", "0.5", "- punkt", "# ikkje kommentar",
    "nøkkel: verdi", "\"sitat\"", "'apostrof'", "a\\b", "linje ein\nlinje to", " ledande mellomrom",
    "etterfølgjande mellomrom ", "tab\there", "&anker", "*alias", "!tagg", "%prosent", "@krøll", "`backtick`",
    "{krøll}", "[hake]", "…", "–", "—", "é", "ü", "ÆØÅ æøå", "Sámi: Mátta-Várjjat"
  };

  /** Read once: the register is immutable and loading it takes some milliseconds. */
  private static final MunicipalityRegister REGISTER = MunicipalityRegister.bundled();

  private final Random random;
  private int nextId;
  private int planStart;

  /**
   * Makes a generator that draws from a random source.
   *
   * @param random the random source; the same source state gives the same plans
   */
  public PlanGenerator(Random random) {
    this.random = random;
  }

  /**
   * Picks a real municipality that existed in a year, from the bundled register, so that generated plans pass
   * the check that the municipality number existed when the plan was made.
   */
  private Municipality municipality(int year) {
    List<MunicipalityEntry> entries = REGISTER.validOn(LocalDate.of(year, 1, 1));
    return entries.get(random.nextInt(entries.size())).toMunicipality();
  }

  /**
   * Generates a whole, valid plan.
   *
   * @return a plan
   */
  public Plan plan() {
    nextId = 0;
    int start = 2015 + random.nextInt(15);
    planStart = start;
    Plan.Builder plan = Plan.builder()
        .id(id("plan"))
        .title(text(2, 8))
        .kind(pick(PlanKind.values()))
        .municipality(municipality(start))
        .language(random.nextBoolean() ? Language.NB : Language.NN);
    maybe(() -> plan.subtitle(text(2, 6)));
    if (random.nextInt(4) > 0) {
      plan.period(random.nextInt(6) == 0 ? PlanPeriod.from(start) : PlanPeriod.of(start, start + random.nextInt(15)));
    }
    maybe(() -> plan.actionPeriod(PlanPeriod.of(start, start + 3)));
    maybe(() -> plan.documentDate(date(start)));
    maybe(() -> plan.adoption(adoption(start)));
    maybe(() -> plan.status(pick(PlanStatus.values())));
    maybe(() -> plan.vision(text(3, 10)));
    plan.addAllValues(list(3, () -> PlanValue.builder().name(text(1, 2)).description(optionalText()).build()));
    plan.addAllPerspectives(list(3, this::perspective));
    plan.addAllLegalBasis(list(3, this::legalBasis));
    plan.addAllReferences(list(3, this::reference));
    plan.addAllParticipants(list(4, () -> Participant.builder().name(text(1, 4)).role(optionalText())
        .note(optionalText()).build()));
    maybe(() -> plan.followUp(followUp()));
    plan.addAllSections(list(3, () -> section(2)));
    List<Goal> planGoals = list(4, () -> goal(1));
    plan.addAllGoals(planGoals);
    List<FocusArea> areas = list(5, this::focusArea);
    plan.addAllFocusAreas(areas);
    List<String> goalIds = new ArrayList<>();
    planGoals.forEach(g -> collectGoalIds(g, goalIds));
    areas.forEach(a -> a.getGoals().forEach(g -> collectGoalIds(g, goalIds)));
    List<Strategy> strategies = list(3, () -> strategy(goalIds));
    plan.addAllStrategies(strategies);
    List<Measure> measures = list(6, () -> measure(goalIds));
    plan.addAllMeasures(measures);
    plan.addAllMilestones(list(4, this::milestone));
    plan.addAllProjects(list(2, this::project));
    plan.addAllCooperation(list(2, this::cooperation));
    plan.addAllTargetGroups(list(3, this::targetGroup));
    List<String> measureIds = new ArrayList<>();
    measures.forEach(m -> measureIds.add(m.getId()));
    areas.forEach(a -> a.getMeasures().forEach(m -> measureIds.add(m.getId())));
    plan.addAllFacilities(list(3, () -> facility(measureIds)));
    plan.addAllFigures(list(3, this::figureSeries));
    plan.addAllConsultations(list(2, () -> consultation(start)));
    maybe(() -> plan.level(pick(PlanLevel.values())));
    plan.addAllAttachments(list(3, this::attachment));
    maybe(() -> plan.provenance(Provenance.builder().document(sourceDocument(start)).build()));
    return plan.build();
  }

  /**
   * Generates a time frame of any shape, each shape about as often as the others.
   *
   * @return a time frame
   */
  public Timeframe timeframe() {
    switch (random.nextInt(7)) {
      case 0:
        return Ongoing.of(pick("Jamleg", "Løpende", "Kontinuerlig", text(1, 3)));
      case 1:
        return recurring();
      case 2:
        return Point.builder().text(text(1, 4)).at(calendarPoint()).deadline(random.nextInt(4) == 0).build();
      case 3:
        int from = 2015 + random.nextInt(20);
        return Span.builder().text(text(1, 4)).from(CalendarPoint.ofYear(from))
            .to(CalendarPoint.ofYear(from + random.nextInt(5))).build();
      case 4:
        return Relative.builder().text(text(1, 4)).duration(Period.of(0, random.nextInt(13), random.nextInt(30)))
            .anchor(pick(RelativeAnchor.values())).build();
      case 5:
        return Unspecified.of(text(1, 5));
      default:
        return Unrecognised.of(random.nextInt(5) == 0 ? pick(TRICKY) : text(1, 6));
    }
  }

  /**
   * Generates a recurring time frame of any frequency, now and then on a day of the year and as a minimum.
   *
   * @return a recurring time frame
   */
  public Recurring recurring() {
    Frequency frequency = pick(Frequency.values());
    Recurring.Builder recurring = Recurring.builder().text(text(1, 4)).frequency(frequency)
        .atLeast(random.nextInt(4) == 0);
    if (frequency == Frequency.EVERY_N_YEARS) {
      recurring.interval(2 + random.nextInt(4));
    }
    if (random.nextInt(3) == 0) {
      recurring.on(CalendarPoint.builder().month(pick(Month.values())).day(1 + random.nextInt(28)).build());
    }
    return recurring.build();
  }

  /**
   * Generates a point in the calendar of any precision.
   *
   * @return a calendar point
   */
  public CalendarPoint calendarPoint() {
    int year = 2000 + random.nextInt(41);
    CalendarPoint.Builder point = CalendarPoint.builder().year(year).yearInferred(random.nextInt(5) == 0);
    switch (random.nextInt(6)) {
      case 0:
        point.half(1 + random.nextInt(2));
        break;
      case 1:
        point.quarter(1 + random.nextInt(4));
        break;
      case 2:
        point.season(pick(Season.values()));
        break;
      case 3:
        point.month(pick(Month.values()));
        break;
      case 4:
        Month month = pick(Month.values());
        point.month(month).day(1 + random.nextInt(month.minLength()));
        if (random.nextBoolean()) {
          point.weekday(pick(DayOfWeek.values()));
        }
        break;
      default:
        break;
    }
    return point.build();
  }

  /**
   * Generates the resources of a measure: one to three needs of any kind, with and without amounts.
   *
   * @return the resources
   */
  public Resources resources() {
    List<ResourceNeed> needs = list(3, this::resourceNeed);
    return Resources.builder().text(text(1, 6)).addAllNeeds(needs).build();
  }

  /**
   * Generates one resource need.
   *
   * @return a need
   */
  public ResourceNeed resourceNeed() {
    ResourceNeed.Builder need = ResourceNeed.builder().text(text(1, 5)).kind(pick(ResourceKind.values()));
    if (random.nextBoolean()) {
      BigDecimal min = BigDecimal.valueOf(random.nextInt(2000), random.nextInt(3));
      need.amount(random.nextBoolean() ? Amount.of(min) : Amount.between(min, min.add(BigDecimal.ONE)));
      need.unit(pick(ResourceUnit.values()));
    }
    maybe(() -> need.forUnit(text(1, 3)));
    maybe(() -> need.item(text(1, 3)));
    maybe(() -> need.funder(pick("Husbanken", "Statsforvaltaren", "Helsedirektoratet", text(1, 3))));
    return need.build();
  }

  /**
   * Generates a responsibility with a lead and up to three partners, or none.
   *
   * @return a responsibility
   */
  public Responsibility responsibility() {
    Responsibility.Builder responsibility = Responsibility.builder().text(text(2, 10));
    if (random.nextInt(5) > 0) {
      responsibility.lead(actor());
    }
    return responsibility.addAllPartners(list(3, this::actor)).build();
  }

  /**
   * Generates an actor of any kind.
   *
   * @return an actor
   */
  public Actor actor() {
    return Actor.of(text(1, 5), pick(ActorKind.values()));
  }

  /**
   * Generates text of some words, now and then with characters that are hard for file formats.
   *
   * @param min the fewest words
   * @param max the most words
   * @return the text, never blank
   */
  public String text(int min, int max) {
    int count = min + random.nextInt(max - min + 1);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        text.append(' ');
      }
      text.append(random.nextInt(12) == 0 ? pick(TRICKY) : pick(WORDS));
    }
    String result = text.toString();
    return result.isBlank() ? "tiltak" : result;
  }

  private FocusArea focusArea() {
    FocusArea.Builder area = FocusArea.builder().id(id("omrade")).name(text(1, 4))
        .kind(pick(FocusAreaKind.values()));
    maybe(() -> area.number(String.valueOf(1 + random.nextInt(9))));
    maybe(() -> area.description(text(5, 30)));
    area.addAllSections(list(2, () -> section(1)));
    area.addAllLegalBasis(list(2, this::legalBasis));
    List<Goal> goals = list(3, () -> goal(2));
    area.addAllGoals(goals);
    List<String> goalIds = new ArrayList<>();
    goals.forEach(g -> collectGoalIds(g, goalIds));
    area.addAllStrategies(list(3, () -> strategy(goalIds)));
    List<Measure> areaMeasures = list(6, () -> measure(goalIds));
    area.addAllMeasures(areaMeasures);
    area.addAllReferences(list(2, this::reference));
    area.addAllTargetGroups(list(2, this::targetGroup));
    List<String> measureIds = new ArrayList<>();
    areaMeasures.forEach(m -> measureIds.add(m.getId()));
    area.addAllFacilities(list(2, () -> facility(measureIds)));
    area.addAllFigures(list(2, this::figureSeries));
    maybe(() -> area.provenance(provenance()));
    return area.build();
  }

  private Goal goal(int depth) {
    Goal.Builder goal = Goal.builder().id(id("mal")).statement(text(3, 15)).kind(pick(GoalKind.values()));
    maybe(() -> goal.number(String.valueOf(1 + random.nextInt(20))));
    maybe(() -> goal.description(text(5, 20)));
    if (depth > 0) {
      goal.addAllSubGoals(list(2, () -> goal(depth - 1)));
    }
    goal.addAllIndicators(list(2, this::indicator));
    goal.addAllSdgTargets(list(2, () -> SdgTarget.of(pick("3", "3.4", "3.8", "3.b", "10.2", "11", "17.17"))));
    goal.addAllTargetGroups(list(2, this::targetGroup));
    maybe(() -> goal.priority(priority()));
    goal.addAllFigures(list(1, this::figureSeries));
    goal.addAllReports(list(2, this::statusReport));
    maybe(() -> goal.provenance(provenance()));
    return goal.build();
  }

  private Indicator indicator() {
    Indicator.Builder indicator = Indicator.builder().name(text(2, 6));
    maybe(() -> indicator.unit(pick("prosent", "tal plassar", "årsverk")));
    maybe(() -> indicator.baseline(indicatorValue()));
    maybe(() -> indicator.target(indicatorValue()));
    maybe(() -> indicator.source(pick("KOSTRA", "SSB", "Ungdata", "kommunen sine tal")));
    return indicator.build();
  }

  private IndicatorValue indicatorValue() {
    IndicatorValue.Builder value = IndicatorValue.builder().value(BigDecimal.valueOf(random.nextInt(10_000), 1));
    maybe(() -> value.year(2015 + random.nextInt(25)));
    maybe(() -> value.text(text(1, 3)));
    return value.build();
  }

  private Strategy strategy(List<String> goalIds) {
    Strategy.Builder strategy = Strategy.builder().id(id("strategi")).statement(text(3, 15));
    maybe(() -> strategy.number(String.valueOf(1 + random.nextInt(9))));
    maybe(() -> strategy.description(text(3, 15)));
    strategy.addAllGoals(someOf(goalIds));
    maybe(() -> strategy.provenance(provenance()));
    return strategy.build();
  }

  private Measure measure(List<String> goalIds) {
    Measure.Builder measure = Measure.builder().id(id("tiltak")).title(text(2, 12))
        .kind(pick(MeasureKind.values()));
    maybe(() -> measure.number(String.valueOf(1 + random.nextInt(99))));
    maybe(() -> measure.description(text(5, 25)));
    measure.addAllBullets(list(3, () -> bullet(1)));
    measure.addAllGoals(someOf(goalIds));
    maybe(() -> measure.resources(resources()));
    maybe(() -> measure.financing(resources()));
    if (random.nextInt(5) > 0) {
      measure.timeframe(timeframe());
    }
    if (random.nextInt(5) > 0) {
      measure.responsibility(responsibility());
    }
    maybe(() -> measure.status(pick(MeasureStatus.values())));
    measure.addAllNotes(list(2, () -> text(2, 8)));
    measure.addAllLinks(list(2, this::reference));
    measure.addAllTargetGroups(list(2, this::targetGroup));
    maybe(() -> measure.reach(pick(ReachLevel.values())));
    maybe(() -> measure.priority(priority()));
    maybe(() -> measure.decisionState(pick(DecisionState.values())));
    measure.addAllBudget(list(2, this::budgetLine));
    measure.addAllReports(list(2, this::statusReport));
    maybe(() -> measure.provenance(provenance()));
    return measure.build();
  }

  private Milestone milestone() {
    Milestone.Builder milestone = Milestone.builder().activity(text(2, 8));
    maybe(() -> milestone.responsibility(responsibility()));
    maybe(() -> milestone.due(timeframe()));
    maybe(() -> milestone.provenance(provenance()));
    return milestone.build();
  }

  private Project project() {
    Project.Builder project = Project.builder().id(id("prosjekt")).name(text(2, 5));
    project.addAllPurposes(list(3, () -> text(3, 8)));
    maybe(() -> project.goal(text(3, 10)));
    project.addAllSubGoals(list(2, () -> text(3, 10)));
    maybe(() -> project.description(text(3, 10)));
    project.addAllRoles(list(4, () -> ProjectRole.builder().kind(pick(ProjectRoleKind.values()))
        .holders(responsibility()).build()));
    project.addAllCases(list(2, () -> ProjectCase.builder().name("Case " + (1 + random.nextInt(5)))
        .description(optionalText()).build()));
    maybe(() -> project.timeframe(timeframe()));
    project.addAllMilestones(list(3, this::milestone));
    maybe(() -> project.provenance(provenance()));
    return project.build();
  }

  private CooperationAgreement cooperation() {
    return CooperationAgreement.builder()
        .addAllServices(list(3, () -> text(1, 3)))
        .addAllMunicipalities(list(3, () -> municipality(planStart)))
        .addAllOtherPartners(list(2, this::actor))
        .form(optionalText())
        .description(optionalText())
        .build();
  }

  private Perspective perspective() {
    return Perspective.builder().name(text(1, 4)).description(optionalText())
        .addAllBullets(list(3, () -> bullet(0)))
        .addAllSdgTargets(list(3, () -> SdgTarget.of(String.valueOf(1 + random.nextInt(17)))))
        .addAllReferences(list(1, this::reference))
        .build();
  }

  private LegalBasis legalBasis() {
    LegalBasis.Builder basis = LegalBasis.builder().text(text(2, 8)).kind(pick(LegalBasisKind.values()));
    maybe(() -> basis.name(text(1, 3)));
    basis.addAllProvisions(list(2, () -> (1 + random.nextInt(9)) + "-" + (1 + random.nextInt(9))));
    maybe(() -> basis.period(pick("2018–2023", "2021–2025", "2023–2033")));
    return basis.build();
  }

  private Reference reference() {
    Reference.Builder reference = Reference.builder().title(text(1, 6)).relation(pick(ReferenceRelation.values()));
    maybe(() -> reference.url(pick("https://www.heroy.kommune.no/tenester/helse-og-omsorg/innsatstrappa/",
        "http://handlingsplan mot vald i nære relasjonar betre kjent", "https://example.org/plan?x=1&y=æ")));
    maybe(() -> reference.description(text(2, 8)));
    return reference.build();
  }

  private Section section(int depth) {
    Section.Builder section = Section.builder().title(text(1, 5)).kind(pick(SectionKind.values()));
    maybe(() -> section.text(text(5, 40) + (random.nextBoolean() ? "\n\n" + text(5, 20) : "")));
    section.addAllBullets(list(3, () -> bullet(1)));
    if (depth > 0) {
      section.addAllSubsections(list(2, () -> section(depth - 1)));
    }
    return section.build();
  }

  private Bullet bullet(int depth) {
    Bullet.Builder bullet = Bullet.builder().text(text(2, 12));
    if (depth > 0) {
      bullet.addAllChildren(list(2, () -> bullet(depth - 1)));
    }
    return bullet.build();
  }

  private Adoption adoption(int year) {
    Adoption.Builder adoption = Adoption.builder();
    maybe(() -> adoption.text("Vedteken " + year));
    maybe(() -> adoption.date(date(year)));
    maybe(() -> adoption.body(pick("kommunestyret", "heradsstyret", "Kommunestyret i Herøy")));
    maybe(() -> adoption.caseNumber("PS " + (random.nextInt(99) + 1) + "/" + (year % 100)));
    maybe(() -> adoption.decisionText(text(5, 20)));
    maybe(() -> adoption.provenance(provenance()));
    return adoption.build();
  }

  private FollowUp followUp() {
    FollowUp.Builder followUp = FollowUp.builder().text(text(5, 20)).responsibility(optional(this::responsibility));
    maybe(() -> followUp.reportsTo(responsibility()));
    maybe(() -> followUp.reporting(recurring()));
    maybe(() -> followUp.rolling(recurring()));
    maybe(() -> followUp.revision(timeframe()));
    return followUp.build();
  }

  private TargetGroup targetGroup() {
    TargetGroupKind kind = pick(TargetGroupKind.values());
    TargetGroup.Builder group = TargetGroup.builder().kind(kind).role(pick(TargetGroupRole.values()));
    if (kind == TargetGroupKind.OTHER || random.nextBoolean()) {
      group.text(text(1, 5));
    }
    return group.build();
  }

  private Priority priority() {
    switch (random.nextInt(3)) {
      case 0:
        return Priority.ofRank(1 + random.nextInt(5));
      case 1:
        PriorityLevel level = pick(PriorityLevel.values());
        return Priority.of(level, level.getLabel(pick(Language.values())));
      default:
        return Priority.builder().text(text(1, 3)).build();
    }
  }

  private Facility facility(List<String> measureIds) {
    Facility.Builder facility = Facility.builder().id(id("bygg")).kind(pick(FacilityKind.values()));
    maybe(() -> facility.change(pick(FacilityChange.values())));
    maybe(() -> facility.name(text(1, 4)));
    maybe(() -> facility.text(text(2, 8)));
    if (random.nextBoolean()) {
      int count = 1 + random.nextInt(60);
      facility.count(random.nextBoolean() ? Amount.of(count)
          : Amount.between(BigDecimal.valueOf(count), BigDecimal.valueOf(count + 1 + random.nextInt(10))));
    }
    maybe(() -> facility.location(text(1, 4)));
    maybe(() -> facility.yearNeeded(planStart + random.nextInt(12)));
    maybe(() -> facility.cost(resources()));
    maybe(() -> facility.financing(resources()));
    facility.addAllMeasures(someOf(measureIds));
    maybe(() -> facility.description(text(3, 15)));
    maybe(() -> facility.provenance(provenance()));
    return facility.build();
  }

  private FigureSeries figureSeries() {
    FigureSeries.Builder series = FigureSeries.builder().name(text(2, 8));
    maybe(() -> series.unit(pick("personar", "prosent", "kr per innbyggjar", "årsverk", text(1, 2))));
    maybe(() -> series.text(text(2, 8)));
    int first = planStart - random.nextInt(6);
    int count = random.nextInt(8);
    boolean forecast = false;
    for (int i = 0; i < count; i++) {
      FigureKind kind = pick(FigureKind.values());
      forecast |= kind == FigureKind.FORECAST;
      FigureValue.Builder value = FigureValue.builder().year(first + i)
          .value(BigDecimal.valueOf(random.nextInt(200_000) - 1_000, random.nextInt(3))).kind(kind);
      maybe(() -> value.text(text(1, 2)));
      series.addValues(value.build());
    }
    if (forecast || random.nextBoolean()) {
      series.dataSource(pick("SSB", "KOSTRA", "SSB, hovudalternativet (MMMM)", "Kommunehelsa statistikkbank",
          text(1, 4)));
    }
    maybe(() -> series.provenance(provenance()));
    return series.build();
  }

  private BudgetLine budgetLine() {
    BudgetLine.Builder line = BudgetLine.builder().kind(pick(BudgetKind.values())).unit(pick(MoneyUnit.values()));
    maybe(() -> line.description(text(2, 8)));
    maybe(() -> line.text(text(2, 10)));
    int first = planStart + random.nextInt(3);
    int years = random.nextInt(5);
    for (int i = 0; i < years; i++) {
      BudgetAmount.Builder amount = BudgetAmount.builder().year(first + i)
          .amount(BigDecimal.valueOf(random.nextInt(100_000) - 20_000, random.nextInt(2)));
      maybe(() -> amount.text(text(1, 2)));
      line.addAmounts(amount.build());
    }
    maybe(() -> line.provenance(provenance()));
    return line.build();
  }

  private StatusReport statusReport() {
    StatusReport.Builder report = StatusReport.builder();
    int year = planStart + 1 + random.nextInt(8);
    switch (random.nextInt(3)) {
      case 0:
        report.year(year);
        break;
      case 1:
        report.date(date(year));
        break;
      default:
        report.year(year).date(date(year + random.nextInt(2)));
        break;
    }
    maybe(() -> report.status(pick(ReportStatus.values())));
    maybe(() -> report.statusText(text(1, 5)));
    maybe(() -> report.comment(text(3, 20)));
    report.addAllValues(list(2, () -> {
      ReportedValue.Builder value = ReportedValue.builder().indicator(text(2, 6))
          .value(BigDecimal.valueOf(random.nextInt(10_000), 1));
      maybe(() -> value.unit(pick("prosent", "tal", "personar")));
      maybe(() -> value.text(text(1, 2)));
      return value.build();
    }));
    maybe(() -> report.provenance(provenance()));
    return report.build();
  }

  private Consultation consultation(int year) {
    Consultation.Builder consultation = Consultation.builder();
    maybe(() -> consultation.text(text(5, 20)));
    maybe(() -> consultation.body(pick("formannskapet", "Hovudutval for helse og omsorg", text(1, 3))));
    LocalDate sent = LocalDate.of(year - 1, 1, 1).plusDays(random.nextInt(240));
    maybe(() -> consultation.decisionDate(sent));
    maybe(() -> consultation.caseNumber(pick("sak ", "PS ", "") + (1 + random.nextInt(99)) + "/" + (year % 100)));
    if (random.nextBoolean()) {
      LocalDate start = sent.plusDays(random.nextInt(14));
      consultation.start(start).end(start.plusWeeks(4 + random.nextInt(5)));
    }
    maybe(() -> consultation.submissions(random.nextInt(60)));
    maybe(() -> consultation.provenance(provenance()));
    return consultation.build();
  }

  private Attachment attachment() {
    Attachment.Builder attachment = Attachment.builder().title(text(1, 6)).kind(pick(AttachmentKind.values()));
    maybe(() -> attachment.number(String.valueOf(1 + random.nextInt(9))));
    maybe(() -> attachment.url(pick("https://www.example-kommune.no/vedlegg.pdf", text(1, 2))));
    maybe(() -> attachment.date(date(planStart)));
    maybe(() -> attachment.description(text(2, 10)));
    maybe(() -> attachment.provenance(provenance()));
    return attachment.build();
  }

  private Provenance provenance() {
    Provenance.Builder provenance = Provenance.builder();
    if (random.nextInt(4) == 0) {
      provenance.document(sourceDocument(planStart));
    }
    if (random.nextBoolean()) {
      int page = 1 + random.nextInt(120);
      provenance.page(page);
      maybe(() -> provenance.lastPage(page + random.nextInt(3)));
    }
    maybe(() -> provenance.section(text(1, 5)));
    maybe(() -> provenance.originalText(random.nextInt(5) == 0 ? pick(TRICKY) : text(3, 15)));
    return provenance.build();
  }

  private SourceDocument sourceDocument(int year) {
    SourceDocument.Builder document = SourceDocument.builder().title(text(2, 8));
    maybe(() -> document.url(pick("https://www.heroy.kommune.no/handlingsplan.pdf", "https://example.org/plan?x=1&y=æ",
        text(1, 2))));
    maybe(() -> document.date(date(year)));
    maybe(() -> document.publisher(text(1, 3)));
    return document.build();
  }

  private LocalDate date(int year) {
    return LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
  }

  private void collectGoalIds(Goal goal, List<String> into) {
    into.add(goal.getId());
    goal.getSubGoals().forEach(g -> collectGoalIds(g, into));
  }

  private List<String> someOf(List<String> ids) {
    List<String> chosen = new ArrayList<>();
    for (String id : ids) {
      if (random.nextInt(4) == 0) {
        chosen.add(id);
      }
    }
    return chosen;
  }

  private String id(String prefix) {
    return prefix + "-" + (++nextId);
  }

  private Optional<String> optionalText() {
    return random.nextBoolean() ? Optional.of(text(1, 8)) : Optional.empty();
  }

  private <T> Optional<T> optional(Supplier<T> make) {
    return random.nextBoolean() ? Optional.of(make.get()) : Optional.empty();
  }

  private void maybe(Runnable action) {
    if (random.nextBoolean()) {
      action.run();
    }
  }

  private <T> List<T> list(int max, Supplier<T> make) {
    int count = random.nextInt(max + 1);
    List<T> items = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      items.add(make.get());
    }
    return items;
  }

  @SafeVarargs
  private <T> T pick(T... choices) {
    return choices[random.nextInt(choices.length)];
  }
}
