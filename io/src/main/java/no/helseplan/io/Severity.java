package no.helseplan.io;

import no.helseplan.vocabulary.Label;
import no.helseplan.vocabulary.Labelled;

/**
 * How serious a problem found in a plan file is (nb: <i>alvorlegheit</i>, nn: <i>alvorsgrad</i>).
 */
public enum Severity implements Labelled {
  /** The file cannot be read as a plan (nb/nn: feil). */
  ERROR("Feil", "Feil", "Error"),
  /** The plan was read, but something in the file was left out or is doubtful (nb: advarsel, nn: åtvaring). */
  WARNING("Advarsel", "Åtvaring", "Warning");

  private final Label label;

  Severity(String nb, String nn, String en) {
    this.label = Label.of(nb, nn, en);
  }

  @Override
  public Label getLabel() {
    return label;
  }
}
