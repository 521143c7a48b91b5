package no.helseplan.io.csv;

import no.helseplan.vocabulary.Concept;
import no.helseplan.vocabulary.Label;
import no.helseplan.vocabulary.Labelled;

/**
 * A column of the measure table (nb/nn: <i>kolonne</i>), in the order written, with its header in Bokmål,
 * Nynorsk and English (the vocabulary's {@link Concept} labels where they fit).
 *
 * <p>Values are written as text; enum values (kind, status, language) as lower-case constant names, as in the
 * JSON and YAML files; lists (goals, partners, resource kinds and amounts) joined with {@code "; "}.
 */
public enum CsvColumn implements Labelled {
  /** The municipality number, four digits (nb/nn: kommunenummer). */
  MUNICIPALITY_NUMBER(Concept.MUNICIPALITY_NUMBER.getLabel()),
  /** The municipality's name (nb/nn: kommune). */
  MUNICIPALITY(Concept.MUNICIPALITY.getLabel()),
  /** The plan's identifier (nb/nn: plan-ID). */
  PLAN_ID(Label.of("Plan-ID", "Plan-ID", "Plan id")),
  /** The plan's title (nb/nn: plantittel). */
  PLAN_TITLE(Label.of("Plantittel", "Plantittel", "Plan title")),
  /** The kind of plan, such as {@code action_plan} (nb/nn: plantype). */
  PLAN_KIND(Concept.PLAN_KIND.getLabel()),
  /** The plan's written standard, {@code nb} or {@code nn} (nb/nn: målform). */
  LANGUAGE(Concept.LANGUAGE.getLabel()),
  /** The plan period, such as {@code 2025-2028} or {@code 2025-} (nb/nn: planperiode). */
  PERIOD(Concept.PERIOD.getLabel()),
  /** The focus area's name, empty for a measure at the plan's own level (nb/nn: innsatsområde). */
  FOCUS_AREA(Concept.FOCUS_AREA.getLabel()),
  /** The ids of the goals the measure serves (nb/nn: mål). */
  GOALS(Concept.GOAL.getLabel()),
  /** The measure's identifier (nb/nn: tiltaks-ID). */
  MEASURE_ID(Label.of("Tiltaks-ID", "Tiltaks-ID", "Measure id")),
  /** What is to be done (nb/nn: tiltak). */
  MEASURE(Concept.MEASURE.getLabel()),
  /** How, with bullet points flattened to lines (nb: beskrivelse, nn: skildring). */
  DESCRIPTION(Concept.DESCRIPTION.getLabel()),
  /** The time frame as written (nb/nn: tidsfrist). */
  TIMEFRAME(Concept.TIMEFRAME.getLabel()),
  /** The earliest date the time frame allows in the plan's period (nb: tidligste dato, nn: tidlegaste dato). */
  EARLIEST(Label.of("Tidligste dato", "Tidlegaste dato", "Earliest date")),
  /** The latest date the time frame allows in the plan's period (nb: seneste dato, nn: seinaste dato). */
  LATEST(Label.of("Seneste dato", "Seinaste dato", "Latest date")),
  /** The shape of the time frame, such as {@code point} (nb/nn: type tidsfrist). */
  TIMEFRAME_KIND(Label.of("Type tidsfrist", "Type tidsfrist", "Time-frame kind")),
  /** Who is responsible, as written (nb/nn: ansvar). */
  RESPONSIBILITY(Concept.RESPONSIBILITY.getLabel()),
  /** The lead actor (nb: hovedansvarlig, nn: hovudansvarleg). */
  LEAD(Concept.LEAD.getLabel()),
  /** The partners (nb: samarbeidspartnere, nn: samarbeidspartar). */
  PARTNERS(Label.of("Samarbeidspartnere", "Samarbeidspartar", "Partners")),
  /** The resources needed, as written (nb/nn: ressursbehov). */
  RESOURCES(Concept.RESOURCE_NEED.getLabel()),
  /** The kinds of resource, such as {@code personnel; project_funds} (nb: ressurstyper, nn: ressurstypar). */
  RESOURCE_KINDS(Label.of("Ressurstyper", "Ressurstypar", "Resource kinds")),
  /** The amounts, such as {@code 1-2 fte} (nb/nn: mengd / mengde). */
  RESOURCE_AMOUNTS(Label.of("Mengde", "Mengd", "Amounts")),
  /** How the measure is funded, as written (nb/nn: finansiering). */
  FINANCING(Concept.FINANCING.getLabel()),
  /** How far the measure has come, such as {@code in_progress} (nb/nn: status). */
  STATUS(Concept.STATUS.getLabel());

  private final Label label;

  CsvColumn(Label label) {
    this.label = label;
  }

  @Override
  public Label getLabel() {
    return label;
  }
}
