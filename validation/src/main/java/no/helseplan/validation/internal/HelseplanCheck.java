package no.helseplan.validation.internal;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The one custom constraint of Helseplan: runs the {@link Check} named by {@link #check()} on the annotated
 * element, a plan (class level), a period, an amount, a responsibility or a single value. Placed by the
 * programmatic mapping in {@link Constraints}, never written on core types.
 */
@Documented
@Constraint(validatedBy = CheckValidator.class)
@Target({TYPE, METHOD, TYPE_USE})
@Retention(RUNTIME)
public @interface HelseplanCheck {

  /**
   * Returns the name of the {@link Check} to run.
   *
   * @return the check's name
   */
  String check();

  /**
   * Returns the field the value stands in, for checks whose message names it (such as {@code period.start});
   * empty for the others.
   *
   * @return the field suffix of the message key, or empty
   */
  String field() default "";

  /**
   * Returns the default message template; each finding supplies its own.
   *
   * @return the message template
   */
  String message() default "{helseplan.check}";

  /**
   * Returns the validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * Returns the payload: the {@link SeverityPayload} of findings whose severity does not depend on the plan.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
