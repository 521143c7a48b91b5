package no.helseplan.reference;

import no.helseplan.vocabulary.Label;
import no.helseplan.vocabulary.Labelled;

/**
 * The kind of a legal or national basis a plan or focus area rests on.
 */
public enum LegalBasisKind implements Labelled {
  /** An act of parliament (nb/nn: lov), such as helse- og omsorgstjenesteloven. */
  LAW("Lov", "Lov", "Act"),
  /** A regulation (nb/nn: forskrift). */
  REGULATION("Forskrift", "Forskrift", "Regulation"),
  /** A national reform, such as Leve hele livet. */
  REFORM("Reform", "Reform", "Reform"),
  /** A white paper (nb/nn: stortingsmelding, Meld. St.). */
  WHITE_PAPER("Stortingsmelding", "Stortingsmelding", "White paper"),
  /** A national plan or strategy, such as Opptrappingsplanen. */
  NATIONAL_PLAN("Nasjonal plan", "Nasjonal plan", "National plan"),
  /** A national guideline or guide (nb: veileder, nn: rettleiar). */
  GUIDELINE("Veileder eller retningslinje", "Rettleiar eller retningslinje", "Guideline"),
  /** An international convention, such as CRPD. */
  CONVENTION("Konvensjon", "Konvensjon", "Convention"),
  /** A plan of the municipality itself, such as the samfunnsdel. */
  LOCAL_PLAN("Lokal plan", "Lokal plan", "Local plan"),
  /** Any other basis. */
  OTHER("Annet", "Anna", "Other");

  private final Label label;

  LegalBasisKind(String nb, String nn, String en) {
    this.label = Label.of(nb, nn, en);
  }

  @Override
  public Label getLabel() {
    return label;
  }
}
