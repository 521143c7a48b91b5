package no.helseplan.plan;

import no.helseplan.vocabulary.Label;
import no.helseplan.vocabulary.Labelled;

/**
 * Where a plan stands in its life (nb/nn: <i>planstatus</i>).
 */
public enum PlanStatus implements Labelled {
  /** A draft (nb/nn: utkast / forslag). */
  DRAFT("Utkast", "Utkast", "Draft"),
  /** On public consultation (nb: høring, nn: høyring). */
  CONSULTATION("På høring", "På høyring", "On public consultation"),
  /** Adopted by the deciding body (nb: vedtatt, nn: vedteken). */
  ADOPTED("Vedtatt", "Vedteken", "Adopted"),
  /** Adopted and now being revised (nb/nn: under revisjon / rullering). */
  UNDER_REVISION("Under revisjon", "Under revisjon", "Under revision"),
  /** Past its period or replaced (nb: utløpt, nn: utgått). */
  EXPIRED("Utløpt", "Utgått", "Expired");

  private final Label label;

  PlanStatus(String nb, String nn, String en) {
    this.label = Label.of(nb, nn, en);
  }

  @Override
  public Label getLabel() {
    return label;
  }
}
