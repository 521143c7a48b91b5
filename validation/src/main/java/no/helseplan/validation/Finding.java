package no.helseplan.validation;

import no.helseplan.io.Severity;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import no.helseplan.io.ProblemLocation;
import no.helseplan.io.ReadProblem;
import no.helseplan.vocabulary.Language;
import org.jspecify.annotations.Nullable;

/**
 * One finding of validation (nb: <i>funn / avvik</i>, nn: <i>funn / avvik</i>): what is wrong, where, how
 * serious it is, and the message in the validator's language.
 *
 * <p>A finding is located by a JSON pointer (RFC 6901) into the file format, such as
 * {@code /focusAreas/2/measures/3/timeframe}: property names are the model's attribute names and list elements
 * their zero-based index; {@code ""} is the whole plan. A finding from reading a file (a syntax or format error
 * reported by the io module) also has a line and column.
 *
 * <p>The code is stable: for semantic findings it is the {@link Rule#getCode() code of a rule}, such as
 * {@code goal.unknown}; for read problems it is the io module's own code.
 *
 * <p>Implementation Requirements: immutable and thread-safe; equality by value.
 */
public final class Finding {
  private final String code;
  private final @Nullable Rule rule;
  private final Severity severity;
  private final String pointer;
  private final int line;
  private final int column;
  private final @Nullable String value;
  private final String message;
  private final String messageKey;

  private Finding(String code, @Nullable Rule rule, Severity severity, String pointer, int line, int column,
      @Nullable String value, String message, String messageKey) {
    this.code = Objects.requireNonNull(code, "code");
    this.rule = rule;
    this.severity = Objects.requireNonNull(severity, "severity");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.line = line;
    this.column = column;
    this.value = value;
    this.message = Objects.requireNonNull(message, "message");
    this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
  }

  /**
   * Obtains a finding of a rule, as the validator makes them.
   *
   * @param rule  the rule broken, not null
   * @param severity  the severity in this plan, not null
   * @param pointer  the JSON pointer, "" for the whole plan, not null
   * @param value  the offending value as text, or null when there is none
   * @param messageKey  the key of the message in the bundles, such as {@code helseplan.goal.unknown}, not null
   * @param message  the rendered message, not null
   * @return the finding
   */
  public static Finding of(Rule rule, Severity severity, String pointer, @Nullable String value, String messageKey,
      String message) {
    return new Finding(rule.getCode(), rule, severity, pointer, -1, -1, value, message, messageKey);
  }

  /** A finding of a constraint that belongs to no rule, such as an annotation added to the model later. */
  static Finding ofForeignConstraint(String messageKey, Severity severity, String pointer, @Nullable String value,
      String message) {
    return new Finding(messageKey, null, severity, pointer, -1, -1, value, message, messageKey);
  }

  /**
   * Obtains a finding from reading a file: the hook through which the io module's format and syntax errors
   * join the semantic findings in one {@link ValidationReport} (see
   * {@link ValidationReport#withReadProblems(java.util.List)}).
   *
   * @param pointer  the JSON pointer of the offending value, "" when unknown, not null
   * @param line  the one-based line, or a value below 1 when unknown
   * @param column  the one-based column, or a value below 1 when unknown
   * @param code  the reader's stable code for the problem, not null
   * @param severity  the severity, not null
   * @param message  the message, already in the report's language, not null
   * @return the finding
   */
  public static Finding ofReadProblem(String pointer, int line, int column, String code, Severity severity,
      String message) {
    return new Finding(code, null, severity, pointer, line < 1 ? -1 : line, column < 1 ? -1 : column, null,
        message, code);
  }

  /**
   * Obtains a finding from a problem the io module met while reading a file, with its message in the given
   * language, its location (pointer, line, column) and, as the value, what was found.
   *
   * @param problem  the read problem, not null
   * @param language  the language of the message, not null
   * @return the finding
   */
  public static Finding ofReadProblem(ReadProblem problem, Language language) {
    ProblemLocation location = problem.getLocation();
    Severity severity = problem.getSeverity();
    return new Finding(problem.getCode(), null, severity, location.getPointer(),
        location.getLine() < 1 ? -1 : location.getLine(), location.getColumn() < 1 ? -1 : location.getColumn(),
        problem.getFound().orElse(null), problem.getMessage(language), problem.getCode());
  }

  /**
   * Returns the stable code, such as {@code measure.timeframe.outside-period}.
   *
   * @return the code, not null
   */
  public String getCode() {
    return code;
  }

  /**
   * Returns the rule broken, empty for a read problem.
   *
   * @return the rule, or empty
   */
  public Optional<Rule> getRule() {
    return Optional.ofNullable(rule);
  }

  /**
   * Returns how serious the finding is.
   *
   * @return the severity, not null
   */
  public Severity getSeverity() {
    return severity;
  }

  /**
   * Returns the JSON pointer into the file format, such as {@code /focusAreas/2/measures/3/timeframe}; "" for
   * the whole plan.
   *
   * @return the pointer, not null
   */
  public String getPointer() {
    return pointer;
  }

  /**
   * Returns the one-based line in the file, when known (read problems).
   *
   * @return the line, or empty
   */
  public OptionalInt getLine() {
    return line < 1 ? OptionalInt.empty() : OptionalInt.of(line);
  }

  /**
   * Returns the one-based column in the file, when known (read problems).
   *
   * @return the column, or empty
   */
  public OptionalInt getColumn() {
    return column < 1 ? OptionalInt.empty() : OptionalInt.of(column);
  }

  /**
   * Returns the offending value as text, verbatim, such as the time frame "Haust 2035" or the goal id "7";
   * for a missing property, the title or name of the element it is missing from.
   *
   * @return the value, or empty
   */
  public Optional<String> getValue() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns the message in the validator's language (nb, nn or en), naming the field and quoting the value.
   *
   * @return the message, not null
   */
  public String getMessage() {
    return message;
  }

  /**
   * Returns the key of the message in the {@code ContributorValidationMessages} bundles, such as
   * {@code helseplan.text.required.measure.title}, so that it can be rendered again in another language.
   *
   * @return the message key, not null
   */
  public String getMessageKey() {
    return messageKey;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Finding)) {
      return false;
    }
    Finding that = (Finding) other;
    return code.equals(that.code) && rule == that.rule && severity == that.severity
        && pointer.equals(that.pointer) && line == that.line && column == that.column
        && Objects.equals(value, that.value) && message.equals(that.message) && messageKey.equals(that.messageKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, severity, pointer, line, column, value, message);
  }

  /**
   * Returns a human-readable form, such as {@code ERROR goal.unknown /measures/0/goals/1: …}; do not rely on
   * its structure.
   *
   * @return the finding as text
   */
  @Override
  public String toString() {
    return severity + " " + code + " " + (pointer.isEmpty() ? "/" : pointer)
        + (line > 0 ? " (" + line + ":" + column + ")" : "") + ": " + message;
  }
}
