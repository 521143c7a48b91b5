package no.helseplan.plan;

import no.helseplan.vocabulary.Label;
import no.helseplan.vocabulary.Labelled;

/**
 * The word a plan uses for its focus areas, so that labels match the plan.
 */
public enum FocusAreaKind implements Labelled {
  /** A focus area (nb/nn: innsatsområde); the default. */
  FOCUS_AREA("Innsatsområde", "Innsatsområde", "Focus area"),
  /** A priority area (nb/nn: satsingsområde). */
  PRIORITY_AREA("Satsingsområde", "Satsingsområde", "Priority area"),
  /** A focus (nb/nn: fokusområde). */
  FOCUS("Fokusområde", "Fokusområde", "Focus"),
  /** A goal area (nb/nn: målområde). */
  GOAL_AREA("Målområde", "Målområde", "Goal area"),
  /** A service area (nb: tjenesteområde, nn: tenesteområde), as the chapters of Rødøy's plan. */
  SERVICE_AREA("Tjenesteområde", "Tenesteområde", "Service area");

  private final Label label;

  FocusAreaKind(String nb, String nn, String en) {
    this.label = Label.of(nb, nn, en);
  }

  @Override
  public Label getLabel() {
    return label;
  }
}
