package no.helseplan.validation.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
import no.helseplan.timeframe.Point;
import no.helseplan.timeframe.Recurring;
import no.helseplan.timeframe.Span;
import no.helseplan.timeframe.CalendarPoint;
import no.helseplan.validation.Rule;
import no.helseplan.io.Severity;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.context.TypeConstraintMappingContext;
import org.hibernate.validator.cfg.defs.NotBlankDef;

/**
 * Every constraint Helseplan puts on the core model, declared with Hibernate Validator's programmatic mapping so
 * that core carries no validation annotations. The tables here are the single place that says which property
 * is checked how; tests read them to prove every message exists in nb, nn and en.
 */
public final class Constraints {

  /**
   * A required text: the model type, the property, and the field suffix of its message key.
   *
   * @param type  the model type
   * @param property  the property name, as in the file format
   * @param field  the message key suffix below {@code helseplan.text.required}, such as {@code measure.title}
   */
  public record Required(Class<?> type, String property, String field) {}

  /** Every required text. */
  public static final List<Required> REQUIRED = List.of(
      new Required(Plan.class, "id", "plan.id"),
      new Required(Plan.class, "title", "plan.title"),
      new Required(FocusArea.class, "id", "focus-area.id"),
      new Required(FocusArea.class, "name", "focus-area.name"),
      new Required(Goal.class, "id", "goal.id"),
      new Required(Goal.class, "statement", "goal.statement"),
      new Required(Strategy.class, "id", "strategy.id"),
      new Required(Strategy.class, "statement", "strategy.statement"),
      new Required(Measure.class, "id", "measure.id"),
      new Required(Measure.class, "title", "measure.title"),
      new Required(Project.class, "id", "project.id"),
      new Required(Project.class, "name", "project.name"),
      new Required(Milestone.class, "activity", "milestone.activity"),
      new Required(Actor.class, "name", "actor.name"),
      new Required(Municipality.class, "name", "municipality.name"),
      new Required(Indicator.class, "name", "indicator.name"),
      new Required(Reference.class, "title", "reference.title"),
      new Required(Section.class, "title", "section.title"),
      new Required(PlanValue.class, "name", "value.name"),
      new Required(Perspective.class, "name", "perspective.name"),
      new Required(Participant.class, "name", "participant.name"));

  /** The field suffixes of {@link Rule#YEAR_OUT_OF_RANGE}'s message keys. */
  public static final List<String> YEAR_FIELDS =
      List.of("period.start", "period.end", "timeframe", "indicator", "adoption.date", "document-date");

  /** The checks on the plan as a whole, in the order they run. */
  public static final List<Check> PLAN_CHECKS = List.of(Check.PLAN_IDS, Check.PLAN_REFERENCES,
      Check.PLAN_PERIOD_FIT, Check.PLAN_MILESTONES, Check.PLAN_MUNICIPALITY, Check.PLAN_MEASURE_QUALITY,
      Check.PLAN_GOAL_QUALITY, Check.PLAN_TIMEFRAMES, Check.PLAN_LANGUAGE,
      Check.PLAN_FACILITIES, Check.PLAN_FIGURES, Check.PLAN_RECORDS);

  private Constraints() {}

  /**
   * Adds every constraint and cascade to a mapping.
   *
   * @param mapping  a mapping created by the configuration, not null
   * @return the same mapping
   */
  public static ConstraintMapping addTo(ConstraintMapping mapping) {
    Map<Class<?>, TypeConstraintMappingContext<?>> types = new HashMap<>();
    Function<Class<?>, TypeConstraintMappingContext<?>> type = t -> types.computeIfAbsent(t, mapping::type);
    TypeConstraintMappingContext<?> plan = type.apply(Plan.class);
    for (Check check : PLAN_CHECKS) {
      plan.constraint(check(check, ""));
    }
    plan.getter("period").containerElementType().valid()
        .getter("actionPeriod").containerElementType().valid()
        .getter("adoption").containerElementType().valid()
        .getter("municipality").valid()
        .getter("documentDate").containerElementType().constraint(check(Check.YEAR, "document-date"))
        .getter("values").containerElementType().valid()
        .getter("perspectives").containerElementType().valid()
        .getter("references").containerElementType().valid()
        .getter("participants").containerElementType().valid()
        .getter("followUp").containerElementType().valid()
        .getter("sections").containerElementType().valid()
        .getter("focusAreas").containerElementType().valid()
        .getter("goals").containerElementType().valid()
        .getter("strategies").containerElementType().valid()
        .getter("measures").containerElementType().valid()
        .getter("milestones").containerElementType().valid()
        .getter("projects").containerElementType().valid();
    type.apply(PlanPeriod.class)
        .constraint(check(Check.PERIOD_ORDER, ""))
        .getter("start").containerElementType().constraint(check(Check.YEAR, "period.start"))
        .getter("end").containerElementType().constraint(check(Check.YEAR, "period.end"));
    type.apply(Adoption.class)
        .getter("date").containerElementType().constraint(check(Check.YEAR, "adoption.date"));
    type.apply(FocusArea.class)
        .getter("goals").containerElementType().valid()
        .getter("strategies").containerElementType().valid()
        .getter("measures").containerElementType().valid()
        .getter("sections").containerElementType().valid()
        .getter("references").containerElementType().valid();
    type.apply(Goal.class)
        .getter("subGoals").containerElementType().valid()
        .getter("indicators").containerElementType().valid()
        .getter("sdgTargets").containerElementType().valid();
    type.apply(Indicator.class)
        .getter("baseline").containerElementType().valid()
        .getter("target").containerElementType().valid();
    type.apply(IndicatorValue.class)
        .getter("year").containerElementType().constraint(check(Check.YEAR, "indicator"));
    type.apply(SdgTarget.class)
        .getter("code").constraint(check(Check.SDG_CODE, ""));
    type.apply(Perspective.class)
        .getter("sdgTargets").containerElementType().valid()
        .getter("references").containerElementType().valid();
    type.apply(Section.class)
        .getter("subsections").containerElementType().valid();
    type.apply(Measure.class)
        .getter("resources").containerElementType().valid()
        .getter("financing").containerElementType().valid()
        .getter("timeframe").containerElementType().valid()
        .getter("responsibility").containerElementType().valid()
        .getter("links").containerElementType().valid();
    type.apply(Resources.class)
        .getter("needs").containerElementType().valid();
    type.apply(ResourceNeed.class)
        .getter("amount").containerElementType().valid();
    type.apply(Amount.class)
        .constraint(check(Check.AMOUNT_ORDER, ""))
        .getter("min").constraint(check(Check.NON_NEGATIVE, ""))
        .getter("max").constraint(check(Check.NON_NEGATIVE, ""));
    type.apply(Point.class).getter("at").valid();
    type.apply(Span.class).getter("from").valid().getter("to").valid();
    type.apply(Recurring.class).getter("on").containerElementType().valid();
    type.apply(CalendarPoint.class)
        .getter("year").containerElementType().constraint(check(Check.YEAR, "timeframe"));
    type.apply(Responsibility.class)
        .constraint(check(Check.RESPONSIBILITY_LEAD, ""))
        .getter("lead").containerElementType().valid()
        .getter("partners").containerElementType().valid();
    type.apply(Milestone.class)
        .getter("responsibility").containerElementType().valid()
        .getter("due").containerElementType().valid();
    type.apply(FollowUp.class)
        .getter("responsibility").containerElementType().valid();
    // Project roles are not cascaded: a steering or reference group has members, not a lead.
    type.apply(Project.class)
        .getter("timeframe").containerElementType().valid()
        .getter("milestones").containerElementType().valid();
    for (Required required : REQUIRED) {
      type.apply(required.type()).getter(required.property()).constraint(new NotBlankDef()
          .message("{" + Rule.TEXT_REQUIRED.getMessageKey() + "." + required.field() + "}")
          .payload(SeverityPayload.of(Rule.TEXT_REQUIRED.getHighestSeverity())));
    }
    return mapping;
  }

  private static GenericConstraintDef<HelseplanCheck> check(Check check, String field) {
    GenericConstraintDef<HelseplanCheck> def = new GenericConstraintDef<>(HelseplanCheck.class)
        .param("check", check.name());
    if (!field.isEmpty()) {
      def.param("field", field);
    }
    Severity severity = severityOf(check);
    if (severity != null) {
      def.payload(SeverityPayload.of(severity));
    }
    return def;
  }

  /** The fixed severity of a check's findings, or null when it depends on the plan's kind. */
  private static @org.jspecify.annotations.Nullable Severity severityOf(Check check) {
    switch (check) {
      case PERIOD_ORDER:
        return Rule.PERIOD_REVERSED.getHighestSeverity();
      case AMOUNT_ORDER:
        return Rule.AMOUNT_REVERSED.getHighestSeverity();
      case RESPONSIBILITY_LEAD:
        return Rule.RESPONSIBILITY_LEAD_MISSING.getHighestSeverity();
      case YEAR:
        return Rule.YEAR_OUT_OF_RANGE.getHighestSeverity();
      case NON_NEGATIVE:
        return Rule.AMOUNT_NEGATIVE.getHighestSeverity();
      case SDG_CODE:
        return Rule.SDG_UNKNOWN.getHighestSeverity();
      default:
        return null;
    }
  }
}
