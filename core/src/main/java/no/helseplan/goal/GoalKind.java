package no.helseplan.goal;

import no.helseplan.vocabulary.Label;
import no.helseplan.vocabulary.Labelled;

/**
 * The word a plan uses for a goal, which also tells its level.
 */
public enum GoalKind implements Labelled {
  /** An overall objective of a focus area (nb: målsetting, nn: målsetjing). */
  OBJECTIVE("Målsetting", "Målsetjing", "Objective"),
  /** A main goal (nb: hovedmål, nn: hovudmål), often numbered across the plan. */
  MAIN_GOAL("Hovedmål", "Hovudmål", "Main goal"),
  /** A goal (nb/nn: mål); the default. */
  GOAL("Mål", "Mål", "Goal"),
  /** A sub-goal (nb/nn: delmål), such as Herøy's "Kva" column. */
  SUB_GOAL("Delmål", "Delmål", "Sub-goal");

  private final Label label;

  GoalKind(String nb, String nn, String en) {
    this.label = Label.of(nb, nn, en);
  }

  @Override
  public Label getLabel() {
    return label;
  }
}
