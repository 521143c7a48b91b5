package no.helseplan.figure;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One value of a series of figures (nb: <i>verdi / tall</i>, nn: <i>verdi / tal</i>): the year, the number,
 * whether it is observed or forecast, and the words printed.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFigureValue.class)
@JsonDeserialize(builder = FigureValue.Builder.class)
public abstract class FigureValue {
  FigureValue() {}

  /**
   * Returns a new builder of {@code FigureValue} values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the year the value belongs to.
   *
   * @return the year the value belongs to
   */
  public abstract int getYear();

  /**
   * Returns the number.
   *
   * @return the number
   */
  public abstract BigDecimal getValue();

  /**
   * Returns whether the value is observed, forecast or estimated; {@link FigureKind#OBSERVED} when not said.
   *
   * @return whether the value is observed, forecast or estimated; {@link FigureKind#OBSERVED} when not said
   */
  @Value.Default
  public FigureKind getKind() {
    return FigureKind.OBSERVED;
  }

  /**
   * Returns the value as printed, verbatim, such as "1 234" or "12,5 %".
   *
   * @return the value as printed, verbatim, such as "1 234" or "12,5 %"
   */
  public abstract Optional<String> getText();
  /**
   * Obtains an observed value.
   *
   * @param year the year
   * @param value the number, not null
   * @return the value
   */
  public static FigureValue observed(int year, BigDecimal value) {
    return builder().year(year).value(value).kind(FigureKind.OBSERVED).build();
  }

  /**
   * Obtains a forecast value.
   *
   * @param year the year
   * @param value the number, not null
   * @return the value
   */
  public static FigureValue forecast(int year, BigDecimal value) {
    return builder().year(year).value(value).kind(FigureKind.FORECAST).build();
  }


  /** Builds {@link FigureValue} values; obtain one with {@link FigureValue#builder()}. */
  public static final class Builder extends ImmutableFigureValue.Builder {
    Builder() {}
  }
}
