package no.helseplan.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.hibernate.validator.messageinterpolation.MessageParameterEscaping;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link HelseplanCheck}: runs its {@link Check} and turns every {@link Issue} into a constraint
 * violation whose template is the issue's message key, whose message parameters are {@code value} (the
 * offending value, shortened for the message) and the issue's own, and whose dynamic payload is a
 * {@link Located}.
 */
public final class CheckValidator implements ConstraintValidator<HelseplanCheck, Object> {
  /** Values longer than this are shortened in messages (never in the finding's value). */
  static final int MAX_QUOTED = 80;
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final CheckContext context;
  private Check check = Check.PLAN_IDS;
  private String field = "";

  /**
   * Creates a validator with the register and detector the checks may need.
   *
   * @param context  the context, not null
   */
  public CheckValidator(CheckContext context) {
    this.context = context;
  }

  @Override
  public void initialize(HelseplanCheck annotation) {
    this.check = Check.valueOf(annotation.check());
    this.field = annotation.field();
  }

  @Override
  public boolean isValid(@Nullable Object value, ConstraintValidatorContext constraintContext) {
    if (value == null) {
      return true;
    }
    List<Issue> issues = check.run(value, field, context);
    if (issues.isEmpty()) {
      return true;
    }
    constraintContext.disableDefaultConstraintViolation();
    HibernateConstraintValidatorContext hv = constraintContext.unwrap(HibernateConstraintValidatorContext.class);
    for (Issue issue : issues) {
      addParameter(hv, "value", quote(issue.value()));
      for (Map.Entry<String, Object> parameter : issue.parameters().entrySet()) {
        Object v = parameter.getValue();
        addParameter(hv, parameter.getKey(), v instanceof String ? quote((String) v) : v);
      }
      hv.withDynamicPayload(new Located(issue.rule(), issue.severity(), issue.pointer(), issue.value()));
      hv.buildConstraintViolationWithTemplate("{" + issue.messageKey() + "}")
          .addPropertyNode(Pointers.ISSUE_NODE + issue.pointer())
          .addConstraintViolation();
    }
    return false;
  }

  /**
   * Adds a message parameter, escaped as Hibernate Validator escapes it by default (a backslash before each
   * {@code \ { } $}, so that a value is never read as part of the template) only where that changes it: most
   * values hold none of those characters, and escaping them would run a regular expression for nothing.
   */
  private static void addParameter(HibernateConstraintValidatorContext hv, String name, Object value) {
    hv.addMessageParameter(name, value, needsEscaping(value) ? MessageParameterEscaping.ESCAPE
        : MessageParameterEscaping.NONE);
  }

  /** Whether the default escaping would change a parameter: numbers and booleans it leaves as they are. */
  static boolean needsEscaping(Object value) {
    if (value instanceof Number || value instanceof Boolean) {
      return false;
    }
    if (!(value instanceof String)) {
      return true;
    }
    String text = (String) value;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '{' || c == '}' || c == '$') {
        return true;
      }
    }
    return false;
  }

  /** Shortens a value for a message: one line, at most {@link #MAX_QUOTED} characters. */
  static String quote(String value) {
    String stripped = value.strip();
    String line = isOneLine(stripped) ? stripped : WHITESPACE.matcher(stripped).replaceAll(" ");
    return line.length() <= MAX_QUOTED ? line : line.substring(0, MAX_QUOTED - 1) + "…";
  }

  /** Whether a text has no whitespace but single spaces (most values), so that quoting leaves it as it is. */
  private static boolean isOneLine(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean spaceRun = c == ' ' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1));
      if (Character.isWhitespace(c) && (c != ' ' || spaceRun)) {
        return false;
      }
    }
    return true;
  }
}
