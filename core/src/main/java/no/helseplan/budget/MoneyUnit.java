package no.helseplan.budget;

import java.math.BigDecimal;
import no.helseplan.vocabulary.Label;
import no.helseplan.vocabulary.Labelled;

/**
 * The unit money is printed in (nb/nn: <i>beløp i kroner / i 1000 kr / i mill. kr</i>).
 */
public enum MoneyUnit implements Labelled {
  /** Whole kroner (nb/nn: kroner). */
  NOK("Kroner", "Kroner", "Kroner"),
  /** Thousands of kroner, as in "Beløp i 1000 kr" (nb/nn: tusen kroner). */
  THOUSAND_NOK("Tusen kroner", "Tusen kroner", "Thousand kroner"),
  /** Millions of kroner, as in "mill. kr" (nb: millioner kroner, nn: millionar kroner). */
  MILLION_NOK("Millioner kroner", "Millionar kroner", "Million kroner");

  private final Label label;

  MoneyUnit(String nb, String nn, String en) {
    this.label = Label.of(nb, nn, en);
  }

  @Override
  public Label getLabel() {
    return label;
  }

  /**
   * Converts an amount in this unit to whole kroner.
   *
   * @param amount the amount in this unit, not null
   * @return the amount in kroner
   */
  public BigDecimal toKroner(BigDecimal amount) {
    switch (this) {
      case THOUSAND_NOK:
        return amount.scaleByPowerOfTen(3);
      case MILLION_NOK:
        return amount.scaleByPowerOfTen(6);
      default:
        return amount;
    }
  }
}
