package no.helseplan.timeframe;

import no.helseplan.vocabulary.Label;
import no.helseplan.vocabulary.Labelled;

/**
 * What the duration of a {@link Relative} time frame is counted from.
 */
public enum RelativeAnchor implements Labelled {
  /** Within a time of an event, such as "innan 1 veke" after admission (nb: innen, nn: innan). */
  WITHIN_EVENT("Innen", "Innan", "Within"),
  /** Lasting a time from the start of the work, such as "Tidsramme: 1 år" (nb/nn: tidsramme). */
  LASTING("Varighet", "Varigheit", "Lasting");

  private final Label label;

  RelativeAnchor(String nb, String nn, String en) {
    this.label = Label.of(nb, nn, en);
  }

  @Override
  public Label getLabel() {
    return label;
  }
}
