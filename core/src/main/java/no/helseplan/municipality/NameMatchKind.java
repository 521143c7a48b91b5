package no.helseplan.municipality;

import no.helseplan.vocabulary.Label;
import no.helseplan.vocabulary.Labelled;

/**
 * How many municipalities a name look-up found (nb: <i>treff på kommunenavn</i>, nn: <i>treff på
 * kommunenamn</i>): none, exactly one, or several, as for "Herøy" (1515 in Møre og Romsdal and 1818 in
 * Nordland).
 */
public enum NameMatchKind implements Labelled {
  /** No municipality has the name (nb: ingen treff, nn: ingen treff). */
  NONE(Label.of("Ingen treff", "Ingen treff", "No match")),
  /** Exactly one municipality has the name (nb: ett treff, nn: eitt treff). */
  ONE(Label.of("Ett treff", "Eitt treff", "One match")),
  /** Several municipalities have the name; the look-up does not guess (nb: tvetydig, nn: tvitydig). */
  AMBIGUOUS(Label.of("Tvetydig", "Tvitydig", "Ambiguous"));

  private final Label label;

  NameMatchKind(Label label) {
    this.label = label;
  }

  @Override
  public Label getLabel() {
    return label;
  }
}
