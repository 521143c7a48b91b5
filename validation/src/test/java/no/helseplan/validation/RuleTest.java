package no.helseplan.validation;

import no.helseplan.io.Severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.helseplan.goal.Goal;
import no.helseplan.goal.IndicatorValue;
import no.helseplan.goal.Indicator;
import no.helseplan.goal.SdgTarget;
import no.helseplan.goal.Strategy;
import no.helseplan.measure.Amount;
import no.helseplan.measure.ResourceKind;
import no.helseplan.measure.ResourceNeed;
import no.helseplan.measure.Resources;
import no.helseplan.plan.Adoption;
import no.helseplan.plan.Milestone;
import no.helseplan.plan.Plan;
import no.helseplan.plan.PlanKind;
import no.helseplan.plan.PlanPeriod;
import no.helseplan.project.Project;
import no.helseplan.project.ProjectRole;
import no.helseplan.project.ProjectRoleKind;
import no.helseplan.responsibility.Responsibility;
import no.helseplan.timeframe.CalendarPoint;
import no.helseplan.timeframe.Ongoing;
import no.helseplan.timeframe.Span;
import no.helseplan.timeframe.Unrecognised;
import no.helseplan.timeframe.Unspecified;
import no.helseplan.municipality.Municipality;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule, one table row where it fires (with the exact pointers and severity) and rows where it does not,
 * including the near misses: boundary years, overlapping time frames, kinds of plan the rule spares.
 */
class RuleTest {
  /** Municipalities 1515 Herøy (from 1838) and 5012 Snillfjord (2018–2019), as a fake register. */
  static final MunicipalityDirectory REGISTER = (number, date) ->
      number.equals("1515") || number.equals("5012") && date.isBefore(LocalDate.of(2020, 1, 1));
  /** Says Bokmål when the text has "ikke", Nynorsk when it has "ikkje". */
  static final WrittenStandardDetector DETECTOR = text -> text.contains("ikkje") ? Optional.of(Language.NN)
      : text.contains("ikke") ? Optional.of(Language.NB) : Optional.empty();
  static final PlanValidator VALIDATOR = PlanValidator.builder().language(Language.NN)
      .municipalities(REGISTER).writtenStandard(DETECTOR).build();

  private static final String M0 = "/focusAreas/0/measures/0";

  static Arguments fires(Rule rule, Severity severity, Plan plan, String... pointers) {
    return Arguments.of(rule, severity, plan, List.of(pointers));
  }

  static Arguments silent(Rule rule, Plan plan) {
    return Arguments.of(rule, Severity.INFO, plan, List.of());
  }

  static Plan one(no.helseplan.measure.Measure.Builder measure) {
    return Plans.plan(Plans.areaWith(measure.build())).build();
  }

  static Resources resources(Amount amount) {
    return Resources.builder().text("1-2 årsverk")
        .addNeeds(ResourceNeed.builder().text("1-2 årsverk").kind(ResourceKind.PERSONNEL).amount(amount).build())
        .build();
  }

  static Milestone milestone(String activity, no.helseplan.timeframe.Timeframe due) {
    return Milestone.builder().activity(activity).due(due).responsibility(Plans.responsibility()).build();
  }

  static Stream<Arguments> data_rules() {
    Responsibility noLead = Responsibility.builder().text("Alle tilsette").build();
    Span span2024to2025 = Span.builder().text("2024-25").from(CalendarPoint.ofYear(2024))
        .to(CalendarPoint.ofYear(2025)).build();
    return Stream.concat(Stream.of(
        fires(Rule.TEXT_REQUIRED, Severity.ERROR, one(Plans.measure("tiltak-1").title("  ")), M0 + "/title"),
        fires(Rule.TEXT_REQUIRED, Severity.ERROR, Plans.plan().title("").build(), "/title"),
        fires(Rule.TEXT_REQUIRED, Severity.ERROR, Plans.plan(Plans.area("omrade-1").addGoals(
            Goal.builder().id("mal-1").statement("\t").build()).addMeasures(Plans.measure("tiltak-1").build())
            .build()).build(), "/focusAreas/0/goals/0/statement"),
        silent(Rule.TEXT_REQUIRED, one(Plans.measure("tiltak-1").title("x"))),

        fires(Rule.YEAR_OUT_OF_RANGE, Severity.ERROR, Plans.plan().period(PlanPeriod.of(1899, 2101)).build(),
            "/period/end", "/period/start"),
        fires(Rule.YEAR_OUT_OF_RANGE, Severity.ERROR, one(Plans.measure("tiltak-1").timeframe(Plans.autumn(2205))),
            M0 + "/timeframe/at/year"),
        fires(Rule.YEAR_OUT_OF_RANGE, Severity.ERROR, Plans.plan().adoption(Adoption.builder()
            .date(LocalDate.of(1025, 2, 12)).build()).build(), "/adoption/date"),
        fires(Rule.YEAR_OUT_OF_RANGE, Severity.ERROR, Plans.plan(Plans.area("omrade-1").addGoals(Goal.builder()
            .id("mal-1").statement("Færre fall").addIndicators(Indicator.builder().name("Fallskadar")
                .target(IndicatorValue.builder().value(BigDecimal.TEN).year(20028).build()).build()).build())
            .addMeasures(Plans.measure("tiltak-1").build()).build()).build(),
            "/focusAreas/0/goals/0/indicators/0/target/year"),
        silent(Rule.YEAR_OUT_OF_RANGE, Plans.plan().period(PlanPeriod.of(1900, 2100)).build()),

        fires(Rule.PERIOD_REVERSED, Severity.ERROR, Plans.plan().period(PlanPeriod.of(2028, 2025)).build(),
            "/period"),
        fires(Rule.PERIOD_REVERSED, Severity.ERROR, Plans.plan().actionPeriod(PlanPeriod.of(2026, 2025)).build(),
            "/actionPeriod"),
        silent(Rule.PERIOD_REVERSED, Plans.plan().period(PlanPeriod.of(2025, 2025)).build()),
        silent(Rule.PERIOD_REVERSED, Plans.plan().period(PlanPeriod.from(2030)).build()),

        fires(Rule.AMOUNT_NEGATIVE, Severity.ERROR, one(Plans.measure("tiltak-1")
            .resources(resources(Amount.between(BigDecimal.valueOf(-1), BigDecimal.valueOf(2))))),
            M0 + "/resources/needs/0/amount/min"),
        fires(Rule.AMOUNT_NEGATIVE, Severity.ERROR, one(Plans.measure("tiltak-1")
            .financing(resources(Amount.of(-500_000)))),
            M0 + "/financing/needs/0/amount/max", M0 + "/financing/needs/0/amount/min"),
        silent(Rule.AMOUNT_NEGATIVE, one(Plans.measure("tiltak-1").resources(resources(Amount.of(0))))),

        fires(Rule.AMOUNT_REVERSED, Severity.ERROR, one(Plans.measure("tiltak-1")
            .resources(resources(Amount.between(BigDecimal.valueOf(3), BigDecimal.valueOf(1))))),
            M0 + "/resources/needs/0/amount"),
        silent(Rule.AMOUNT_REVERSED, one(Plans.measure("tiltak-1")
            .resources(resources(Amount.between(BigDecimal.ONE, new BigDecimal("1.0")))))),

        fires(Rule.SDG_UNKNOWN, Severity.ERROR, sdg("3.4", "3.e", "18", "03"),
            "/focusAreas/0/goals/0/sdgTargets/1/code", "/focusAreas/0/goals/0/sdgTargets/2/code",
            "/focusAreas/0/goals/0/sdgTargets/3/code"),
        silent(Rule.SDG_UNKNOWN, sdg("3", "3.4", "3.d", "17.19", "10.c")),

        fires(Rule.MUNICIPALITY_UNKNOWN, Severity.ERROR, Plans.plan()
            .municipality(Municipality.of("5012", "Snillfjord")).build(), "/municipality/number"),
        fires(Rule.MUNICIPALITY_UNKNOWN, Severity.ERROR, Plans.plan().adoption(Adoption.builder().build())
            .documentDate(LocalDate.of(2025, 1, 1)).municipality(Municipality.of("9999", "Ukjend")).build(),
            "/municipality/number"),
        silent(Rule.MUNICIPALITY_UNKNOWN, Plans.plan().municipality(Municipality.of("5012", "Snillfjord"))
            .adoption(Adoption.builder().date(LocalDate.of(2019, 6, 20)).build()).build()),
        silent(Rule.MUNICIPALITY_UNKNOWN, Plans.plan().municipality(Municipality.of("9999", "Ukjend"))
            .adoption(Adoption.builder().text("Vedteken").build()).build()),

        fires(Rule.ID_DUPLICATE, Severity.ERROR, Plans.plan(Plans.areaWith(Plans.measure("tiltak-1").build(),
            Plans.measure("tiltak-1").build())).build(), "/focusAreas/0/measures/1/id"),
        fires(Rule.ID_DUPLICATE, Severity.ERROR, Plans.plan().addGoals(Plans.goal("omrade-1"))
            .addProjects(Project.builder().id("mal-1").name("Velferdsteknologi").build()).build(),
            "/goals/0/id", "/projects/0/id"),
        silent(Rule.ID_DUPLICATE, Plans.plan().addGoals(Plans.goal("mal-2")).addMeasures(
            Plans.measure("tiltak-2").build()).build()),

        fires(Rule.GOAL_UNKNOWN, Severity.ERROR, one(Plans.measure("tiltak-1").addGoals("mal-9")),
            M0 + "/goals/1"),
        fires(Rule.GOAL_UNKNOWN, Severity.ERROR, Plans.plan().addStrategies(Strategy.builder().id("s-1")
            .statement("Gruppebaserte tilbod").addGoals("7").build()).build(), "/strategies/0/goals/0"),
        silent(Rule.GOAL_UNKNOWN, Plans.plan(Plans.areaWith(Plans.measure("tiltak-1").addGoals("mal-hovud")
            .build())).addGoals(Goal.builder().id("mal-top").statement("Hovudmål").addSubGoals(
                Plans.goal("mal-hovud")).build()).build()),

        fires(Rule.STRATEGY_UNKNOWN, Severity.ERROR, one(Plans.measure("tiltak-1").addStrategies("s-9")),
            M0 + "/strategies/0"),
        silent(Rule.STRATEGY_UNKNOWN, Plans.plan(Plans.areaWith(Plans.measure("tiltak-1").addStrategies("s-1")
            .build())).addStrategies(Strategy.builder().id("s-1").statement("Tidleg innsats").build()).build()),

        fires(Rule.MEASURE_OUTSIDE_PERIOD, Severity.WARNING, one(Plans.measure("tiltak-1")
            .timeframe(Plans.autumn(2031))), M0 + "/timeframe"),
        silent(Rule.MEASURE_OUTSIDE_PERIOD, one(Plans.measure("tiltak-1").timeframe(span2024to2025))),
        silent(Rule.MEASURE_OUTSIDE_PERIOD, Plans.plan(Plans.areaWith(Plans.measure("tiltak-1")
            .timeframe(Plans.autumn(2031)).build())).period(PlanPeriod.from(2025)).build()),

        fires(Rule.MILESTONES_OUT_OF_ORDER, Severity.WARNING, Plans.plan()
            .addMilestones(milestone("Kartlegging", Plans.autumn(2026)), milestone("Oppstart", Plans.autumn(2025)))
            .build(), "/milestones/1/due"),
        fires(Rule.MILESTONES_OUT_OF_ORDER, Severity.WARNING, Plans.plan().addProjects(Project.builder()
            .id("p-1").name("Heimebesøk").addMilestones(milestone("Evaluering", Plans.autumn(2027)),
                milestone("Uklart", Unrecognised.of("når det passar")), milestone("Oppstart", Plans.autumn(2025)))
            .build()).build(), "/projects/0/milestones/2/due"),
        silent(Rule.MILESTONES_OUT_OF_ORDER, Plans.plan().addMilestones(milestone("Oppstart", Plans.autumn(2025)),
            milestone("Heile perioden", Ongoing.of("Løpande")), milestone("Evaluering", Plans.autumn(2025)))
            .build()),

        fires(Rule.RESPONSIBILITY_LEAD_MISSING, Severity.WARNING, one(Plans.measure("tiltak-1")
            .responsibility(noLead)), M0 + "/responsibility"),
        fires(Rule.RESPONSIBILITY_LEAD_MISSING, Severity.WARNING, Plans.plan().addMilestones(Milestone.builder()
            .activity("Oppstart").responsibility(noLead).build()).build(), "/milestones/0/responsibility"),
        silent(Rule.RESPONSIBILITY_LEAD_MISSING, Plans.plan().addProjects(Project.builder().id("p-1")
            .name("Heimebesøk").addRoles(ProjectRole.builder().kind(ProjectRoleKind.REFERENCE_GROUP)
                .holders(noLead).build()).build()).build()),

        fires(Rule.MEASURE_RESPONSIBILITY_MISSING, Severity.WARNING, one(Plans.measure("tiltak-1")
            .responsibility(Optional.empty())), M0 + "/responsibility"),
        fires(Rule.MEASURE_RESPONSIBILITY_MISSING, Severity.INFO, kind(PlanKind.STRATEGY,
            Plans.measure("tiltak-1").responsibility(Optional.empty())), M0 + "/responsibility"),
        silent(Rule.MEASURE_RESPONSIBILITY_MISSING, Plans.plan().build()),

        fires(Rule.MEASURE_TIMEFRAME_MISSING, Severity.WARNING, one(Plans.measure("tiltak-1")
            .timeframe(Optional.empty())), M0 + "/timeframe"),
        fires(Rule.MEASURE_TIMEFRAME_MISSING, Severity.INFO, kind(PlanKind.MUNICIPAL_SUBPLAN,
            Plans.measure("tiltak-1").timeframe(Optional.empty())), M0 + "/timeframe"),
        silent(Rule.MEASURE_TIMEFRAME_MISSING, kind(PlanKind.STRATEGY,
            Plans.measure("tiltak-1").timeframe(Optional.empty()))),
        silent(Rule.MEASURE_TIMEFRAME_MISSING, kind(PlanKind.STRATEGIC_PLAN,
            Plans.measure("tiltak-1").timeframe(Optional.empty()))),

        fires(Rule.MEASURE_ONGOING, Severity.INFO, one(Plans.measure("tiltak-1").timeframe(Ongoing.of("Jamleg"))),
            M0 + "/timeframe"),
        silent(Rule.MEASURE_ONGOING, kind(PlanKind.STRATEGY, Plans.measure("tiltak-1").timeframe(
            Ongoing.of("Jamleg")))),
        silent(Rule.MEASURE_ONGOING, one(Plans.measure("tiltak-1").timeframe(Unspecified.of("I planperioden")))),

        fires(Rule.ALL_MEASURES_ONGOING, Severity.WARNING, Plans.plan(Plans.areaWith(
            Plans.measure("tiltak-1").timeframe(Ongoing.of("Jamleg")).build(),
            Plans.measure("tiltak-2").timeframe(Optional.empty()).build(),
            Plans.measure("tiltak-3").timeframe(Unspecified.of("I planperioden")).build())).build(), ""),
        fires(Rule.ALL_MEASURES_ONGOING, Severity.INFO, kind(PlanKind.THEMATIC_PLAN,
            Plans.measure("tiltak-1").timeframe(Ongoing.of("Løpende"))), ""),
        silent(Rule.ALL_MEASURES_ONGOING, Plans.plan(Plans.areaWith(
            Plans.measure("tiltak-1").timeframe(Ongoing.of("Jamleg")).build(),
            Plans.measure("tiltak-2").build())).build()),
        silent(Rule.ALL_MEASURES_ONGOING, kind(PlanKind.STRATEGY,
            Plans.measure("tiltak-1").timeframe(Ongoing.of("Løpende")))),

        fires(Rule.GOAL_UNSERVED, Severity.WARNING, Plans.plan(Plans.area("omrade-1")
            .addGoals(Plans.goal("mal-1"), Plans.goal("mal-2")).addMeasures(Plans.measure("tiltak-1").build())
            .build()).build(), "/focusAreas/0/goals/1"),
        silent(Rule.GOAL_UNSERVED, Plans.plan(Plans.area("omrade-1")
            .addGoals(Plans.goal("mal-1"), Plans.goal("mal-2")).addMeasures(Plans.measure("tiltak-1").goals(
                List.of()).build()).build()).build()),
        silent(Rule.GOAL_UNSERVED, Plans.plan(Plans.area("omrade-1")
            .addGoals(Plans.goal("mal-1"), Plans.goal("mal-2")).addStrategies(Strategy.builder().id("s-1")
                .statement("Tidleg innsats").addGoals("mal-2").build())
            .addMeasures(Plans.measure("tiltak-1").addStrategies("s-1").build()).build()).build()),
        silent(Rule.GOAL_UNSERVED, Plans.plan(Plans.area("omrade-1").addGoals(Goal.builder().id("mal-1")
            .statement("Hovudmål").addSubGoals(Plans.goal("mal-1-1")).build())
            .addMeasures(Plans.measure("tiltak-1").build()).build()).build()),
        silent(Rule.GOAL_UNSERVED, kind(PlanKind.STRATEGIC_PLAN, Plans.measure("tiltak-1").goals(List.of("x")))),

        fires(Rule.FOCUS_AREA_WITHOUT_GOALS, Severity.INFO, Plans.plan(Plans.area("omrade-1").addMeasures(
            Plans.measure("tiltak-1").build()).build()).addGoals(Plans.goal("mal-1")).build(), "/focusAreas/0/goals"),
        fires(Rule.FOCUS_AREA_WITHOUT_GOALS, Severity.WARNING, Plans.plan(Plans.area("omrade-1").addMeasures(
            Plans.measure("tiltak-1").build()).build()).addGoals(Plans.goal("mal-1")).kind(PlanKind.MUNICIPAL_SUBPLAN)
            .build(), "/focusAreas/0/goals"),
        silent(Rule.FOCUS_AREA_WITHOUT_GOALS, Plans.plan().build()),

        fires(Rule.TIMEFRAME_UNRECOGNISED, Severity.WARNING, Plans.plan(Plans.areaWith(Plans.measure("tiltak-1")
            .timeframe(Unrecognised.of("Når budsjettet tillèt det")).build())).addMilestones(
                milestone("Oppstart", Unrecognised.of("snarast"))).build(), M0 + "/timeframe", "/milestones/0/due"),
        fires(Rule.TIMEFRAME_UNRECOGNISED, Severity.INFO, kind(PlanKind.STRATEGY, Plans.measure("tiltak-1")
            .timeframe(Unrecognised.of("snarast"))), M0 + "/timeframe"),
        silent(Rule.TIMEFRAME_UNRECOGNISED, one(Plans.measure("tiltak-1").timeframe(Ongoing.of("Jamleg")))),

        fires(Rule.LANGUAGE_MISMATCH, Severity.WARNING, Plans.plan().title("Vi skal ikke gi opp").build(),
            "/language"),
        silent(Rule.LANGUAGE_MISMATCH, Plans.plan().title("Vi skal ikkje gi opp").build()),
        silent(Rule.LANGUAGE_MISMATCH, Plans.plan().build())), Issue11RulesTest.rows());
  }

  static Plan sdg(String... codes) {
    Goal goal = Goal.builder().id("mal-1").statement("God helse")
        .addAllSdgTargets(Stream.of(codes).map(SdgTarget::of).collect(Collectors.toList())).build();
    return Plans.plan(Plans.area("omrade-1").addGoals(goal).addMeasures(Plans.measure("tiltak-1").build()).build())
        .build();
  }

  static Plan kind(PlanKind kind, no.helseplan.measure.Measure.Builder measure) {
    return Plans.plan(Plans.areaWith(measure.build())).kind(kind).build();
  }

  // validate(Plan), rule by rule

  @ParameterizedTest(name = "{0} {3}")
  @MethodSource("data_rules")
  void test_validate_rule(Rule rule, Severity severity, Plan plan, List<String> pointers) {
    ValidationReport report = VALIDATOR.validate(plan);
    List<Finding> findings = report.getFindings().stream().filter(f -> f.getCode().equals(rule.getCode()))
        .collect(Collectors.toList());
    assertEquals(pointers, findings.stream().map(Finding::getPointer).sorted().collect(Collectors.toList()),
        () -> report.toString());
    for (Finding f : findings) {
      assertEquals(severity, f.getSeverity(), f::toString);
      assertEquals(Optional.of(rule), f.getRule());
      assertTrue(f.getMessageKey().startsWith(rule.getMessageKey()), f::toString);
    }
  }

  @Test
  void test_validate_everyRuleHasAFiringAndASilentRow() {
    Set<Rule> firing = EnumSet.noneOf(Rule.class);
    Set<Rule> silent = EnumSet.noneOf(Rule.class);
    data_rules().forEach(a -> {
      Object[] row = a.get();
      ((List<?>) row[3]).stream().findAny().ifPresentOrElse(p -> firing.add((Rule) row[0]),
          () -> silent.add((Rule) row[0]));
    });
    assertEquals(EnumSet.allOf(Rule.class), firing, "rules without a row where they fire");
    assertEquals(EnumSet.allOf(Rule.class), silent, "rules without a row where they stay silent");
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void test_validate_cleanPlanHasNoFinding(Language language) {
    PlanValidator validator = PlanValidator.builder().language(language).municipalities(REGISTER)
        .writtenStandard(DETECTOR).build();
    ValidationReport report = validator.validate(Plans.plan().build());
    assertEquals(List.of(), report.getFindings());
    assertTrue(report.isValid());
  }

  @Test
  void test_validate_registerAndDetectorCanBeTurnedOff() {
    Plan plan = Plans.plan().title("Vi skal ikke gi opp").municipality(Municipality.of("9999", "Ukjend")).build();
    PlanValidator off = PlanValidator.builder().language(Language.NB).municipalities((number, date) -> true)
        .writtenStandard(text -> Optional.empty()).build();
    assertEquals(List.of(), off.validate(plan).getFindings());
    assertEquals(List.of("/language", "/municipality/number"), VALIDATOR.validate(plan).getFindings().stream()
        .map(Finding::getPointer).collect(Collectors.toList()));
  }
}
