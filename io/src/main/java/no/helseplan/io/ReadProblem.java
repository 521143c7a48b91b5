package no.helseplan.io;

import java.util.Objects;
import java.util.Optional;
import no.helseplan.io.internal.Messages;
import no.helseplan.vocabulary.Language;
import org.jspecify.annotations.Nullable;

/**
 * One problem found while reading a plan file (nb/nn: <i>problem / feil</i>): where it is, a stable code, what
 * was expected and what was found, and a message in Bokmål, Nynorsk or English.
 *
 * <p>The code is stable across versions and meant for programs, such as {@code io.unknown-property} or
 * {@code io.wrong-type}; the message is for people and may change. Expected and found are short, in the terms
 * of the file format ("text", "object", "one of: ongoing, point"), never Java type names.
 *
 * <p>Implementation Requirements: immutable and thread-safe, a value type.
 */
public final class ReadProblem {
  private final String code;
  private final Severity severity;
  private final ProblemLocation location;
  private final @Nullable String expected;
  private final @Nullable String found;
  private final @Nullable String subject;

  private ReadProblem(String code, Severity severity, ProblemLocation location, @Nullable String expected,
      @Nullable String found, @Nullable String subject) {
    this.code = Objects.requireNonNull(code, "code");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.location = Objects.requireNonNull(location, "location");
    this.expected = expected;
    this.found = found;
    this.subject = subject;
  }

  /**
   * Obtains a problem.
   *
   * @param code the stable code, such as {@code io.unknown-property}, not null
   * @param severity error or warning, not null
   * @param location where it was found, not null
   * @param expected what the format allows there, or null when not applicable
   * @param found what the file has there, or null when not applicable
   * @param subject what the problem is about, such as the name of an unknown property, or null
   * @return the problem
   */
  public static ReadProblem of(String code, Severity severity, ProblemLocation location, @Nullable String expected,
      @Nullable String found, @Nullable String subject) {
    return new ReadProblem(code, severity, location, expected, found, subject);
  }

  /**
   * Returns the stable code of the problem, such as {@code io.unknown-property}.
   *
   * @return the code
   */
  public String getCode() {
    return code;
  }

  /**
   * Returns whether the problem stops the plan from being read.
   *
   * @return the severity
   */
  public Severity getSeverity() {
    return severity;
  }

  /**
   * Returns where the problem is.
   *
   * @return the location
   */
  public ProblemLocation getLocation() {
    return location;
  }

  /**
   * Returns what the format allows there, such as {@code "a date (YYYY-MM-DD)"}.
   *
   * @return what was expected, or empty when not applicable
   */
  public Optional<String> getExpected() {
    return Optional.ofNullable(expected);
  }

  /**
   * Returns what the file has there, such as {@code "\"12.02.2026\""} or {@code "a list"}.
   *
   * @return what was found, or empty when not applicable
   */
  public Optional<String> getFound() {
    return Optional.ofNullable(found);
  }

  /**
   * Returns what the problem is about, such as the name of an unknown property or of a limit.
   *
   * @return the subject, or empty when not applicable
   */
  public Optional<String> getSubject() {
    return Optional.ofNullable(subject);
  }

  /**
   * Returns the message, without the location, in a language.
   *
   * @param language the language of the message
   * @return the message, such as "Ukjent egenskap «timeFrame»."
   */
  public String getMessage(Language language) {
    return Messages.render(language, code, expected, found, subject);
  }

  /**
   * Returns the location and message in a language, such as {@code plan.yaml:12:5 /measures/3/timeframe:
   * Ukjend eigenskap «timeFrame».}
   *
   * @param language the language of the message
   * @return the located message
   */
  public String describe(Language language) {
    return location + ": " + getMessage(language);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ReadProblem)) {
      return false;
    }
    ReadProblem that = (ReadProblem) other;
    return code.equals(that.code) && severity == that.severity && location.equals(that.location)
        && Objects.equals(expected, that.expected) && Objects.equals(found, that.found)
        && Objects.equals(subject, that.subject);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, severity, location, expected, found, subject);
  }

  /**
   * Returns the problem in English with its location and code; human-readable, do not rely on its structure.
   *
   * @return the problem as text
   */
  @Override
  public String toString() {
    return describe(Language.EN) + " [" + code + "]";
  }
}
