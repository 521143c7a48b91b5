package no.helseplan.validation.internal;

import jakarta.validation.Payload;
import no.helseplan.io.Severity;

/**
 * Constraint payloads that carry a {@link Severity} (nb: <i>alvorlighetsgrad</i>, nn: <i>alvorsgrad</i>), as
 * Jakarta Bean Validation intends payloads to be used. Findings whose severity depends on the kind of plan carry
 * it in their {@link Located dynamic payload} instead.
 */
public final class SeverityPayload {
  private SeverityPayload() {}

  /** The data is wrong. */
  public interface Error extends Payload {}

  /** The plan is weak. */
  public interface Warning extends Payload {}

  /** Worth knowing. */
  public interface Info extends Payload {}

  /**
   * Returns the payload class for a severity.
   *
   * @param severity  the severity, not null
   * @return the payload class, not null
   */
  public static Class<? extends Payload> of(Severity severity) {
    switch (severity) {
      case ERROR:
        return Error.class;
      case WARNING:
        return Warning.class;
      default:
        return Info.class;
    }
  }

  /**
   * Returns the severity a payload class stands for, if it is one of these.
   *
   * @param payload  the payload class, not null
   * @return the severity, or null if the class is none of these
   */
  public static @org.jspecify.annotations.Nullable Severity severityOf(Class<?> payload) {
    if (payload == Error.class) {
      return Severity.ERROR;
    }
    if (payload == Warning.class) {
      return Severity.WARNING;
    }
    if (payload == Info.class) {
      return Severity.INFO;
    }
    return null;
  }
}
