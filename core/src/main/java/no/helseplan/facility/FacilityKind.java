package no.helseplan.facility;

import no.helseplan.vocabulary.Label;
import no.helseplan.vocabulary.Labelled;

/**
 * The kind of a place, dwelling or building (nb: <i>type bolig, plass eller bygg</i>, nn: <i>type bustad, plass
 * eller bygg</i>).
 */
public enum FacilityKind implements Labelled {
  /** A care dwelling (nb: omsorgsbolig, nn: omsorgsbustad). */
  SUPPORTED_HOUSING("Omsorgsbolig", "Omsorgsbustad", "Supported housing"),
  /** A shared home with common rooms and staff (nb: bofellesskap, nn: bufellesskap). */
  SHARED_HOUSING("Bofellesskap", "Bufellesskap", "Shared housing with staff"),
  /** A dwelling built to take hard wear (nb: hardbruksbolig, nn: hardbruksbustad). */
  ROBUST_HOUSING("Hardbruksbolig", "Hardbruksbustad", "Robust housing"),
  /** A municipal rental dwelling for the disadvantaged (nb: kommunal utleiebolig, nn: kommunal utleigebustad). */
  RENTAL_HOUSING("Kommunal utleiebolig", "Kommunal utleigebustad", "Municipal rental housing"),
  /** A long-term place in a nursing home (nb: sykehjemsplass, nn: sjukeheimsplass). */
  NURSING_HOME_PLACE("Sykehjemsplass", "Sjukeheimsplass", "Nursing home place"),
  /**
   * A place with care round the clock, in a nursing home or a staffed dwelling (nb: heldøgns omsorgsplass, nn:
   * heildøgns omsorgsplass).
   */
  ROUND_THE_CLOCK_CARE_PLACE("Heldøgns omsorgsplass", "Heildøgns omsorgsplass", "Round-the-clock care place"),
  /** A short-term place (nb/nn: korttidsplass). */
  SHORT_TERM_PLACE("Korttidsplass", "Korttidsplass", "Short-term place"),
  /** A respite place that relieves carers (nb: avlastningsplass, nn: avlastingsplass). */
  RESPITE_PLACE("Avlastningsplass", "Avlastingsplass", "Respite place"),
  /** A place for rehabilitation (nb/nn: rehabiliteringsplass). */
  REHABILITATION_PLACE("Rehabiliteringsplass", "Rehabiliteringsplass", "Rehabilitation place"),
  /** A municipal acute bed (nb: kommunal akutt døgnplass, KAD; nn: kommunal akutt døgnplass). */
  EMERGENCY_BED("KAD-plass", "KAD-plass", "Municipal emergency bed"),
  /** A place in a day activity service, such as for people with dementia (nb/nn: dagaktivitetsplass). */
  DAY_ACTIVITY_PLACE("Dagaktivitetsplass", "Dagaktivitetsplass", "Day activity place"),
  /** A place in a day centre (nb/nn: dagsenterplass). */
  DAY_CENTRE_PLACE("Dagsenterplass", "Dagsenterplass", "Day centre place"),
  /** A nursing home as a building (nb: sykehjem, nn: sjukeheim). */
  NURSING_HOME("Sykehjem", "Sjukeheim", "Nursing home"),
  /** A health centre gathering services under one roof (nb/nn: helsehus). */
  HEALTH_CENTRE("Helsehus", "Helsehus", "Health centre"),
  /** A doctors' surgery or medical centre (nb/nn: legekontor / legesenter). */
  DOCTORS_SURGERY("Legekontor", "Legekontor", "Doctors' surgery"),
  /** A base for home care staff (nb: base for hjemmetjenesten, nn: base for heimetenesta). */
  SERVICE_BASE("Base for hjemmetjenesten", "Base for heimetenesta", "Home care base"),
  /** Any other place, dwelling or building, named in the text. */
  OTHER("Annet bygg eller plass", "Anna bygg eller plass", "Other facility");

  private final Label label;

  FacilityKind(String nb, String nn, String en) {
    this.label = Label.of(nb, nn, en);
  }

  @Override
  public Label getLabel() {
    return label;
  }
}
