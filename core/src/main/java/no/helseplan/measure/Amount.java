package no.helseplan.measure;

import java.math.BigDecimal;
import com.fasterxml.jackson.annotation.JsonIgnore;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An amount (nb/nn: <i>mengd / beløp / tal</i>), exact or a range such as "1-2".
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAmount.class)
@JsonDeserialize(builder = Amount.Builder.class)
public abstract class Amount {
  Amount() {}

  /**
   * Returns a new builder of {@code Amount} values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the smallest value; equal to the largest for an exact amount.
   *
   * @return the smallest value; equal to the largest for an exact amount
   */
  public abstract java.math.BigDecimal getMin();

  /**
   * Returns the largest value; equal to the smallest for an exact amount.
   *
   * @return the largest value; equal to the smallest for an exact amount
   */
  public abstract java.math.BigDecimal getMax();

  /**
   * Obtains an exact amount.
   *
   * @param value the value
   * @return the amount
   */
  public static Amount of(BigDecimal value) {
    return builder().min(value).max(value).build();
  }

  /**
   * Obtains an exact amount.
   *
   * @param value the value
   * @return the amount
   */
  public static Amount of(long value) {
    return of(BigDecimal.valueOf(value));
  }

  /**
   * Obtains a range of amounts, such as 1–2.
   *
   * @param min the smallest value
   * @param max the largest value
   * @return the amount
   */
  public static Amount between(BigDecimal min, BigDecimal max) {
    return builder().min(min).max(max).build();
  }

  /**
   * Tells whether this amount is one exact value rather than a range.
   *
   * @return true when min and max are equal
   */
  @JsonIgnore
  public boolean isExact() {
    return getMin().compareTo(getMax()) == 0;
  }

  /** Builds {@link Amount} values; obtain one with {@link Amount#builder()}. */
  public static final class Builder extends ImmutableAmount.Builder {
    Builder() {}
  }
}
