package no.helseplan.timeframe;

import no.helseplan.vocabulary.Label;
import no.helseplan.vocabulary.Labelled;

/**
 * The shape of a {@link Timeframe}, one constant per type of the closed family.
 */
public enum TimeframeKind implements Labelled {
  /** Ongoing, with no checkpoint of its own (nb: løpende, nn: jamleg): {@link Ongoing}. */
  ONGOING("Løpende", "Jamleg", "Ongoing"),
  /** Repeated at intervals (nb: gjentakende, nn: gjentakande): {@link Recurring}. */
  RECURRING("Gjentakende", "Gjentakande", "Recurring"),
  /** A point in the calendar (nb/nn: tidspunkt): {@link Point}. */
  POINT("Tidspunkt", "Tidspunkt", "Point in time"),
  /** From one point to another (nb/nn: periode): {@link Span}. */
  SPAN("Periode", "Periode", "Span"),
  /** A duration counted from an event (nb/nn: tidsramme): {@link Relative}. */
  RELATIVE("Tidsramme", "Tidsramme", "Relative duration"),
  /** Some time in the plan period (nb: i løpet av planperioden, nn: i løpet av planperioden): {@link Unspecified}. */
  UNSPECIFIED("I løpet av planperioden", "I løpet av planperioden", "During the plan period"),
  /** Words no rule understood, kept as written: {@link Unrecognised}. */
  UNRECOGNISED("Ikke tolket", "Ikkje tolka", "Unrecognised");

  private final Label label;

  TimeframeKind(String nb, String nn, String en) {
    this.label = Label.of(nb, nn, en);
  }

  @Override
  public Label getLabel() {
    return label;
  }
}
