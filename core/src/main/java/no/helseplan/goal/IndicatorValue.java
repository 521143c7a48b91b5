package no.helseplan.goal;

import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One value of an indicator (nb/nn: <i>verdi</i>): a number, the year it belongs to, and the words printed.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIndicatorValue.class)
@JsonDeserialize(builder = IndicatorValue.Builder.class)
public abstract class IndicatorValue {
  IndicatorValue() {}

  /**
   * Returns a new builder of {@code IndicatorValue} values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the number.
   *
   * @return the number
   */
  public abstract java.math.BigDecimal getValue();

  /**
   * Returns the year the value belongs to.
   *
   * @return the year the value belongs to
   */
  public abstract Optional<Integer> getYear();

  /**
   * Returns the value as printed, such as "80 %".
   *
   * @return the value as printed, such as "80 %"
   */
  public abstract Optional<String> getText();

  /** Builds {@link IndicatorValue} values; obtain one with {@link IndicatorValue#builder()}. */
  public static final class Builder extends ImmutableIndicatorValue.Builder {
    Builder() {}
  }
}
