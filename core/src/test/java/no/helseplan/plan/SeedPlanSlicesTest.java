package no.helseplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import no.helseplan.goal.Goal;
import no.helseplan.goal.GoalKind;
import no.helseplan.goal.SdgTarget;
import no.helseplan.goal.Strategy;
import no.helseplan.measure.Amount;
import no.helseplan.measure.Measure;
import no.helseplan.measure.MeasureKind;
import no.helseplan.measure.ResourceKind;
import no.helseplan.measure.ResourceNeed;
import no.helseplan.measure.ResourceUnit;
import no.helseplan.measure.Resources;
import no.helseplan.municipality.Municipality;
import no.helseplan.project.Project;
import no.helseplan.project.ProjectRole;
import no.helseplan.project.ProjectRoleKind;
import no.helseplan.reference.LegalBasis;
import no.helseplan.reference.LegalBasisKind;
import no.helseplan.responsibility.Actor;
import no.helseplan.responsibility.ActorKind;
import no.helseplan.responsibility.Responsibility;
import no.helseplan.text.Bullet;
import no.helseplan.timeframe.CalendarPoint;
import no.helseplan.timeframe.Frequency;
import no.helseplan.timeframe.Ongoing;
import no.helseplan.timeframe.Point;
import no.helseplan.timeframe.Recurring;
import no.helseplan.timeframe.Relative;
import no.helseplan.timeframe.RelativeAnchor;
import no.helseplan.timeframe.Season;
import no.helseplan.timeframe.Span;
import no.helseplan.timeframe.TimeframeKind;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.api.Test;

/**
 * A representative slice of each of the five real plans in {@code shared/seeds}, built in Java: the model holds
 * their structures, and their words stay verbatim beside the interpretation. The complete transcriptions are in
 * the examples module.
 */
class SeedPlanSlicesTest {

  private static Actor leiargruppa() {
    return Actor.of("Leiargruppa i helse og omsorg", ActorKind.LEADERSHIP_GROUP);
  }

  @Test
  void test_heroy_actionPlan() {
    Goal kva = Goal.builder().id("forebygging-kva-3").kind(GoalKind.SUB_GOAL)
        .statement("Legge til rette for at innbyggarane tek ansvar for eiga helse").build();
    Goal malsetting = Goal.builder().id("forebygging-mal").kind(GoalKind.OBJECTIVE)
        .statement("Førebygge meir gjennom tidleg innsats.").addSubGoals(kva).build();
    Measure rehab = Measure.builder().id("tiltak-3-9").title("Styrke ressurs knytt til tilrettelegging av heimen")
        .addGoals(kva.getId())
        .resources(Resources.builder().text("1 årsverk seksjon rehabilitering")
            .addNeeds(ResourceNeed.builder().text("1 årsverk seksjon rehabilitering").kind(ResourceKind.PERSONNEL)
                .amount(Amount.of(1)).unit(ResourceUnit.FTE).forUnit("seksjon rehabilitering").build())
            .build())
        .timeframe(Point.builder().text("2026").at(CalendarPoint.ofYear(2026)).build())
        .responsibility(Responsibility.of("Leiargruppe i helse og omsorg",
            Actor.of("Leiargruppe i helse og omsorg", ActorKind.LEADERSHIP_GROUP)))
        .build();
    Measure frisklivs = Measure.builder().id("tiltak-3-7").title("Frisklivs- og meistringstilbod ved Svingen")
        .addGoals(kva.getId())
        .timeframe(Point.builder().text("August 2025")
            .at(CalendarPoint.builder().year(2025).month(Month.AUGUST).build()).build())
        .responsibility(Responsibility.builder()
            .text("Avdelingsleiar barn, familie og helse, og dagleg leiar ved Svingen")
            .lead(Actor.of("Avdelingsleiar barn, familie og helse", ActorKind.ROLE))
            .addPartners(Actor.of("dagleg leiar ved Svingen", ActorKind.ROLE)).build())
        .build();
    Measure undersokingar = Measure.builder().id("tiltak-1-4")
        .title("Brukar- og pårørandeundersøkingar. Vurdere dialogmøter der det er hensiktsmessig")
        .timeframe(Recurring.builder().text("Oddetalsår").frequency(Frequency.ODD_YEARS).build())
        .responsibility(Responsibility.of("Leiargruppa i helse og omsorg", leiargruppa()))
        .build();
    FocusArea forebygging = FocusArea.builder().id("forebygging").name("Førebygging").addGoals(malsetting)
        .addMeasures(rehab, frisklivs).build();
    Plan plan = Plan.builder().id("heroy-handlingsplan-2025-2028").title("Handlingsplan for perioden 2025 - 2028")
        .kind(PlanKind.ACTION_PLAN).municipality(Municipality.of("1515", "Herøy")).language(Language.NN)
        .period(PlanPeriod.of(2025, 2028)).status(PlanStatus.ADOPTED)
        .adoption(Adoption.builder().text("Vedteken 12.02.2026").date(LocalDate.of(2026, 2, 12)).build())
        .addFocusAreas(forebygging).addMeasures(undersokingar).build();

    assertEquals("1 årsverk seksjon rehabilitering", plan.getFocusAreas().get(0).getMeasures().get(0)
        .getResources().get().getText());
    assertEquals(Optional.of(LocalDate.of(2025, 8, 31)),
        frisklivs.getTimeframe().get().getLatest(plan.getTimeframeContext()));
    assertEquals(Optional.of(LocalDate.of(2028, 12, 31)),
        undersokingar.getTimeframe().get().getLatest(plan.getTimeframeContext()));
    assertEquals("dagleg leiar ved Svingen", frisklivs.getResponsibility().get().getPartners().get(0).getName());
  }

  @Test
  void test_sorVaranger_measuresCitePlanWideGoals() {
    Goal goal1 = Goal.builder().id("hovedmal-1").number("1").kind(GoalKind.MAIN_GOAL)
        .statement("Vi har godt definert styring og lederskap i organisasjonen").build();
    Goal goal7 = Goal.builder().id("hovedmal-7").number("7").kind(GoalKind.MAIN_GOAL)
        .statement("Bemanningen vår er fleksibel og effektiv").build();
    FocusArea ansatte = FocusArea.builder().id("ansatte").name("Utvikling av ansatte og organisasjon")
        .addGoals(goal1).build();
    FocusArea eldre = FocusArea.builder().id("eldreomsorg").name("Eldreomsorg").addGoals(goal7).build();
    Measure ledelse = Measure.builder().id("tiltak-2")
        .title("Innføre system for ledelse og kvalitetsforbedring i Helse, omsorg og velferd")
        .addGoals("hovedmal-1", "hovedmal-7")
        .addBullets(Bullet.of("Innføre felles retningslinjer for god ledelse"))
        .financing(Resources.builder().text("Egne rammer")
            .addNeeds(ResourceNeed.builder().text("Egne rammer").kind(ResourceKind.EXISTING_BUDGET).build()).build())
        .timeframe(span("2020-21", 2020, 2021)).build();
    Measure data = Measure.builder().id("tiltak-1").title("Sikre riktige grunnlagsdata for styring av vår virksomhet")
        .addGoals("hovedmal-1")
        .financing(Resources.builder().text("Egne rammer / OU midler")
            .addNeeds(ResourceNeed.builder().text("Egne rammer").kind(ResourceKind.EXISTING_BUDGET).build(),
                ResourceNeed.builder().text("OU midler").kind(ResourceKind.DEVELOPMENT_FUNDS).build()).build())
        .timeframe(span("2021-22", 2021, 2022)).build();
    Measure kompetanse = Measure.builder().id("tiltak-8").title("Bedre ansattes muligheter til lokal utdanning og utvikling")
        .addBullets(Bullet.of("Utarbeide og innføre kompetanseplan",
            Bullet.of("Lage oversikt over kompetanse blant våre ansatte"), Bullet.of("Rullere planen hvert 4.år")))
        .financing(Resources.builder().text("Videreføring av kompetansemidler")
            .addNeeds(ResourceNeed.builder().text("Videreføring av kompetansemidler")
                .kind(ResourceKind.COMPETENCE_FUNDS).build()).build())
        .timeframe(span("2021-23", 2021, 2023)).build();
    Plan plan = Plan.builder().id("sor-varanger-2020-2030").title("Strategisk plan Helse, omsorg og velferd 2020-2030")
        .subtitle("Handlingsplan 2020-2024").kind(PlanKind.STRATEGIC_PLAN)
        .municipality(Municipality.of("5444", "Sør-Varanger")).language(Language.NB)
        .period(PlanPeriod.of(2020, 2030)).actionPeriod(PlanPeriod.of(2020, 2024))
        .addFocusAreas(ansatte, eldre).addMeasures(ledelse, data, kompetanse).build();

    assertEquals(List.of("hovedmal-1", "hovedmal-7"), plan.getMeasures().get(0).getGoals());
    assertEquals(2, plan.getMeasures().get(1).getFinancing().get().getNeeds().size());
    assertEquals("Rullere planen hvert 4.år", kompetanse.getBullets().get(0).getChildren().get(1).getText());
    assertEquals(Optional.of(LocalDate.of(2023, 12, 31)),
        kompetanse.getTimeframe().get().getLatest(plan.getTimeframeContext()));
  }

  @Test
  void test_hustadvika_goalsStrategiesAndPerspectives() {
    Goal goal = Goal.builder().id("folkehelse-mal-1").statement(
        "Kommunen prioriterer tidlig innsats og rask tilgang til psykisk helsehjelp for alle aldersgrupper").build();
    Strategy strategy = Strategy.builder().id("folkehelse-strategi-3")
        .statement("Fokus på gruppebaserte tilbud fremfor individuelle tilbud").addGoals(goal.getId()).build();
    Measure action = Measure.builder().id("folkehelse-gjores-1").kind(MeasureKind.PRIORITY_ACTION)
        .title("Videreutvikle lavterskeltilbud som Rask psykisk helsehjelp og Frisklivssentralen").build();
    Measure tidlig = Measure.builder().id("folkehelse-gjores-2").kind(MeasureKind.PRIORITY_ACTION)
        .title("Tidlig innsats i barnehage og skole").build();
    Measure helsetjenester = Measure.builder().id("folkehelse-gjores-3").kind(MeasureKind.PRIORITY_ACTION)
        .title("Gode og tilgjengelige helsetjenester for de som har behov for ekstra oppfølging").build();
    FocusArea folkehelse = FocusArea.builder().id("folkehelse").number("1").kind(FocusAreaKind.GOAL_AREA)
        .name("Folkehelse og livskvalitet").addGoals(goal).addStrategies(strategy)
        .addMeasures(action, tidlig, helsetjenester).build();
    Plan plan = Plan.builder().id("hustadvika-2026-2040").title("Helse- og velferdsplan 2026–2040")
        .kind(PlanKind.STRATEGIC_PLAN).municipality(Municipality.of("1579", "Hustadvika")).language(Language.NB)
        .period(PlanPeriod.of(2026, 2040)).vision("Livsmestring for alle – eget ansvar og felles innsats")
        .addValues(PlanValue.builder().name("Imøtekommende").description(
            "Å være imøtekommende betyr at vi møter mennesker med åpenhet, nærhet og vilje til å finne gode løsninger.")
            .build())
        .addPerspectives(Perspective.builder().name("FNs bærekraftsmål")
            .addSdgTargets(SdgTarget.of("3"), SdgTarget.of("11"), SdgTarget.of("17")).build(),
            Perspective.builder().name("BEON-prinsippet").description("beste effektive omsorgsnivå").build())
        .addFocusAreas(folkehelse).build();

    assertEquals(3, plan.getPerspectives().get(0).getSdgTargets().size());
    assertEquals(List.of("folkehelse-mal-1"), plan.getFocusAreas().get(0).getStrategies().get(0).getGoals());
    assertTrue(plan.getFocusAreas().get(0).getMeasures().stream()
        .allMatch(m -> m.getKind() == MeasureKind.PRIORITY_ACTION));
  }

  @Test
  void test_voss_assignmentsMilestonesAndProject() {
    Measure innkomst = Measure.builder().id("oppdrag-12").kind(MeasureKind.ASSIGNMENT)
        .title("Innkomst-/startsamtalar med pårørande til pasientar på langtidsavdeling skjer innan 1 veke")
        .timeframe(Relative.builder().text("innan 1 veke").duration(Period.ofWeeks(1))
            .anchor(RelativeAnchor.WITHIN_EVENT).build()).build();
    Measure dag = Measure.builder().id("oppdrag-27").kind(MeasureKind.ASSIGNMENT)
        .title("Markere nasjonal pårørandedag 22. september kvart år")
        .timeframe(Recurring.builder().text("22. september kvart år").frequency(Frequency.YEARLY)
            .on(CalendarPoint.builder().month(Month.SEPTEMBER).day(22).build()).build()).build();
    Measure samtale = Measure.builder().id("oppdrag-40").kind(MeasureKind.ASSIGNMENT)
        .title("Tenestene tek initiativ til samtale og dialog med pårørande minst ein gong kvart år")
        .timeframe(Recurring.builder().text("minst ein gong kvart år").frequency(Frequency.YEARLY).atLeast(true)
            .build()).build();
    Milestone hoyring = Milestone.builder().activity("Send til høyring 6 veker")
        .due(Span.builder().text("01. sept – 10. okt")
            .from(CalendarPoint.builder().year(2025).yearInferred(true).month(Month.SEPTEMBER).day(1).build())
            .to(CalendarPoint.builder().year(2025).yearInferred(true).month(Month.OCTOBER).day(10).build()).build())
        .build();
    Milestone frist = Milestone.builder().activity("Strategi bearbeiding høyringsinnspel")
        .due(Point.builder().text("Frist fredag 10. okt").deadline(true)
            .at(CalendarPoint.builder().year(2025).yearInferred(true).month(Month.OCTOBER).day(10)
                .weekday(java.time.DayOfWeek.FRIDAY).build()).build())
        .build();
    Project project = Project.builder().id("saman-om-gode-arbeidsdagar").name("Saman om gode arbeidsdagar")
        .addPurposes("Redusera sjukefråvær, overtidsbruk og vikarbruk")
        .addRoles(ProjectRole.builder().kind(ProjectRoleKind.OWNER)
            .holders(Responsibility.of("Kommunalsjef", Actor.of("Kommunalsjef", ActorKind.ROLE))).build())
        .timeframe(Relative.builder().text("Tidsramme: 1 år").duration(Period.ofYears(1))
            .anchor(RelativeAnchor.LASTING).build())
        .addMilestones(hoyring, frist).build();
    Plan plan = Plan.builder().id("voss-parorandestrategi").title("Pårørandestrategi Voss herad 2025- 2029")
        .kind(PlanKind.STRATEGY).municipality(Municipality.of("4621", "Voss")).language(Language.NN)
        .period(PlanPeriod.of(2025, 2029)).documentDate(LocalDate.of(2025, 6, 5))
        .addMeasures(innkomst, dag, samtale).addProjects(project).build();

    assertEquals(TimeframeKind.RELATIVE, plan.getMeasures().get(0).getTimeframe().get().getKind());
    assertEquals(Optional.of(LocalDate.of(2026, 6, 4)),
        project.getTimeframe().get().getLatest(plan.getTimeframeContext()));
    assertEquals(Optional.of(LocalDate.of(2025, 10, 10)),
        frist.getDue().get().getLatest(plan.getTimeframeContext()));
  }

  @Test
  void test_rodoy_serviceChaptersAndCooperation() {
    FocusArea lege = FocusArea.builder().id("legetjenesten").kind(FocusAreaKind.SERVICE_AREA).name("Legetjenesten")
        .addLegalBasis(LegalBasis.builder().text("Helse- og omsorgstjenesteloven §§ 3-1 og 3-2")
            .kind(LegalBasisKind.LAW).name("Helse- og omsorgstjenesteloven").addProvisions("3-1", "3-2").build())
        .addGoals(Goal.builder().id("lege-mal-2").statement(
            "Sikre tilgjengelig og kvalitativt god legehjelp til alle innbyggere.").build())
        .addMeasures(
            Measure.builder().id("lege-tiltak-1").title("Kommunalt ansatte fastleger").description(
                "Bruke alternative turnusordninger fremfor driftstilskudd for å tiltrekke og beholde leger.").build(),
            Measure.builder().id("lege-tiltak-2").title("Styrket støttepersonell").description(
                "Ansette sykepleiere som kan overta enkelte oppgaver, frigjøre legetid til medisinsk arbeid.").build(),
            Measure.builder().id("lege-tiltak-3").title("Bedre lokaler").description(
                "Bygge nye lokaler som fremmer samhandling mellom de ulike helsetjenestene.").build())
        .build();
    Plan plan = Plan.builder().id("rodoy-helse-og-omsorgsplan").title("Helse- og omsorgsplan")
        .kind(PlanKind.THEMATIC_PLAN).municipality(Municipality.of("1836", "Rødøy")).language(Language.NB)
        .addCooperation(CooperationAgreement.builder().addServices("psykolog").form("vertskommunesamarbeid")
            .addMunicipalities(Municipality.of("1834", "Lurøy"), Municipality.of("1835", "Træna")).build())
        .addFocusAreas(lege).build();

    assertEquals(List.of("3-1", "3-2"), plan.getFocusAreas().get(0).getLegalBasis().get(0).getProvisions());
    assertEquals(2, plan.getCooperation().get(0).getMunicipalities().size());
    assertEquals(Optional.empty(), plan.getPeriod());
    assertEquals(3, plan.getFocusAreas().get(0).getMeasures().size());
    assertEquals(Optional.empty(), Ongoing.of("Løpende").getLatest(plan.getTimeframeContext()));
    assertEquals(BigDecimal.ONE, Amount.of(1).getMin());
    assertEquals(Season.AUTUMN.getLastMonth(), Month.DECEMBER);
  }

  private static Span span(String text, int from, int to) {
    return Span.builder().text(text).from(CalendarPoint.ofYear(from)).to(CalendarPoint.ofYear(to)).build();
  }
}
