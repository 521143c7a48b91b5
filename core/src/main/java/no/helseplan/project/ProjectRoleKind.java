package no.helseplan.project;

import no.helseplan.vocabulary.Label;
import no.helseplan.vocabulary.Labelled;

/**
 * A role in a project (nb/nn: <i>rolle i prosjektet</i>).
 */
public enum ProjectRoleKind implements Labelled {
  /** The project owner (nb: prosjekteier, nn: prosjekteigar). */
  OWNER("Prosjekteier", "Prosjekteigar", "Project owner"),
  /** The steering group (nb/nn: styringsgruppe). */
  STEERING_GROUP("Styringsgruppe", "Styringsgruppe", "Steering group"),
  /** The project leader (nb: prosjektleder, nn: prosjektleiar). */
  PROJECT_LEADER("Prosjektleder", "Prosjektleiar", "Project leader"),
  /** The project group (nb/nn: prosjektgruppe). */
  PROJECT_GROUP("Prosjektgruppe", "Prosjektgruppe", "Project group"),
  /** The reference group (nb/nn: referansegruppe). */
  REFERENCE_GROUP("Referansegruppe", "Referansegruppe", "Reference group"),
  /** The units taking part (nb: deltakere, nn: deltakarar). */
  PARTICIPANTS("Deltakere", "Deltakarar", "Participants");

  private final Label label;

  ProjectRoleKind(String nb, String nn, String en) {
    this.label = Label.of(nb, nn, en);
  }

  @Override
  public Label getLabel() {
    return label;
  }
}
