package no.helseplan.targetgroup;

import no.helseplan.vocabulary.Label;
import no.helseplan.vocabulary.Labelled;

/**
 * Whether a target group is the one an element is mainly for or one it also reaches (nb/nn:
 * <i>primærmålgruppe / sekundærmålgruppe</i>).
 */
public enum TargetGroupRole implements Labelled {
  /** The group the element is mainly for (nb/nn: primærmålgruppe); the default. */
  PRIMARY("Primærmålgruppe", "Primærmålgruppe", "Primary target group"),
  /** A group the element also reaches, such as carers of the primary group (nb/nn: sekundærmålgruppe). */
  SECONDARY("Sekundærmålgruppe", "Sekundærmålgruppe", "Secondary target group");

  private final Label label;

  TargetGroupRole(String nb, String nn, String en) {
    this.label = Label.of(nb, nn, en);
  }

  @Override
  public Label getLabel() {
    return label;
  }
}
