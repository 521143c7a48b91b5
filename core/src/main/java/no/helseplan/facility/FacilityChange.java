package no.helseplan.facility;

import no.helseplan.vocabulary.Label;
import no.helseplan.vocabulary.Labelled;

/**
 * What the plan does with a place, dwelling or building (nb/nn: <i>endring</i>).
 */
public enum FacilityChange implements Labelled {
  /** Newly built or newly established (nb/nn: nybygg / nye plassar). */
  NEW("Nybygg", "Nybygg", "New"),
  /** An extension of what exists (nb: utvidelse, nn: utviding). */
  EXTENDED("Utvidelse", "Utviding", "Extension"),
  /**
   * Converted from another use, such as nursing home places made into short-term places (nb: omgjøring, nn:
   * omgjering).
   */
  CONVERTED("Omgjøring", "Omgjering", "Conversion"),
  /** Refurbished or modernised (nb/nn: oppgradering / rehabilitering). */
  REFURBISHED("Oppgradering", "Oppgradering", "Refurbishment"),
  /** Built to replace what exists (nb/nn: erstatning). */
  REPLACED("Erstatning", "Erstatning", "Replacement"),
  /** Closed down (nb/nn: nedlegging / avvikling). */
  CLOSED("Nedlegging", "Nedlegging", "Closure"),
  /** What exists today, as a baseline (nb: eksisterende, nn: eksisterande). */
  EXISTING("Eksisterende", "Eksisterande", "Existing");

  private final Label label;

  FacilityChange(String nb, String nn, String en) {
    this.label = Label.of(nb, nn, en);
  }

  @Override
  public Label getLabel() {
    return label;
  }
}
