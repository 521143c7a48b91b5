package no.helseplan.validation.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.helseplan.goal.Goal;
import no.helseplan.goal.Indicator;
import no.helseplan.goal.Strategy;
import no.helseplan.measure.Measure;
import no.helseplan.municipality.Municipality;
import no.helseplan.plan.FocusArea;
import no.helseplan.plan.Milestone;
import no.helseplan.plan.Participant;
import no.helseplan.plan.Perspective;
import no.helseplan.plan.Plan;
import no.helseplan.plan.PlanValue;
import no.helseplan.project.Project;
import no.helseplan.reference.Reference;
import no.helseplan.responsibility.Actor;
import no.helseplan.text.Section;
import no.helseplan.validation.Rule;
import no.helseplan.io.Severity;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.context.TypeConstraintMappingContext;

/**
 * Every constraint Helseplan puts on the core model: the tables here are the single place that says which
 * property is checked how; tests read them to prove every message exists in nb, nn and en.
 *
 * <p>Hibernate Validator runs the {@linkplain #PLAN_CHECKS checks on the plan}, declared with its programmatic
 * mapping on the plan type, so that core carries no validation annotations. One of them, {@link
 * Check#PLAN_ELEMENTS}, walks the plan's elements ({@link ElementWalk}) and runs the checks of single elements
 * there: the {@linkplain #REQUIRED required texts}, years, amounts, periods, SDG codes and responsibility leads.
 * Until issue 9 these were constraints cascaded into every element; walking the plan once costs a fraction of
 * Hibernate Validator's traversal of 20 elements per measure, and the findings are the same (a test compares
 * both on generated and damaged plans).
 */
public final class Constraints {

  /**
   * A required text: the model type, the property, the field suffix of its message key, and how to get it.
   *
   * @param <T> the model type
   * @param type  the model type
   * @param property  the property name, as in the file format
   * @param field  the message key suffix below {@code helseplan.text.required}, such as {@code measure.title}
   * @param text  the property's accessor
   */
  public record Required<T>(Class<T> type, String property, String field, Function<T, String> text) {

    /**
     * Returns the text of this property of an element.
     *
     * @param element  an element of {@link #type()}
     * @return the text
     */
    public String textOf(Object element) {
      return text.apply(type.cast(element));
    }
  }

  /** Every required text. */
  public static final List<Required<?>> REQUIRED = List.of(
      new Required<>(Plan.class, "id", "plan.id", Plan::getId),
      new Required<>(Plan.class, "title", "plan.title", Plan::getTitle),
      new Required<>(FocusArea.class, "id", "focus-area.id", FocusArea::getId),
      new Required<>(FocusArea.class, "name", "focus-area.name", FocusArea::getName),
      new Required<>(Goal.class, "id", "goal.id", Goal::getId),
      new Required<>(Goal.class, "statement", "goal.statement", Goal::getStatement),
      new Required<>(Strategy.class, "id", "strategy.id", Strategy::getId),
      new Required<>(Strategy.class, "statement", "strategy.statement", Strategy::getStatement),
      new Required<>(Measure.class, "id", "measure.id", Measure::getId),
      new Required<>(Measure.class, "title", "measure.title", Measure::getTitle),
      new Required<>(Project.class, "id", "project.id", Project::getId),
      new Required<>(Project.class, "name", "project.name", Project::getName),
      new Required<>(Milestone.class, "activity", "milestone.activity", Milestone::getActivity),
      new Required<>(Actor.class, "name", "actor.name", Actor::getName),
      new Required<>(Municipality.class, "name", "municipality.name", Municipality::getName),
      new Required<>(Indicator.class, "name", "indicator.name", Indicator::getName),
      new Required<>(Reference.class, "title", "reference.title", Reference::getTitle),
      new Required<>(Section.class, "title", "section.title", Section::getTitle),
      new Required<>(PlanValue.class, "name", "value.name", PlanValue::getName),
      new Required<>(Perspective.class, "name", "perspective.name", Perspective::getName),
      new Required<>(Participant.class, "name", "participant.name", Participant::getName));

  private static final Map<Class<?>, List<Required<?>>> REQUIRED_BY_TYPE = REQUIRED.stream()
      .collect(Collectors.groupingBy(Required::type, Collectors.toUnmodifiableList()));

  /** The field suffixes of {@link Rule#YEAR_OUT_OF_RANGE}'s message keys. */
  public static final List<String> YEAR_FIELDS =
      List.of("period.start", "period.end", "timeframe", "indicator", "adoption.date", "document-date");

  /** The checks on the plan as a whole, in the order they run. */
  public static final List<Check> PLAN_CHECKS = List.of(Check.PLAN_ELEMENTS, Check.PLAN_IDS,
      Check.PLAN_REFERENCES, Check.PLAN_PERIOD_FIT, Check.PLAN_MILESTONES, Check.PLAN_MUNICIPALITY,
      Check.PLAN_MEASURE_QUALITY, Check.PLAN_GOAL_QUALITY, Check.PLAN_TIMEFRAMES, Check.PLAN_LANGUAGE,
      Check.PLAN_FACILITIES, Check.PLAN_FIGURES, Check.PLAN_RECORDS);

  private Constraints() {}

  /**
   * Returns the required texts of a model type, such as a measure's id and title.
   *
   * @param type  the model type, as declared (not a generated implementation class)
   * @return its required texts, empty if none
   */
  public static List<Required<?>> requiredOf(Class<?> type) {
    return REQUIRED_BY_TYPE.getOrDefault(type, List.of());
  }

  /**
   * Adds every constraint to a mapping: the checks on the plan, at class level.
   *
   * @param mapping  a mapping created by the configuration, not null
   * @return the same mapping
   */
  public static ConstraintMapping addTo(ConstraintMapping mapping) {
    TypeConstraintMappingContext<Plan> plan = mapping.type(Plan.class);
    for (Check check : PLAN_CHECKS) {
      plan.constraint(check(check, ""));
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
