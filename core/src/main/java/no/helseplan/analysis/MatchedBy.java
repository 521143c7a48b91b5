package no.helseplan.analysis;

import no.helseplan.vocabulary.Label;
import no.helseplan.vocabulary.Labelled;

/** How a measure of one version of a plan was paired with a measure of another, in a {@link PlanComparison}. */
public enum MatchedBy implements Labelled {
  /** Both have the same id and their titles are still alike (nb: samme id, nn: same id). */
  ID("Samme id", "Same id", "Same id"),
  /** Their titles are similar enough (nb/nn: lik tittel); see {@link PlanComparison#similarity}. */
  TITLE("Lik tittel", "Lik tittel", "Similar title");

  private final Label label;

  MatchedBy(String nb, String nn, String en) {
    this.label = Label.of(nb, nn, en);
  }

  @Override
  public Label getLabel() {
    return label;
  }
}
