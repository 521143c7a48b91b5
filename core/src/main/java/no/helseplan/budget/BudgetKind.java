package no.helseplan.budget;

import no.helseplan.vocabulary.Label;
import no.helseplan.vocabulary.Labelled;

/**
 * What a budget line is (nb/nn: <i>driftskostnad / investering / innsparing / inntekt</i>).
 */
public enum BudgetKind implements Labelled {
  /** A yearly operating cost (nb/nn: driftskostnad / driftsutgift). */
  OPERATING_COST("Driftskostnad", "Driftskostnad", "Operating cost"),
  /** An investment (nb/nn: investering). */
  INVESTMENT("Investering", "Investering", "Investment"),
  /** A saving, such as a reduced cost (nb/nn: innsparing / gevinst). */
  SAVING("Innsparing", "Innsparing", "Saving"),
  /** An income, such as a grant or a user payment (nb/nn: inntekt). */
  INCOME("Inntekt", "Inntekt", "Income");

  private final Label label;

  BudgetKind(String nb, String nn, String en) {
    this.label = Label.of(nb, nn, en);
  }

  @Override
  public Label getLabel() {
    return label;
  }
}
