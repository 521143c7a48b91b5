package no.helseplan.figure;

import no.helseplan.vocabulary.Label;
import no.helseplan.vocabulary.Labelled;

/**
 * Whether a value is an observation or a forecast (nb: <i>registrert / fremskrivning</i>, nn: <i>registrert /
 * framskriving</i>).
 */
public enum FigureKind implements Labelled {
  /** Observed or registered, such as KOSTRA figures for a past year (nb/nn: registrert / faktisk); the default. */
  OBSERVED("Registrert", "Registrert", "Observed"),
  /**
   * Forecast by a model, such as SSB's population projections (nb: fremskrivning / prognose, nn: framskriving /
   * prognose).
   */
  FORECAST("Fremskrivning", "Framskriving", "Forecast"),
  /** Estimated by the municipality without a model (nb/nn: anslag / estimat). */
  ESTIMATE("Anslag", "Anslag", "Estimate");

  private final Label label;

  FigureKind(String nb, String nn, String en) {
    this.label = Label.of(nb, nn, en);
  }

  @Override
  public Label getLabel() {
    return label;
  }
}
