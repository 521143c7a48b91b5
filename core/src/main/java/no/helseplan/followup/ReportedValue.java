package no.helseplan.followup;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The actual value of an indicator in a status report (nb: <i>faktisk verdi / resultat</i>, nn: <i>faktisk
 * verdi / resultat</i>), such as "Del heimebuande over 80 år: 91 %".
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReportedValue.class)
@JsonDeserialize(builder = ReportedValue.Builder.class)
public abstract class ReportedValue {
  ReportedValue() {}

  /**
   * Returns a new builder of {@code ReportedValue} values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the indicator, by the name it has in the goal.
   *
   * @return the indicator, by the name it has in the goal
   */
  public abstract String getIndicator();

  /**
   * Returns the number.
   *
   * @return the number
   */
  public abstract BigDecimal getValue();

  /**
   * Returns the unit, such as "prosent".
   *
   * @return the unit, such as "prosent"
   */
  public abstract Optional<String> getUnit();

  /**
   * Returns the value as printed, verbatim, such as "91 %".
   *
   * @return the value as printed, verbatim, such as "91 %"
   */
  public abstract Optional<String> getText();

  /** Builds {@link ReportedValue} values; obtain one with {@link ReportedValue#builder()}. */
  public static final class Builder extends ImmutableReportedValue.Builder {
    Builder() {}
  }
}
