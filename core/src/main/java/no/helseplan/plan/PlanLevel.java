package no.helseplan.plan;

import no.helseplan.vocabulary.Label;
import no.helseplan.vocabulary.Labelled;

/**
 * The place of a plan in the municipal plan system (nb/nn: <i>plansystemet</i>): from the planning strategy
 * and the community part of the municipal master plan down to action parts, the financial plan and the plans
 * of single units.
 */
public enum PlanLevel implements Labelled {
  /** The municipal planning strategy (nb/nn: kommunal planstrategi). */
  PLANNING_STRATEGY("Planstrategi", "Planstrategi", "Planning strategy"),
  /** The community part of the municipal master plan (nb/nn: kommuneplanens samfunnsdel). */
  COMMUNITY_PART("Samfunnsdel", "Samfunnsdel", "Community part"),
  /** A plan for one sector or theme (nb/nn: kommunedelplan / temaplan / fagplan). */
  SECTOR_PLAN("Kommunedelplan eller temaplan", "Kommunedelplan eller temaplan", "Sector or thematic plan"),
  /** An action part or action plan, often revised yearly (nb/nn: handlingsdel / handlingsplan). */
  ACTION_PART("Handlingsdel", "Handlingsdel", "Action part"),
  /** The four-year financial plan and yearly budget (nb/nn: økonomiplan / årsbudsjett). */
  FINANCIAL_PLAN("Økonomiplan", "Økonomiplan", "Financial plan"),
  /** The plan of a unit or service for a year (nb: virksomhetsplan, nn: verksemdsplan). */
  OPERATIONAL_PLAN("Virksomhetsplan", "Verksemdsplan", "Operational plan");

  private final Label label;

  PlanLevel(String nb, String nn, String en) {
    this.label = Label.of(nb, nn, en);
  }

  @Override
  public Label getLabel() {
    return label;
  }
}
