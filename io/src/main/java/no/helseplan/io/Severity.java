package no.helseplan.io;

import no.helseplan.vocabulary.Label;
import no.helseplan.vocabulary.Labelled;

/**
 * How serious a problem found in a plan is (nb: <i>alvorlighetsgrad</i>, nn: <i>alvorsgrad</i>): the one scale
 * shared by the problems a reader finds in a file and the findings of validation.
 */
public enum Severity implements Labelled {
  /** The data is wrong: the file cannot be read as a plan, or the plan breaks a rule (nb/nn: feil). */
  ERROR("Feil", "Feil", "Error"),
  /**
   * The plan was read, but something is doubtful or weak: a property left out in lenient mode, or a plan-quality
   * rule (nb: advarsel, nn: åtvaring).
   */
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
