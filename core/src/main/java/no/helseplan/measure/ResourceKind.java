package no.helseplan.measure;

import no.helseplan.vocabulary.Label;
import no.helseplan.vocabulary.Labelled;

/**
 * The kind of a resource need or source of funding (nb/nn: <i>ressursbehov / finansiering</i>).
 */
public enum ResourceKind implements Labelled {
  /** Personnel, counted in full-time equivalents (nb/nn: årsverk / stillingar). */
  PERSONNEL("Årsverk", "Årsverk", "Personnel"),
  /** Investment funds (nb/nn: investering / investeringsmidlar). */
  INVESTMENT("Investering", "Investering", "Investment"),
  /** Operating funds (nb: driftsmidler, nn: driftsmidlar). */
  OPERATING_FUNDS("Driftsmidler", "Driftsmidlar", "Operating funds"),
  /** Within the existing budget (nb: egne rammer, nn: eigne rammer). */
  EXISTING_BUDGET("Egne rammer", "Eigne rammer", "Existing budget"),
  /** Project funds (nb: prosjektmidler, nn: prosjektmidlar). */
  PROJECT_FUNDS("Prosjektmidler", "Prosjektmidlar", "Project funds"),
  /** Organisational development funds (nb: OU-midler, nn: OU-midlar). */
  DEVELOPMENT_FUNDS("OU-midler", "OU-midlar", "Organisational development funds"),
  /** Funds for competence and training (nb: kompetansemidler, nn: kompetansemidlar). */
  COMPETENCE_FUNDS("Kompetansemidler", "Kompetansemidlar", "Competence funds"),
  /** A grant from outside, such as from Husbanken or the state (nb: tilskudd, nn: tilskot). */
  GRANT("Tilskudd", "Tilskot", "Grant"),
  /** Funds beyond the present budget (nb: krever ekstra midler, nn: krev ekstra midlar). */
  EXTRA_FUNDS("Krever ekstra midler", "Krev ekstra midlar", "Extra funds required"),
  /** Borrowing, such as a loan from Husbanken or the municipality's own borrowing (nb/nn: låneopptak / lån). */
  LOAN("Låneopptak", "Låneopptak", "Borrowing"),
  /** Any other resource. */
  OTHER("Annet", "Anna", "Other");

  private final Label label;

  ResourceKind(String nb, String nn, String en) {
    this.label = Label.of(nb, nn, en);
  }

  @Override
  public Label getLabel() {
    return label;
  }
}
