package no.helseplan.followup;

import no.helseplan.vocabulary.Label;
import no.helseplan.vocabulary.Labelled;

/**
 * The status given in a report on a goal or measure (nb/nn: <i>status</i>).
 */
public enum ReportStatus implements Labelled {
  /** Not started (nb: ikke startet, nn: ikkje starta). */
  NOT_STARTED("Ikke startet", "Ikkje starta", "Not started"),
  /** Under way and on track (nb/nn: i rute / i gang). */
  ON_TRACK("I rute", "I rute", "On track"),
  /** Under way but late (nb: forsinket, nn: forseinka). */
  DELAYED("Forsinket", "Forseinka", "Delayed"),
  /** Put off to a later year (nb: utsatt, nn: utsett). */
  POSTPONED("Utsatt", "Utsett", "Postponed"),
  /** Carried out (nb/nn: gjennomført). */
  DONE("Gjennomført", "Gjennomført", "Done"),
  /** A goal reached (nb/nn: nådd). */
  ACHIEVED("Nådd", "Nådd", "Achieved"),
  /** A goal partly reached (nb/nn: delvis nådd). */
  PARTLY_ACHIEVED("Delvis nådd", "Delvis nådd", "Partly achieved"),
  /** A goal not reached (nb: ikke nådd, nn: ikkje nådd). */
  NOT_ACHIEVED("Ikke nådd", "Ikkje nådd", "Not achieved"),
  /** Dropped (nb: avsluttet / lagt bort, nn: avslutta / lagt bort). */
  CANCELLED("Avsluttet", "Avslutta", "Cancelled");

  private final Label label;

  ReportStatus(String nb, String nn, String en) {
    this.label = Label.of(nb, nn, en);
  }

  @Override
  public Label getLabel() {
    return label;
  }
}
