package no.helseplan.validation;

import no.helseplan.io.Severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import no.helseplan.goal.Goal;
import no.helseplan.goal.Indicator;
import no.helseplan.goal.IndicatorValue;
import no.helseplan.goal.SdgTarget;
import no.helseplan.goal.Strategy;
import no.helseplan.measure.Amount;
import no.helseplan.measure.Measure;
import no.helseplan.measure.ResourceKind;
import no.helseplan.measure.ResourceNeed;
import no.helseplan.measure.Resources;
import no.helseplan.municipality.Municipality;
import no.helseplan.plan.Adoption;
import no.helseplan.plan.FocusArea;
import no.helseplan.plan.FollowUp;
import no.helseplan.plan.Milestone;
import no.helseplan.plan.Participant;
import no.helseplan.plan.Perspective;
import no.helseplan.plan.Plan;
import no.helseplan.plan.PlanKind;
import no.helseplan.plan.PlanPeriod;
import no.helseplan.plan.PlanValue;
import no.helseplan.project.Project;
import no.helseplan.reference.Reference;
import no.helseplan.responsibility.Actor;
import no.helseplan.responsibility.ActorKind;
import no.helseplan.responsibility.Responsibility;
import no.helseplan.text.Section;
import no.helseplan.timeframe.CalendarPoint;
import no.helseplan.timeframe.Ongoing;
import no.helseplan.timeframe.Point;
import no.helseplan.timeframe.Span;
import no.helseplan.timeframe.Unrecognised;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A Nynorsk action plan with exactly 50 planted defects, each noted beside the code that plants it, yields
 * exactly those 50 findings: the right codes, the right pointers, the right severities, in every language.
 */
class PlantedDefectsTest {
  /** Only Herøy (1515) is in this register. */
  static final MunicipalityDirectory REGISTER = (number, date) -> number.equals("1515");

  /** The expected findings, "code pointer", in the order planted. */
  static final List<String> EXPECTED = new ArrayList<>();

  private static <T> T plant(String code, String pointer, T value) {
    EXPECTED.add(code + " " + pointer);
    return value;
  }

  static Responsibility lead() {
    return Plans.responsibility();
  }

  static Responsibility noLead(String pointer) {
    return plant("responsibility.lead.missing", pointer, Responsibility.builder().text("Alle einingar").build());
  }

  static Measure.Builder measure(String id, String... goals) {
    return Measure.builder().id(id).title("Tiltak " + id).addGoals(goals).timeframe(Plans.autumn(2026))
        .responsibility(lead());
  }

  static Resources amount(Amount amount) {
    return Resources.builder().text("Eigne rammer")
        .addNeeds(ResourceNeed.builder().text("Eigne rammer").kind(ResourceKind.EXISTING_BUDGET).amount(amount)
            .build()).build();
  }

  static Point year(int year) {
    return Point.builder().text(String.valueOf(year)).at(CalendarPoint.ofYear(year)).build();
  }

  static Plan plan() {
    EXPECTED.clear();
    String f0 = "/focusAreas/0";
    String f1 = "/focusAreas/1";
    String f2 = "/focusAreas/2";
    FocusArea area0 = FocusArea.builder().id("omrade-1")
        .name(plant("text.required", f0 + "/name", ""))
        .addGoals(Goal.builder().id("mal-1")
            .statement(plant("text.required", f0 + "/goals/0/statement", " "))
            .addSdgTargets(SdgTarget.of(plant("sdg.unknown", f0 + "/goals/0/sdgTargets/0/code", "3.e")))
            .build())
        .addGoals(Goal.builder().id("mal-2").statement("Færre fallskadar")
            .addIndicators(Indicator.builder().name(plant("text.required", f0 + "/goals/1/indicators/0/name", ""))
                .baseline(IndicatorValue.builder().value(BigDecimal.valueOf(42))
                    .year(plant("year.out-of-range", f0 + "/goals/1/indicators/0/baseline/year", 1850)).build())
                .build())
            .build())
        .addStrategies(Strategy.builder().id("s-1")
            .statement(plant("text.required", f0 + "/strategies/0/statement", ""))
            .addGoals(plant("goal.unknown", f0 + "/strategies/0/goals/0", "mal-x"), "mal-1").build())
        .addMeasures(measure("tiltak-1", "mal-1").title(plant("text.required", f0 + "/measures/0/title", "")).build())
        .addMeasures(measure("tiltak-2", "mal-2", plant("goal.unknown", f0 + "/measures/1/goals/1", "mal-99")).build())
        .addMeasures(measure("tiltak-3", "mal-1")
            .addStrategies(plant("strategy.unknown", f0 + "/measures/2/strategies/0", "s-99")).build())
        .build();
    FocusArea area1 = FocusArea.builder().id(plant("id.duplicate", f1 + "/id", "omrade-1")).name("Meistring")
        .addGoals(Goal.builder().id(plant("id.duplicate", f1 + "/goals/0/id", "mal-1")).statement("Meistring").build())
        .addGoals(plant("goal.unserved", f1 + "/goals/1",
            Goal.builder().id("mal-3").statement("Ingen tiltak for dette").build()))
        .addMeasures(measure(plant("id.duplicate", f1 + "/measures/0/id", "tiltak-1"), "mal-1")
            .responsibility(Optional.ofNullable(plant("measure.responsibility.missing",
                f1 + "/measures/0/responsibility", (Responsibility) null)))
            .description(plant("language.mismatch", "/language", "Vi skal ikke gløyme dette (bokmålsord i nynorsk plan)")).build())
        .addMeasures(measure("tiltak-5", "mal-1")
            .timeframe(Optional.ofNullable(plant("measure.timeframe.missing", f1 + "/measures/1/timeframe",
                (Point) null)))
            .financing(amount(plant("amount.reversed", f1 + "/measures/1/financing/needs/0/amount",
                Amount.between(BigDecimal.valueOf(5), BigDecimal.valueOf(2))))).build())
        .addMeasures(measure("tiltak-6", "mal-1")
            .timeframe(plant("measure.timeframe.ongoing", f1 + "/measures/2/timeframe", Ongoing.of("Jamleg")))
            .resources(amount(Amount.between(
                plant("amount.negative", f1 + "/measures/2/resources/needs/0/amount/min", BigDecimal.valueOf(-2)),
                BigDecimal.ONE))).build())
        .build();
    FocusArea area2 = plant("focus-area.goals.missing", f2 + "/goals", FocusArea.builder().id("omrade-3")
        .name("Samhandling"))
        .addMeasures(measure(plant("text.required", f2 + "/measures/0/id", ""), "hovudmal-1")
            .timeframe(plant("timeframe.unrecognised", f2 + "/measures/0/timeframe",
                Unrecognised.of("når det høver"))).build())
        .addMeasures(measure("tiltak-8", "hovudmal-1")
            .timeframe(plant("measure.timeframe.outside-period", f2 + "/measures/1/timeframe", Plans.autumn(2035)))
            .responsibility(noLead(f2 + "/measures/1/responsibility")).build())
        .addMeasures(measure("tiltak-9", "hovudmal-1")
            .timeframe(Span.builder().text("2025-2205").from(CalendarPoint.ofYear(2025))
                .to(CalendarPoint.ofYear(plant("year.out-of-range", f2 + "/measures/2/timeframe/to/year", 2205)))
                .build())
            .responsibility(Responsibility.of("Rådmannen", Actor.of(
                plant("text.required", f2 + "/measures/2/responsibility/lead/name", " "), ActorKind.ROLE))).build())
        .build();
    return Plans.base()
        .kind(PlanKind.ACTION_PLAN)
        .title(plant("text.required", "/title", ""))
        .actionPeriod(plant("period.reversed", "/actionPeriod", PlanPeriod.of(2027, 2026)))
        .adoption(Adoption.builder().text("Vedteken 12.02.1025").date(
            plant("year.out-of-range", "/adoption/date", LocalDate.of(1025, 2, 12))).build())
        .documentDate(plant("year.out-of-range", "/documentDate", LocalDate.of(2225, 1, 1)))
        .municipality(Municipality.of(plant("municipality.unknown", "/municipality/number", "1534"), "Haram"))
        .addValues(PlanValue.builder().name(plant("text.required", "/values/0/name", " ")).build())
        .addPerspectives(Perspective.builder().name(plant("text.required", "/perspectives/0/name", ""))
            .addSdgTargets(SdgTarget.of(plant("sdg.unknown", "/perspectives/0/sdgTargets/0/code", "19"))).build())
        .addParticipants(Participant.builder().name(plant("text.required", "/participants/0/name", "")).build())
        .addReferences(Reference.builder().title(plant("text.required", "/references/0/title", "")).build())
        .addSections(Section.builder().title(plant("text.required", "/sections/0/title", ""))
            .addSubsections(Section.builder().title(plant("text.required", "/sections/0/subsections/0/title", ""))
                .build()).build())
        .followUp(FollowUp.builder().text("Rapport kvart år").responsibility(noLead("/followUp/responsibility"))
            .build())
        .addFocusAreas(area0, area1, area2)
        .addGoals(Goal.builder().id("hovudmal-1").statement("Gode liv i eigen heim")
            .addSubGoals(Goal.builder().id(plant("text.required", "/goals/0/subGoals/0/id", "")).statement("Delmål")
                .build()).build())
        .addGoals(Goal.builder().id("hovudmal-2").statement("Berekraftige tenester")
            .addSdgTargets(SdgTarget.of(plant("sdg.unknown", "/goals/1/sdgTargets/0/code", "0"))).build())
        .addMeasures(measure("tiltak-p0", "hovudmal-2", plant("goal.unknown", "/measures/0/goals/1", "hovudmal-9"))
            .build())
        .addMeasures(measure("tiltak-p1", "hovudmal-1").build())
        .addMilestones(Milestone.builder().activity("Kartlegging").due(Plans.autumn(2026)).responsibility(lead())
            .build())
        .addMilestones(Milestone.builder().activity(plant("text.required", "/milestones/1/activity", ""))
            .due(plant("milestone.order", "/milestones/1/due", Plans.autumn(2025))).responsibility(lead()).build())
        .addMilestones(Milestone.builder().activity("Evaluering")
            .due(plant("timeframe.unrecognised", "/milestones/2/due", Unrecognised.of("ved behov")))
            .responsibility(lead()).build())
        .addProjects(Project.builder().id(plant("id.duplicate", "/projects/0/id", "tiltak-p1"))
            .name(plant("text.required", "/projects/0/name", ""))
            .timeframe(Point.builder().text("1800").at(CalendarPoint.ofYear(
                plant("year.out-of-range", "/projects/0/timeframe/at/year", 1800))).build())
            .addMilestones(Milestone.builder().activity("Oppstart").due(Plans.autumn(2025))
                .responsibility(noLead("/projects/0/milestones/0/responsibility")).build())
            .build())
        .build();
  }

  static final Plan PLAN = plan();
  static final List<String> PLANTED = List.copyOf(EXPECTED);

  // validate(Plan)

  @ParameterizedTest
  @EnumSource(Language.class)
  void test_validate_fiftyPlantedDefects(Language language) {
    assertEquals(50, PLANTED.size(), "defects planted");
    assertEquals(50, new LinkedHashSet<>(PLANTED).size(), "each defect planted once: " + PLANTED);
    PlanValidator validator = PlanValidator.builder().language(language).municipalities(REGISTER)
        .writtenStandard(RuleTest.DETECTOR).build();
    ValidationReport report = validator.validate(PLAN);
    Set<String> expected = new TreeSet<>(PLANTED);
    Set<String> actual = report.getFindings().stream().map(f -> f.getCode() + " " + f.getPointer())
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(expected, actual);
    assertEquals(50, report.getFindings().size(), report::toString);
    for (Finding f : report.getFindings()) {
      assertEquals(f.getRule().orElseThrow().getSeverity(PlanKind.ACTION_PLAN).orElseThrow(), f.getSeverity(),
          f::toString);
      assertFalse(f.getMessage().contains("{") || f.getMessage().contains("}"), f::toString);
    }
    assertFalse(report.isValid());
    assertEquals(report.getFindings().size(), report.getCounts().values().stream().mapToInt(i -> i).sum());
    assertEquals(report.getFindings(Severity.ERROR).size(), report.count(Severity.ERROR));
    assertTrue(report.count(Severity.WARNING) > 0 && report.count(Severity.INFO) > 0, report::toString);
  }
}
