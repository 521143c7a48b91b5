package no.helseplan.measure;

import no.helseplan.vocabulary.Label;
import no.helseplan.vocabulary.Labelled;

/**
 * The word a plan uses for a measure.
 */
public enum MeasureKind implements Labelled {
  /** A measure (nb/nn: tiltak); the default. */
  MEASURE("Tiltak", "Tiltak", "Measure"),
  /** An assignment (nb/nn: oppdrag), as in Voss's "Dette skal me gjera (oppdrag)". */
  ASSIGNMENT("Oppdrag", "Oppdrag", "Assignment"),
  /** A priority action of a strategic plan, as in Hustadvika's "Dette må gjøres". */
  PRIORITY_ACTION("Dette må gjøres", "Dette må gjerast", "Priority action");

  private final Label label;

  MeasureKind(String nb, String nn, String en) {
    this.label = Label.of(nb, nn, en);
  }

  @Override
  public Label getLabel() {
    return label;
  }
}
