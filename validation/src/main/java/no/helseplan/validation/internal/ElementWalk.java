package no.helseplan.validation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import no.helseplan.goal.Goal;
import no.helseplan.goal.Indicator;
import no.helseplan.goal.IndicatorValue;
import no.helseplan.goal.SdgTarget;
import no.helseplan.goal.Strategy;
import no.helseplan.measure.Amount;
import no.helseplan.measure.Measure;
import no.helseplan.measure.Resources;
import no.helseplan.municipality.Municipality;
import no.helseplan.plan.FocusArea;
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
    one("period", plan.getPeriod(), this::period);
    one("actionPeriod", plan.getActionPeriod(), this::period);
    one("adoption", plan.getAdoption(),
        adoption -> adoption.getDate().ifPresent(date -> value(Check.YEAR, "date", date, "adoption.date")));
    enter("municipality");
    texts(Municipality.class, plan.getMunicipality());
    leave();
    plan.getDocumentDate().ifPresent(date -> value(Check.YEAR, "documentDate", date, "document-date"));
    each("values", plan.getValues(), value -> texts(PlanValue.class, value));
    each("perspectives", plan.getPerspectives(), this::perspective);
    each("references", plan.getReferences(), this::reference);
    each("participants", plan.getParticipants(), participant -> texts(Participant.class, participant));
    one("followUp", plan.getFollowUp(), followUp -> responsibility(followUp.getResponsibility()));
    each("sections", plan.getSections(), this::section);
    each("focusAreas", plan.getFocusAreas(), this::focusArea);
    each("goals", plan.getGoals(), this::goal);
    each("strategies", plan.getStrategies(), strategy -> texts(Strategy.class, strategy));
    each("measures", plan.getMeasures(), this::measure);
    each("milestones", plan.getMilestones(), this::milestone);
    each("projects", plan.getProjects(), this::project);
  }

  private void period(PlanPeriod period) {
    element(Check.PERIOD_ORDER, period);
    period.getStart().ifPresent(year -> value(Check.YEAR, "start", year, "period.start"));
    period.getEnd().ifPresent(year -> value(Check.YEAR, "end", year, "period.end"));
  }

  private void perspective(Perspective perspective) {
    texts(Perspective.class, perspective);
    each("sdgTargets", perspective.getSdgTargets(), this::sdgTarget);
    each("references", perspective.getReferences(), this::reference);
  }

  private void section(Section section) {
    texts(Section.class, section);
    each("subsections", section.getSubsections(), this::section);
  }

  private void focusArea(FocusArea area) {
    texts(FocusArea.class, area);
    each("goals", area.getGoals(), this::goal);
    each("strategies", area.getStrategies(), strategy -> texts(Strategy.class, strategy));
    each("measures", area.getMeasures(), this::measure);
    each("sections", area.getSections(), this::section);
    each("references", area.getReferences(), this::reference);
  }

  private void goal(Goal goal) {
    texts(Goal.class, goal);
    each("subGoals", goal.getSubGoals(), this::goal);
    each("indicators", goal.getIndicators(), this::indicator);
    each("sdgTargets", goal.getSdgTargets(), this::sdgTarget);
  }

  private void indicator(Indicator indicator) {
    texts(Indicator.class, indicator);
    one("baseline", indicator.getBaseline(), this::indicatorValue);
    one("target", indicator.getTarget(), this::indicatorValue);
  }

  private void indicatorValue(IndicatorValue value) {
    value.getYear().ifPresent(year -> value(Check.YEAR, "year", year, "indicator"));
  }

  private void sdgTarget(SdgTarget target) {
    value(Check.SDG_CODE, "code", target.getCode(), "");
  }

  private void measure(Measure measure) {
    texts(Measure.class, measure);
    one("resources", measure.getResources(), this::resources);
    one("financing", measure.getFinancing(), this::resources);
    one("timeframe", measure.getTimeframe(), this::timeframe);
    responsibility(measure.getResponsibility());
    each("links", measure.getLinks(), this::reference);
  }

  private void resources(Resources resources) {
    each("needs", resources.getNeeds(), need -> one("amount", need.getAmount(), this::amount));
  }

  private void amount(Amount amount) {
    element(Check.AMOUNT_ORDER, amount);
    value(Check.NON_NEGATIVE, "min", amount.getMin(), "");
    value(Check.NON_NEGATIVE, "max", amount.getMax(), "");
  }

  private void timeframe(Timeframe timeframe) {
    if (timeframe instanceof Point) {
      calendarPoint("at", ((Point) timeframe).getAt());
    } else if (timeframe instanceof Span) {
      calendarPoint("from", ((Span) timeframe).getFrom());
      calendarPoint("to", ((Span) timeframe).getTo());
    } else if (timeframe instanceof Recurring) {
      ((Recurring) timeframe).getOn().ifPresent(on -> calendarPoint("on", on));
    }
  }

  private void calendarPoint(String property, CalendarPoint point) {
    one(property, point.getYear(), year -> value(Check.YEAR, "year", year, "timeframe"));
  }

  private void responsibility(Optional<Responsibility> responsibility) {
    one("responsibility", responsibility, r -> {
      element(Check.RESPONSIBILITY_LEAD, r);
      one("lead", r.getLead(), lead -> texts(Actor.class, lead));
      each("partners", r.getPartners(), partner -> texts(Actor.class, partner));
    });
  }

  private void reference(Reference reference) {
    texts(Reference.class, reference);
  }

  private void milestone(Milestone milestone) {
    texts(Milestone.class, milestone);
    responsibility(milestone.getResponsibility());
    one("due", milestone.getDue(), this::timeframe);
  }

  private void project(Project project) {
    texts(Project.class, project);
    // Project roles are not walked: a steering or reference group has members, not a lead.
    one("timeframe", project.getTimeframe(), this::timeframe);
    each("milestones", project.getMilestones(), this::milestone);
  }

  /** Visits each element of the list a property holds, at its index. */
  private <T> void each(String property, List<T> elements, Consumer<T> visit) {
    for (int i = 0; i < elements.size(); i++) {
      enter(property);
      enter(i);
      visit.accept(elements.get(i));
      leave();
      leave();
    }
  }

  /** Visits the value a property holds, if it holds one. */
  private <T> void one(String property, Optional<T> value, Consumer<T> visit) {
    if (value.isPresent()) {
      enter(property);
      visit.accept(value.get());
      leave();
    }
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

  private void leave() {
    trail[--depth] = null;
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
