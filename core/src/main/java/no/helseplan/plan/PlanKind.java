package no.helseplan.plan;

import no.helseplan.vocabulary.Label;
import no.helseplan.vocabulary.Labelled;

/**
 * The kind of a plan in the municipal plan system (nb/nn: <i>plantype</i>).
 */
public enum PlanKind implements Labelled {
  /** A kommunedelplan under the Planning and Building Act, such as a kommunedelplan for helse og omsorg. */
  MUNICIPAL_SUBPLAN("Kommunedelplan", "Kommunedelplan", "Municipal sub-plan"),
  /** A thematic plan (nb/nn: temaplan / fagplan), such as a helse- og omsorgsplan. */
  THEMATIC_PLAN("Temaplan", "Temaplan", "Thematic plan"),
  /** A strategic plan (nb/nn: strategisk plan), such as a helse- og velferdsplan. */
  STRATEGIC_PLAN("Strategisk plan", "Strategisk plan", "Strategic plan"),
  /** A strategy (nb/nn: strategi), such as a pårørandestrategi. */
  STRATEGY("Strategi", "Strategi", "Strategy"),
  /** An action plan (nb/nn: handlingsplan). */
  ACTION_PLAN("Handlingsplan", "Handlingsplan", "Action plan"),
  /** The action part of a plan (nb/nn: handlingsdel), often revised yearly. */
  ACTION_PART("Handlingsdel", "Handlingsdel", "Action part"),
  /** A briefing or information document (nb/nn: orientering / informasjon) that presents strategies, plans and projects. */
  BRIEFING("Orientering", "Orientering", "Briefing"),
  /** Any other kind of plan. */
  OTHER("Annen plan", "Anna plan", "Other plan");

  private final Label label;

  PlanKind(String nb, String nn, String en) {
    this.label = Label.of(nb, nn, en);
  }

  @Override
  public Label getLabel() {
    return label;
  }
}
