package no.helseplan.budget;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The amount of a budget line in one budget year (nb/nn: <i>beløp per budsjettår</i>), such as 1 200 in 2026,
 * in the line's unit.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBudgetAmount.class)
@JsonDeserialize(builder = BudgetAmount.Builder.class)
public abstract class BudgetAmount {
  BudgetAmount() {}

  /**
   * Returns a new builder of {@code BudgetAmount} values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the budget year.
   *
   * @return the budget year
   */
  public abstract int getYear();

  /**
   * Returns the amount, in the unit of its line; negative for a saving printed with a minus.
   *
   * @return the amount, in the unit of its line; negative for a saving printed with a minus
   */
  public abstract BigDecimal getAmount();

  /**
   * Returns the amount as printed, verbatim, such as "1 200" or "-500".
   *
   * @return the amount as printed, verbatim, such as "1 200" or "-500"
   */
  public abstract Optional<String> getText();
  /**
   * Obtains the amount of one budget year.
   *
   * @param year the budget year
   * @param amount the amount in the line's unit, not null
   * @return the amount
   */
  public static BudgetAmount of(int year, BigDecimal amount) {
    return builder().year(year).amount(amount).build();
  }


  /** Builds {@link BudgetAmount} values; obtain one with {@link BudgetAmount#builder()}. */
  public static final class Builder extends ImmutableBudgetAmount.Builder {
    Builder() {}
  }
}
