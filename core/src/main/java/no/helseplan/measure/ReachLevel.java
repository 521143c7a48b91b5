package no.helseplan.measure;

import no.helseplan.vocabulary.Label;
import no.helseplan.vocabulary.Labelled;

/**
 * Whom a measure reaches (nb: <i>befolkningsrettet / grupperettet / individrettet tiltak</i>, nn:
 * <i>befolkningsretta / grupperetta / individretta tiltak</i>), the levels of public-health work.
 */
public enum ReachLevel implements Labelled {
  /** Aimed at the whole population (nb: befolkningsrettet, nn: befolkningsretta). */
  POPULATION("Befolkningsrettet", "Befolkningsretta", "Population-wide"),
  /** Aimed at a group at risk or with a need (nb: grupperettet, nn: grupperetta). */
  GROUP("Grupperettet", "Grupperetta", "Group-directed"),
  /** Aimed at single persons, such as services after an assessment (nb: individrettet, nn: individretta). */
  INDIVIDUAL("Individrettet", "Individretta", "Individual");

  private final Label label;

  ReachLevel(String nb, String nn, String en) {
    this.label = Label.of(nb, nn, en);
  }

  @Override
  public Label getLabel() {
    return label;
  }
}
