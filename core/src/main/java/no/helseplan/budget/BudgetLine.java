package no.helseplan.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import no.helseplan.provenance.Provenance;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Money for a measure per budget year (nb/nn: <i>økonomiplan / budsjettbehov</i>): one line of the financial
 * plan's table, such as "Auka grunnbemanning natt: 1 200 – 2 400 – 2 400 – 2 400 (i 1000 kr)", with its kind
 * (operating cost, investment, saving, income), its unit and the words printed.
 *
 * <p>The same year twice is allowed here and reported by validation.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBudgetLine.class)
@JsonDeserialize(builder = BudgetLine.Builder.class)
public abstract class BudgetLine {
  BudgetLine() {}

  /**
   * Returns a new builder of {@code BudgetLine} values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns what the line is: an operating cost, an investment, a saving or an income.
   *
   * @return what the line is: an operating cost, an investment, a saving or an income
   */
  public abstract BudgetKind getKind();

  /**
   * Returns the unit the amounts are printed in.
   *
   * @return the unit the amounts are printed in
   */
  public abstract MoneyUnit getUnit();

  /**
   * Returns what the money is for, as printed.
   *
   * @return what the money is for, as printed
   */
  public abstract Optional<String> getDescription();

  /**
   * Returns the line as printed, verbatim.
   *
   * @return the line as printed, verbatim
   */
  public abstract Optional<String> getText();

  /**
   * Returns the amounts per budget year, in the order printed.
   *
   * @return the amounts per budget year, in the order printed
   */
  public abstract List<BudgetAmount> getAmounts();

  /**
   * Returns where this was taken from: document, page, section heading and original wording.
   *
   * @return where this was taken from: document, page, section heading and original wording
   */
  public abstract Optional<Provenance> getProvenance();
  /**
   * Returns the first amount for a budget year.
   *
   * @param year the budget year
   * @return the amount, or empty when the line has none for the year
   */
  public Optional<BudgetAmount> amountIn(int year) {
    return getAmounts().stream().filter(a -> a.getYear() == year).findFirst();
  }

  /**
   * Returns the amount for a budget year in whole kroner.
   *
   * @param year the budget year
   * @return the amount in kroner, or empty when the line has none for the year
   */
  public Optional<BigDecimal> kronerIn(int year) {
    return amountIn(year).map(a -> getUnit().toKroner(a.getAmount()));
  }


  /** Builds {@link BudgetLine} values; obtain one with {@link BudgetLine#builder()}. */
  public static final class Builder extends ImmutableBudgetLine.Builder {
    Builder() {}
  }
}
