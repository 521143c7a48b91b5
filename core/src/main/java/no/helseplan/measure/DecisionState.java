package no.helseplan.measure;

import no.helseplan.vocabulary.Label;
import no.helseplan.vocabulary.Labelled;

/**
 * Whether a measure is only proposed or has been decided (nb: <i>forslag til tiltak / vedtatte tiltak</i>, nn:
 * <i>forslag til tiltak / vedtekne tiltak</i>).
 */
public enum DecisionState implements Labelled {
  /** Proposed, not yet decided (nb/nn: forslag til tiltak). */
  PROPOSED("Forslag", "Forslag", "Proposed"),
  /** Decided by the deciding body (nb: vedtatt, nn: vedteke). */
  DECIDED("Vedtatt", "Vedteke", "Decided"),
  /**
   * Decided and funded in the budget or financial plan (nb: innarbeidet i budsjett / økonomiplan, nn: innarbeidd i
   * budsjett / økonomiplan).
   */
  BUDGETED("Innarbeidet i budsjett", "Innarbeidd i budsjett", "Included in the budget");

  private final Label label;

  DecisionState(String nb, String nn, String en) {
    this.label = Label.of(nb, nn, en);
  }

  @Override
  public Label getLabel() {
    return label;
  }
}
