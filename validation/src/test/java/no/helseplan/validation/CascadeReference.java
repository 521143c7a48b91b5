package no.helseplan.validation;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import no.helseplan.goal.Goal;
import no.helseplan.goal.Indicator;
import no.helseplan.goal.IndicatorValue;
import no.helseplan.goal.SdgTarget;
import no.helseplan.io.Severity;
import no.helseplan.measure.Amount;
import no.helseplan.measure.Measure;
import no.helseplan.measure.ResourceNeed;
import no.helseplan.measure.Resources;
import no.helseplan.plan.Adoption;
import no.helseplan.plan.FocusArea;
import no.helseplan.plan.FollowUp;
import no.helseplan.plan.Milestone;
import no.helseplan.plan.Perspective;
import no.helseplan.plan.Plan;
import no.helseplan.plan.PlanPeriod;
import no.helseplan.project.Project;
import no.helseplan.responsibility.Responsibility;
import no.helseplan.text.Section;
import no.helseplan.timeframe.CalendarPoint;
import no.helseplan.timeframe.Point;
import no.helseplan.timeframe.Recurring;
import no.helseplan.timeframe.Span;
import no.helseplan.validation.internal.Check;
import no.helseplan.validation.internal.Constraints;
import no.helseplan.validation.internal.HelseplanCheck;
import no.helseplan.validation.internal.SeverityPayload;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.context.TypeConstraintMappingContext;
import org.hibernate.validator.cfg.defs.NotBlankDef;

/**
 * The plain definition of the checks on single elements, as Bean Validation spells it: {@code @NotBlank} on each
 * required text, the value checks on their properties, and a cascade ({@code @Valid}) into every element that
 * holds one. This is how the validator declared them until issue 9 replaced the cascade by one walk of the plan
 * ({@code ElementWalk}); {@link ElementWalkTest} checks that both find the same.
 */
final class CascadeReference {
  private CascadeReference() {}

  /** Adds the plan checks other than the element walk, and the element checks as a cascade. */
  static ConstraintMapping addTo(ConstraintMapping mapping) {
    Map<Class<?>, TypeConstraintMappingContext<?>> types = new HashMap<>();
    Function<Class<?>, TypeConstraintMappingContext<?>> type = t -> types.computeIfAbsent(t, mapping::type);
    TypeConstraintMappingContext<?> plan = type.apply(Plan.class);
    for (Check check : Constraints.PLAN_CHECKS) {
      if (check != Check.PLAN_ELEMENTS) {
        plan.constraint(check(check, "", null));
      }
    }
    Severity year = Rule.YEAR_OUT_OF_RANGE.getHighestSeverity();
    plan.getter("period").containerElementType().valid()
        .getter("actionPeriod").containerElementType().valid()
        .getter("adoption").containerElementType().valid()
        .getter("municipality").valid()
        .getter("documentDate").containerElementType().constraint(check(Check.YEAR, "document-date", year))
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
        .constraint(check(Check.PERIOD_ORDER, "", Rule.PERIOD_REVERSED.getHighestSeverity()))
        .getter("start").containerElementType().constraint(check(Check.YEAR, "period.start", year))
        .getter("end").containerElementType().constraint(check(Check.YEAR, "period.end", year));
    type.apply(Adoption.class)
        .getter("date").containerElementType().constraint(check(Check.YEAR, "adoption.date", year));
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
        .getter("year").containerElementType().constraint(check(Check.YEAR, "indicator", year));
    type.apply(SdgTarget.class)
        .getter("code").constraint(check(Check.SDG_CODE, "", Rule.SDG_UNKNOWN.getHighestSeverity()));
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
    Severity negative = Rule.AMOUNT_NEGATIVE.getHighestSeverity();
    type.apply(Amount.class)
        .constraint(check(Check.AMOUNT_ORDER, "", Rule.AMOUNT_REVERSED.getHighestSeverity()))
        .getter("min").constraint(check(Check.NON_NEGATIVE, "", negative))
        .getter("max").constraint(check(Check.NON_NEGATIVE, "", negative));
    type.apply(Point.class).getter("at").valid();
    type.apply(Span.class).getter("from").valid().getter("to").valid();
    type.apply(Recurring.class).getter("on").containerElementType().valid();
    type.apply(CalendarPoint.class)
        .getter("year").containerElementType().constraint(check(Check.YEAR, "timeframe", year));
    type.apply(Responsibility.class)
        .constraint(check(Check.RESPONSIBILITY_LEAD, "", Rule.RESPONSIBILITY_LEAD_MISSING.getHighestSeverity()))
        .getter("lead").containerElementType().valid()
        .getter("partners").containerElementType().valid();
    type.apply(Milestone.class)
        .getter("responsibility").containerElementType().valid()
        .getter("due").containerElementType().valid();
    type.apply(FollowUp.class)
        .getter("responsibility").containerElementType().valid();
    type.apply(Project.class)
        .getter("timeframe").containerElementType().valid()
        .getter("milestones").containerElementType().valid();
    for (Constraints.Required<?> required : Constraints.REQUIRED) {
      type.apply(required.type()).getter(required.property()).constraint(new NotBlankDef()
          .message("{" + Rule.TEXT_REQUIRED.getMessageKey() + "." + required.field() + "}")
          .payload(SeverityPayload.of(Rule.TEXT_REQUIRED.getHighestSeverity())));
    }
    return mapping;
  }

  private static GenericConstraintDef<HelseplanCheck> check(Check check, String field, Severity severity) {
    GenericConstraintDef<HelseplanCheck> def = new GenericConstraintDef<>(HelseplanCheck.class)
        .param("check", check.name());
    if (!field.isEmpty()) {
      def.param("field", field);
    }
    if (severity != null) {
      def.payload(SeverityPayload.of(severity));
    }
    return def;
  }
}
