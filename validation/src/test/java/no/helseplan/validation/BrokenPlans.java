package no.helseplan.validation;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.util.Random;
import no.helseplan.goal.Goal;
import no.helseplan.goal.GoalKind;
import no.helseplan.goal.Indicator;
import no.helseplan.goal.IndicatorValue;
import no.helseplan.goal.SdgTarget;
import no.helseplan.goal.Strategy;
import no.helseplan.measure.Amount;
import no.helseplan.measure.Measure;
import no.helseplan.measure.MeasureStatus;
import no.helseplan.measure.ResourceKind;
import no.helseplan.measure.ResourceNeed;
import no.helseplan.measure.Resources;
import no.helseplan.municipality.Municipality;
import no.helseplan.plan.Adoption;
import no.helseplan.plan.FocusArea;
import no.helseplan.plan.FollowUp;
import no.helseplan.plan.Milestone;
import no.helseplan.plan.Perspective;
import no.helseplan.plan.Plan;
import no.helseplan.plan.PlanKind;
import no.helseplan.plan.PlanPeriod;
import no.helseplan.project.Project;
import no.helseplan.project.ProjectRole;
import no.helseplan.project.ProjectRoleKind;
import no.helseplan.responsibility.Actor;
import no.helseplan.responsibility.ActorKind;
import no.helseplan.responsibility.Responsibility;
import no.helseplan.text.Section;
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
 * A seeded generator of broken plans, anything the model can hold: ids from a tiny pool (duplicates and blanks),
 * citations of goals and strategies that may not exist, extreme years and dates, negative and huge amounts,
 * empty and enormous texts, texts that look like message templates, deep nesting, every time-frame shape, every
 * kind of plan, and plans with nothing in them at all.
 */
final class BrokenPlans {
  private static final String[] IDS = {"1", "2", "a", "mal-1", "tiltak-1", "", " ", "7"};
  private static final String[] TEXTS = {"", " ", "\t\n", "Haust 2025", "Jamleg", "{value}", "${1+1}",
      "{helseplan.check}", "\\{x\\}", "æøå ÆØÅ", "Ansvar: \"Rådmann\" | <b>", "\u0000\u202e", "𝕳𝖊𝖑𝖘𝖊",
      "Vi skal ikke", "Vi skal ikkje"};
  private static final int[] YEARS = {Integer.MIN_VALUE, -1, 0, 1, 1899, 1900, 2025, 2100, 2101, 9999, 10000,
      Integer.MAX_VALUE};

  private final Random random;

  BrokenPlans(Random random) {
    this.random = random;
  }

  Plan plan() {
    Plan.Builder plan = Plan.builder()
        .id(id()).title(text()).kind(pick(PlanKind.values()))
        .municipality(Municipality.of(String.format("%04d", random.nextInt(10000)), text()))
        .language(pick(Language.values()));
    if (random.nextBoolean()) {
      plan.period(period());
    }
    if (chance(4)) {
      plan.actionPeriod(period());
    }
    if (chance(3)) {
      plan.documentDate(date());
    }
    if (chance(2)) {
      Adoption.Builder adoption = Adoption.builder();
      if (random.nextBoolean()) {
        adoption.date(date());
      }
      plan.adoption(adoption.build());
    }
    if (chance(4)) {
      plan.vision(text());
    }
    if (chance(4)) {
      plan.followUp(FollowUp.builder().text(text()).responsibility(responsibility()).build());
    }
    repeat(3, () -> plan.addPerspectives(Perspective.builder().name(text()).addSdgTargets(sdg()).build()));
    repeat(2, () -> plan.addSections(section(3)));
    repeat(4, () -> plan.addFocusAreas(area()));
    repeat(4, () -> plan.addGoals(goal(4)));
    repeat(3, () -> plan.addStrategies(strategy()));
    repeat(6, () -> plan.addMeasures(measure()));
    repeat(4, () -> plan.addMilestones(milestone()));
    repeat(2, () -> plan.addProjects(project()));
    return plan.build();
  }

  private FocusArea area() {
    FocusArea.Builder area = FocusArea.builder().id(id()).name(text());
    repeat(3, () -> area.addGoals(goal(3)));
    repeat(2, () -> area.addStrategies(strategy()));
    repeat(5, () -> area.addMeasures(measure()));
    return area.build();
  }

  private Goal goal(int depth) {
    Goal.Builder goal = Goal.builder().id(id()).statement(text()).kind(pick(GoalKind.values()));
    if (depth > 0) {
      repeat(2, () -> goal.addSubGoals(goal(depth - 1)));
    }
    repeat(2, () -> goal.addSdgTargets(sdg()));
    repeat(2, () -> goal.addIndicators(Indicator.builder().name(text())
        .baseline(IndicatorValue.builder().value(amountValue()).year(year()).build()).build()));
    return goal.build();
  }

  private Strategy strategy() {
    Strategy.Builder strategy = Strategy.builder().id(id()).statement(text());
    repeat(3, () -> strategy.addGoals(id()));
    return strategy.build();
  }

  private Measure measure() {
    Measure.Builder measure = Measure.builder().id(id()).title(text());
    repeat(3, () -> measure.addGoals(id()));
    repeat(2, () -> measure.addStrategies(id()));
    if (random.nextBoolean()) {
      measure.timeframe(timeframe());
    }
    if (random.nextBoolean()) {
      measure.responsibility(responsibility());
    }
    if (chance(3)) {
      measure.resources(resources());
    }
    if (chance(4)) {
      measure.financing(resources());
    }
    if (chance(4)) {
      measure.status(pick(MeasureStatus.values()));
    }
    return measure.build();
  }

  private Milestone milestone() {
    Milestone.Builder milestone = Milestone.builder().activity(text());
    if (random.nextBoolean()) {
      milestone.due(timeframe());
    }
    if (random.nextBoolean()) {
      milestone.responsibility(responsibility());
    }
    return milestone.build();
  }

  private Project project() {
    Project.Builder project = Project.builder().id(id()).name(text());
    if (random.nextBoolean()) {
      project.timeframe(timeframe());
    }
    repeat(3, () -> project.addMilestones(milestone()));
    repeat(2, () -> project.addRoles(ProjectRole.builder().kind(pick(ProjectRoleKind.values()))
        .holders(responsibility()).build()));
    return project.build();
  }

  private Section section(int depth) {
    Section.Builder section = Section.builder().title(text());
    if (depth > 0) {
      repeat(2, () -> section.addSubsections(section(depth - 1)));
    }
    return section.build();
  }

  private Responsibility responsibility() {
    Responsibility.Builder r = Responsibility.builder().text(text());
    if (random.nextBoolean()) {
      r.lead(Actor.of(text(), pick(ActorKind.values())));
    }
    repeat(2, () -> r.addPartners(Actor.of(text(), pick(ActorKind.values()))));
    return r.build();
  }

  private Resources resources() {
    Resources.Builder r = Resources.builder().text(text());
    repeat(3, () -> {
      ResourceNeed.Builder need = ResourceNeed.builder().text(text()).kind(pick(ResourceKind.values()));
      if (random.nextBoolean()) {
        need.amount(Amount.between(amountValue(), amountValue()));
      }
      r.addNeeds(need.build());
    });
    return r.build();
  }

  Timeframe timeframe() {
    switch (random.nextInt(7)) {
      case 0:
        return Ongoing.of(text());
      case 1:
        return Unspecified.of(text());
      case 2:
        return Unrecognised.of(text());
      case 3:
        return Point.builder().text(text()).at(calendarPoint()).deadline(random.nextBoolean()).build();
      case 4:
        return Span.builder().text(text()).from(calendarPoint()).to(calendarPoint()).build();
      case 5:
        return Relative.builder().text(text()).anchor(pick(RelativeAnchor.values()))
            .duration(Period.of(random.nextInt(3) == 0 ? Integer.MAX_VALUE : random.nextInt(5),
                random.nextInt(13), random.nextInt(400))).build();
      default:
        Frequency frequency = pick(Frequency.values());
        Recurring.Builder recurring = Recurring.builder().text(text()).frequency(frequency)
            .atLeast(random.nextBoolean());
        if (frequency == Frequency.EVERY_N_YEARS) {
          recurring.interval(1 + random.nextInt(Integer.MAX_VALUE - 1));
        }
        if (random.nextBoolean()) {
          recurring.on(calendarPoint());
        }
        return recurring.build();
    }
  }

  private CalendarPoint calendarPoint() {
    CalendarPoint.Builder point = CalendarPoint.builder();
    if (random.nextInt(5) > 0) {
      point.year(pick(new int[] {1, 1899, 1900, 2025, 2026, 2100, 2101, 9999}));
      point.yearInferred(random.nextBoolean());
    }
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
        if (random.nextBoolean()) {
          point.day(1 + random.nextInt(31));
        }
        break;
      default:
        break;
    }
    if (chance(5)) {
      point.weekday(pick(DayOfWeek.values()));
    }
    return point.build();
  }

  private PlanPeriod period() {
    PlanPeriod.Builder period = PlanPeriod.builder();
    if (random.nextInt(4) > 0) {
      period.start(year());
    }
    if (random.nextInt(4) > 0) {
      period.end(year());
    }
    return period.build();
  }

  private LocalDate date() {
    switch (random.nextInt(4)) {
      case 0:
        return LocalDate.MIN;
      case 1:
        return LocalDate.MAX;
      default:
        return LocalDate.of(1800 + random.nextInt(400), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }
  }

  private int year() {
    return random.nextBoolean() ? pick(YEARS) : 1890 + random.nextInt(230);
  }

  private BigDecimal amountValue() {
    switch (random.nextInt(5)) {
      case 0:
        return new BigDecimal("-1E+1000");
      case 1:
        return new BigDecimal("1E+1000");
      case 2:
        return BigDecimal.valueOf(random.nextInt(21) - 10, random.nextInt(3));
      default:
        return BigDecimal.valueOf(random.nextInt(1_000_000));
    }
  }

  private SdgTarget sdg() {
    String[] codes = {"3", "3.4", "3.b", "17.19", "0", "18", "3.e", "03", "", "3.B", "3.14", "1.a"};
    return SdgTarget.of(pick(codes));
  }

  private String id() {
    return random.nextInt(4) == 0 ? "id-" + random.nextInt(1000) : pick(IDS);
  }

  private String text() {
    switch (random.nextInt(8)) {
      case 0:
        return "x".repeat(random.nextInt(5000));
      case 1:
      case 2:
        return pick(TEXTS);
      default:
        return "Tiltak " + random.nextInt(100);
    }
  }

  private boolean chance(int oneIn) {
    return random.nextInt(oneIn) == 0;
  }

  private void repeat(int max, Runnable action) {
    int n = random.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      action.run();
    }
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private int pick(int[] values) {
    return values[random.nextInt(values.length)];
  }
}
