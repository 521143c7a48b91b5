package no.helseplan.responsibility;

import no.helseplan.vocabulary.Label;
import no.helseplan.vocabulary.Labelled;

/**
 * The kind of an actor named as responsible or as a partner.
 */
public enum ActorKind implements Labelled {
  /** A leadership group (nb: ledergruppe, nn: leiargruppe), such as "Leiargruppa i helse og omsorg". */
  LEADERSHIP_GROUP("Ledergruppe", "Leiargruppe", "Leadership group"),
  /** A sector or municipal area (nb/nn: sektor / kommuneområde), such as "Sektor helse og omsorg". */
  SECTOR("Sektor", "Sektor", "Sector"),
  /** A department (nb/nn: avdeling), such as "Avdeling for barn, familie og helse". */
  DEPARTMENT("Avdeling", "Avdeling", "Department"),
  /** A section (nb/nn: seksjon), such as "Seksjon psykisk helse og rus". */
  SECTION("Seksjon", "Seksjon", "Section"),
  /** A service unit or facility (nb: tjenestested, nn: tenestestad), such as "Svingen" or "koordinerande eining". */
  SERVICE("Tjenestested", "Tenestestad", "Service unit"),
  /** A role or position (nb/nn: rolle / stilling), such as "Kommunalsjef helse og omsorg" or "Rektor". */
  ROLE("Rolle", "Rolle", "Role"),
  /** All staff or all leaders of a unit (nb: alle ansatte, nn: alle tilsette / alle leiarar). */
  STAFF("Ansatte", "Tilsette", "Staff"),
  /** The whole municipal organisation (nb: hele organisasjonen, nn: heile organisasjonen). */
  WHOLE_ORGANISATION("Hele organisasjonen", "Heile organisasjonen", "The whole organisation"),
  /** A working, strategy or project group (nb/nn: arbeidsgruppe / strategigruppe / prosjektgruppe). */
  WORKING_GROUP("Arbeidsgruppe", "Arbeidsgruppe", "Working group"),
  /** A political body (nb/nn: kommunestyre, heradsstyre, utval / utvalg) or politicians. */
  POLITICAL_BODY("Politisk organ", "Politisk organ", "Political body"),
  /** A council or user board (nb: eldreråd, brukerutvalg; nn: eldreråd, brukarutval). */
  COUNCIL("Råd eller brukerutvalg", "Råd eller brukarutval", "Council"),
  /** A partner outside the municipality, such as NAV, Husbanken, the hospital or a neighbouring municipality. */
  EXTERNAL_PARTNER("Ekstern samarbeidspartner", "Ekstern samarbeidspart", "External partner"),
  /** A named person. */
  PERSON("Person", "Person", "Person"),
  /** Any other actor. */
  OTHER("Annet", "Anna", "Other");

  private final Label label;

  ActorKind(String nb, String nn, String en) {
    this.label = Label.of(nb, nn, en);
  }

  @Override
  public Label getLabel() {
    return label;
  }
}
