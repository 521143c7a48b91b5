package no.helseplan.validation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.helseplan.goal.Goal;
import no.helseplan.goal.Indicator;
import no.helseplan.goal.IndicatorValue;
import no.helseplan.goal.SdgTarget;
import no.helseplan.goal.Strategy;
import no.helseplan.measure.Amount;
import no.helseplan.measure.Measure;
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
import no.helseplan.plan.PlanPeriod;
import no.helseplan.plan.PlanValue;
import no.helseplan.project.Project;
import no.helseplan.reference.Reference;
import no.helseplan.responsibility.Actor;
import no.helseplan.responsibility.Responsibility;
import no.helseplan.text.Section;
import no.helseplan.timeframe.CalendarPoint;
import no.helseplan.timeframe.Point;
import no.helseplan.timeframe.Recurring;
import no.helseplan.timeframe.Span;
import no.helseplan.timeframe.Timeframe;
import no.helseplan.validation.Rule;
import org.jspecify.annotations.Nullable;

/**
 * Walks every element of a plan that carries a constraint of its own, keeping the JSON pointer of where it is,
 * and runs on each the checks of single elements: {@linkplain Constraints#REQUIRED required texts} and the
 * value checks of {@link Check} (years, periods, amounts, SDG codes, responsibility leads). Each issue comes out
 * located by its full pointer from the plan, such as {@code /focusAreas/0/measures/3/timeframe/at/year}.
 *
 * <p>This is the cascade of the model written out, in place of Hibernate Validator's cascaded validation: one
 * walk instead of a bean traversal per element, so that validating costs little next to reading (issue 9).
 * What is visited, and under which property name, is what the cascade declared: the elements of the plan, its
 * focus areas, goals (with sub-goals, indicators and SDG targets), strategies, measures (with resources,
 * financing, time frame, responsibility and links), milestones, projects, sections, references, values,
 * perspectives, participants and follow-up. The pointer is built only when an issue is found.
 *
 * <p>Not thread-safe: one walk per plan, on one thread. Never throws for any plan the model can hold.
 */
final class ElementWalk {
  private final CheckContext context;
  private final List<Issue> issues = new ArrayList<>();
  /** Where the walk is: property names and list indices, from the plan down. */
  private Object[] trail = new Object[32];
  private int depth;

  private ElementWalk(CheckContext context) {
    this.context = context;
  }

  /**
   * Walks a plan.
   *
   * @param plan  the plan
   * @param context  the register and detector the checks may need
   * @return the issues, each located from the plan, in the order met
   */
  static List<Issue> walk(Plan plan, CheckContext context) {
    ElementWalk walk = new ElementWalk(context);
    walk.plan(plan);
    return walk.issues;
  }

  private void plan(Plan plan) {
    texts(Plan.class, plan);
    if (plan.getPeriod().isPresent()) {
      enter("period");
      period(plan.getPeriod().get());
      leave();
    }
    if (plan.getActionPeriod().isPresent()) {
      enter("actionPeriod");
      period(plan.getActionPeriod().get());
      leave();
    }
    if (plan.getAdoption().isPresent()) {
      enter("adoption");
      adoption(plan.getAdoption().get());
      leave();
    }
    enter("municipality");
    texts(Municipality.class, plan.getMunicipality());
    leave();
    plan.getDocumentDate().ifPresent(date -> value(Check.YEAR, "documentDate", date, "document-date"));
    for (int i = 0; i < plan.getValues().size(); i++) {
      enter("values", i);
      texts(PlanValue.class, plan.getValues().get(i));
      leaveElement();
    }
    for (int i = 0; i < plan.getPerspectives().size(); i++) {
      enter("perspectives", i);
      perspective(plan.getPerspectives().get(i));
      leaveElement();
    }
    references("references", plan.getReferences());
    for (int i = 0; i < plan.getParticipants().size(); i++) {
      enter("participants", i);
      texts(Participant.class, plan.getParticipants().get(i));
      leaveElement();
    }
    if (plan.getFollowUp().isPresent()) {
      enter("followUp");
      followUp(plan.getFollowUp().get());
      leave();
    }
    sections(plan.getSections());
    for (int i = 0; i < plan.getFocusAreas().size(); i++) {
      enter("focusAreas", i);
      focusArea(plan.getFocusAreas().get(i));
      leaveElement();
    }
    goals("goals", plan.getGoals());
    strategies(plan.getStrategies());
    measures(plan.getMeasures());
    milestones(plan.getMilestones());
    for (int i = 0; i < plan.getProjects().size(); i++) {
      enter("projects", i);
      project(plan.getProjects().get(i));
      leaveElement();
    }
  }

  private void period(PlanPeriod period) {
    element(Check.PERIOD_ORDER, period);
    period.getStart().ifPresent(year -> value(Check.YEAR, "start", year, "period.start"));
    period.getEnd().ifPresent(year -> value(Check.YEAR, "end", year, "period.end"));
  }

  private void adoption(Adoption adoption) {
    adoption.getDate().ifPresent(date -> value(Check.YEAR, "date", date, "adoption.date"));
  }

  private void perspective(Perspective perspective) {
    texts(Perspective.class, perspective);
    sdgTargets(perspective.getSdgTargets());
    references("references", perspective.getReferences());
  }

  private void followUp(FollowUp followUp) {
    responsibility(followUp.getResponsibility());
  }

  private void sections(List<Section> sections) {
    for (int i = 0; i < sections.size(); i++) {
      enter("sections", i);
      section(sections.get(i));
      leaveElement();
    }
  }

  private void section(Section section) {
    texts(Section.class, section);
    for (int i = 0; i < section.getSubsections().size(); i++) {
      enter("subsections", i);
      section(section.getSubsections().get(i));
      leaveElement();
    }
  }

  private void focusArea(FocusArea area) {
    texts(FocusArea.class, area);
    goals("goals", area.getGoals());
    strategies(area.getStrategies());
    measures(area.getMeasures());
    sections(area.getSections());
    references("references", area.getReferences());
  }

  private void goals(String property, List<Goal> goals) {
    for (int i = 0; i < goals.size(); i++) {
      enter(property, i);
      goal(goals.get(i));
      leaveElement();
    }
  }

  private void goal(Goal goal) {
    texts(Goal.class, goal);
    goals("subGoals", goal.getSubGoals());
    for (int i = 0; i < goal.getIndicators().size(); i++) {
      enter("indicators", i);
      indicator(goal.getIndicators().get(i));
      leaveElement();
    }
    sdgTargets(goal.getSdgTargets());
  }

  private void indicator(Indicator indicator) {
    texts(Indicator.class, indicator);
    indicatorValue("baseline", indicator.getBaseline());
    indicatorValue("target", indicator.getTarget());
  }

  private void indicatorValue(String property, Optional<IndicatorValue> value) {
    if (value.isPresent() && value.get().getYear().isPresent()) {
      enter(property);
      value(Check.YEAR, "year", value.get().getYear().get(), "indicator");
      leave();
    }
  }

  private void sdgTargets(List<SdgTarget> targets) {
    for (int i = 0; i < targets.size(); i++) {
      enter("sdgTargets", i);
      value(Check.SDG_CODE, "code", targets.get(i).getCode(), "");
      leaveElement();
    }
  }

  private void strategies(List<Strategy> strategies) {
    for (int i = 0; i < strategies.size(); i++) {
      enter("strategies", i);
      texts(Strategy.class, strategies.get(i));
      leaveElement();
    }
  }

  private void measures(List<Measure> measures) {
    for (int i = 0; i < measures.size(); i++) {
      enter("measures", i);
      measure(measures.get(i));
      leaveElement();
    }
  }

  private void measure(Measure measure) {
    texts(Measure.class, measure);
    resources("resources", measure.getResources());
    resources("financing", measure.getFinancing());
    timeframe("timeframe", measure.getTimeframe());
    responsibility(measure.getResponsibility());
    references("links", measure.getLinks());
  }

  private void resources(String property, Optional<Resources> resources) {
    if (resources.isEmpty()) {
      return;
    }
    enter(property);
    List<ResourceNeed> needs = resources.get().getNeeds();
    for (int i = 0; i < needs.size(); i++) {
      if (needs.get(i).getAmount().isPresent()) {
        enter("needs", i);
        enter("amount");
        amount(needs.get(i).getAmount().get());
        leave();
        leaveElement();
      }
    }
    leave();
  }

  private void amount(Amount amount) {
    element(Check.AMOUNT_ORDER, amount);
    value(Check.NON_NEGATIVE, "min", amount.getMin(), "");
    value(Check.NON_NEGATIVE, "max", amount.getMax(), "");
  }

  private void timeframe(String property, Optional<Timeframe> timeframe) {
    if (timeframe.isEmpty()) {
      return;
    }
    enter(property);
    Timeframe t = timeframe.get();
    if (t instanceof Point) {
      calendarPoint("at", ((Point) t).getAt());
    } else if (t instanceof Span) {
      calendarPoint("from", ((Span) t).getFrom());
      calendarPoint("to", ((Span) t).getTo());
    } else if (t instanceof Recurring && ((Recurring) t).getOn().isPresent()) {
      calendarPoint("on", ((Recurring) t).getOn().get());
    }
    leave();
  }

  private void calendarPoint(String property, CalendarPoint point) {
    if (point.getYear().isPresent()) {
      enter(property);
      value(Check.YEAR, "year", point.getYear().get(), "timeframe");
      leave();
    }
  }

  private void responsibility(Optional<Responsibility> responsibility) {
    if (responsibility.isEmpty()) {
      return;
    }
    enter("responsibility");
    Responsibility r = responsibility.get();
    element(Check.RESPONSIBILITY_LEAD, r);
    if (r.getLead().isPresent()) {
      enter("lead");
      texts(Actor.class, r.getLead().get());
      leave();
    }
    for (int i = 0; i < r.getPartners().size(); i++) {
      enter("partners", i);
      texts(Actor.class, r.getPartners().get(i));
      leaveElement();
    }
    leave();
  }

  private void references(String property, List<Reference> references) {
    for (int i = 0; i < references.size(); i++) {
      enter(property, i);
      texts(Reference.class, references.get(i));
      leaveElement();
    }
  }

  private void milestones(List<Milestone> milestones) {
    for (int i = 0; i < milestones.size(); i++) {
      enter("milestones", i);
      Milestone milestone = milestones.get(i);
      texts(Milestone.class, milestone);
      responsibility(milestone.getResponsibility());
      timeframe("due", milestone.getDue());
      leaveElement();
    }
  }

  private void project(Project project) {
    texts(Project.class, project);
    // Project roles are not walked: a steering or reference group has members, not a lead.
    timeframe("timeframe", project.getTimeframe());
    milestones(project.getMilestones());
  }

  /** Reports each required text of an element of the given type that is blank, as {@code @NotBlank} decides:
   * empty or white space only ({@link String#isBlank()}). */
  private <T> void texts(Class<T> type, T element) {
    for (Constraints.Required<?> required : Constraints.requiredOf(type)) {
      String text = required.textOf(element);
      if (text.isBlank()) {
        issues.add(new Issue(Rule.TEXT_REQUIRED,
            Rule.TEXT_REQUIRED.getHighestSeverity(), pointer(required.property()),
            required.field(), text, Map.of()));
      }
    }
  }

  /** Runs a check on the element the walk is at. */
  private void element(Check check, Object element) {
    for (Issue issue : check.run(element, "", context)) {
      issues.add(located(issue, pointer(null)));
    }
  }

  /** Runs a check on a single value of the element the walk is at. */
  private void value(Check check, String property, Object value, String field) {
    for (Issue issue : check.run(value, field, context)) {
      issues.add(located(issue, pointer(property)));
    }
  }

  private static Issue located(Issue issue, String base) {
    return new Issue(issue.rule(), issue.severity(), base + issue.pointer(), issue.keySuffix(), issue.value(),
        issue.parameters());
  }

  private void enter(Object step) {
    if (depth == trail.length) {
      trail = Arrays.copyOf(trail, depth * 2);
    }
    trail[depth++] = step;
  }

  /** Enters element {@code index} of the list that property holds. */
  private void enter(String property, int index) {
    enter(property);
    enter(index);
  }

  private void leave() {
    trail[--depth] = null;
  }

  /** Leaves what {@link #enter(String, int)} entered. */
  private void leaveElement() {
    leave();
    leave();
  }

  /** The pointer of where the walk is, with a last property when not null. */
  private String pointer(@Nullable String property) {
    StringBuilder pointer = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      pointer.append('/').append(trail[i] instanceof String ? Pointers.escape((String) trail[i]) : trail[i]);
    }
    if (property != null) {
      pointer.append('/').append(Pointers.escape(property));
    }
    return pointer.toString();
  }
}
