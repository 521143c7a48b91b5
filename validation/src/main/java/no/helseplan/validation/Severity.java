package no.helseplan.validation;

import no.helseplan.vocabulary.Label;
import no.helseplan.vocabulary.Labelled;

/**
 * How serious a validation finding is (nb: <i>alvorlighetsgrad</i>, nn: <i>alvorsgrad</i>).
 */
public enum Severity implements Labelled {
  /** The data is wrong (nb/nn: feil). */
  ERROR("Feil", "Feil", "Error"),
  /** The data is well-formed but the plan is weak (nb/nn: åtvaring / advarsel). */
  WARNING("Advarsel", "Åtvaring", "Warning"),
  /** Worth knowing, not a defect (nb/nn: informasjon). */
  INFO("Informasjon", "Informasjon", "Information");

  private final Label label;

  Severity(String nb, String nn, String en) {
    this.label = Label.of(nb, nn, en);
  }

  @Override
  public Label getLabel() {
    return label;
  }
}
