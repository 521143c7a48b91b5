package no.helseplan.analysis;

import no.helseplan.vocabulary.Concept;
import no.helseplan.vocabulary.Label;
import no.helseplan.vocabulary.Labelled;

/**
 * What may change about a measure between two versions of a plan (nb/nn: <i>felt</i>), as a
 * {@link MeasureChange} reports it. Each is labelled as the model's {@link Concept} of the same name.
 */
public enum MeasureField implements Labelled {
  /** What is to be done, compared as written with white space collapsed (nb/nn: tittel). */
  TITLE(Concept.TITLE),
  /** How it is done: the description and bullet points (nb: beskrivelse, nn: skildring). */
  DESCRIPTION(Concept.DESCRIPTION),
  /** The focus area the measure sits in, compared by name (nb/nn: innsatsområde). */
  FOCUS_AREA(Concept.FOCUS_AREA),
  /** The goals cited, compared by id (nb/nn: mål). */
  GOALS(Concept.GOAL),
  /** The time frame, compared by the words written (nb/nn: tidsfrist). */
  TIMEFRAME(Concept.TIMEFRAME),
  /** Who is responsible, compared by the words written (nb/nn: ansvar). */
  RESPONSIBILITY(Concept.RESPONSIBILITY),
  /** What the measure needs, compared by the words written (nb/nn: ressursbehov). */
  RESOURCES(Concept.RESOURCE_NEED),
  /** How it is funded, compared by the words written (nb/nn: finansiering). */
  FINANCING(Concept.FINANCING),
  /** How far it has come (nb/nn: status). */
  STATUS(Concept.STATUS);

  private final Concept concept;

  MeasureField(Concept concept) {
    this.concept = concept;
  }

  @Override
  public Label getLabel() {
    return concept.getLabel();
  }
}
