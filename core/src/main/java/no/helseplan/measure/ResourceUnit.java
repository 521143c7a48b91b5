package no.helseplan.measure;

import no.helseplan.vocabulary.Label;
import no.helseplan.vocabulary.Labelled;

/**
 * The unit of a resource amount.
 */
public enum ResourceUnit implements Labelled {
  /** Full-time equivalents (nb/nn: årsverk). */
  FTE("Årsverk", "Årsverk", "Full-time equivalents"),
  /** Percent of a full-time position (nb/nn: stillingsprosent). */
  POSITION_PERCENT("Stillingsprosent", "Stillingsprosent", "Position percent"),
  /** Norwegian kroner (NOK); amounts are stored in whole kroner. */
  NOK("Kroner", "Kroner", "Norwegian kroner"),
  /** A count of things, such as dwellings or places; what is counted is in the need's item. */
  ITEM("Stykk", "Stykk", "Items"),
  /** Percent of a cost, such as a grant of 45 % of the investment (nb/nn: prosent av kostnaden). */
  PERCENT("Prosent av kostnaden", "Prosent av kostnaden", "Percent of the cost");

  private final Label label;

  ResourceUnit(String nb, String nn, String en) {
    this.label = Label.of(nb, nn, en);
  }

  @Override
  public Label getLabel() {
    return label;
  }
}
