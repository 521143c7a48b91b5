package no.helseplan.priority;

import no.helseplan.vocabulary.Label;
import no.helseplan.vocabulary.Labelled;

/**
 * A priority given in words (nb/nn: <i>prioritet</i>), such as "høg", "middels", "låg" or "prioritert".
 */
public enum PriorityLevel implements Labelled {
  /** High priority (nb: høy, nn: høg). */
  HIGH("Høy", "Høg", "High"),
  /** Medium priority (nb/nn: middels). */
  MEDIUM("Middels", "Middels", "Medium"),
  /** Low priority (nb: lav, nn: låg). */
  LOW("Lav", "Låg", "Low"),
  /** Marked as prioritised, without a grade (nb/nn: prioritert). */
  PRIORITISED("Prioritert", "Prioritert", "Prioritised"),
  /** Marked as not prioritised (nb: ikke prioritert, nn: ikkje prioritert). */
  NOT_PRIORITISED("Ikke prioritert", "Ikkje prioritert", "Not prioritised");

  private final Label label;

  PriorityLevel(String nb, String nn, String en) {
    this.label = Label.of(nb, nn, en);
  }

  @Override
  public Label getLabel() {
    return label;
  }
}
