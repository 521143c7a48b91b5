package no.helseplan.measure;

import no.helseplan.vocabulary.Label;
import no.helseplan.vocabulary.Labelled;

/**
 * How far a measure has come (nb/nn: <i>status</i>).
 */
public enum MeasureStatus implements Labelled {
  /** Planned, not started (nb/nn: planlagt). */
  PLANNED("Planlagt", "Planlagt", "Planned"),
  /** Started and under way (nb/nn: pågår / i gang). */
  IN_PROGRESS("Pågår", "Pågår", "In progress"),
  /** Carried out (nb/nn: gjennomført / fullført). */
  DONE("Gjennomført", "Gjennomført", "Done"),
  /** Postponed (nb: utsatt, nn: utsett). */
  POSTPONED("Utsatt", "Utsett", "Postponed"),
  /** Dropped (nb/nn: avlyst / lagt bort). */
  CANCELLED("Avlyst", "Avlyst", "Cancelled"),
  /** Carried on into a new plan or period (nb: videreføres, nn: held fram). */
  CONTINUES("Videreføres", "Held fram", "Continues");

  private final Label label;

  MeasureStatus(String nb, String nn, String en) {
    this.label = Label.of(nb, nn, en);
  }

  @Override
  public Label getLabel() {
    return label;
  }
}
