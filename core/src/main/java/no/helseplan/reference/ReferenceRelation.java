package no.helseplan.reference;

import no.helseplan.vocabulary.Label;
import no.helseplan.vocabulary.Labelled;

/**
 * How a plan or measure relates to a document it refers to.
 */
public enum ReferenceRelation implements Labelled {
  /** The plan springs from the document, as a kommunedelplan from the samfunnsdel. */
  SPRINGS_FROM("Springer ut fra", "Spring ut frå", "Springs from"),
  /** The plan or measure carries out the document, as an action plan its kommunedelplan. */
  IMPLEMENTS("Følger opp", "Følgjer opp", "Implements"),
  /** The plan replaces the document. */
  REPLACES("Erstatter", "Erstattar", "Replaces"),
  /** The plan is a revision of the document. */
  REVISES("Reviderer", "Reviderer", "Revises"),
  /** The document is part of the plan's basis (nb: ligger til grunn, nn: ligg til grunn). */
  BASIS("Bygger på", "Byggjer på", "Builds on"),
  /** The document is an appendix of the plan (nb/nn: vedlegg). */
  APPENDIX("Vedlegg", "Vedlegg", "Appendix"),
  /** The document is the source of figures or text (nb: kilde, nn: kjelde). */
  SOURCE("Kilde", "Kjelde", "Source"),
  /** The plan is part of the document, as a handlingsdel of its kommunedelplan (nb/nn: del av). */
  PART_OF("Del av", "Del av", "Part of"),
  /** The document is part of the plan, as the handlingsdel of a kommunedelplan (nb: omfatter, nn: omfattar). */
  HAS_PART("Omfatter", "Omfattar", "Has part"),
  /**
   * The plan's measures are funded through the document, as through the økonomiplan (nb: finansieres gjennom, nn:
   * finansierast gjennom).
   */
  FUNDED_THROUGH("Finansieres gjennom", "Finansierast gjennom", "Funded through"),
  /** The document is related; the default. */
  SEE_ALSO("Se også", "Sjå også", "See also");

  private final Label label;

  ReferenceRelation(String nb, String nn, String en) {
    this.label = Label.of(nb, nn, en);
  }

  @Override
  public Label getLabel() {
    return label;
  }
}
