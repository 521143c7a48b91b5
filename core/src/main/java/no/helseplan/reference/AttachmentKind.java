package no.helseplan.reference;

import no.helseplan.vocabulary.Label;
import no.helseplan.vocabulary.Labelled;

/**
 * The kind of an attachment to a plan (nb/nn: <i>vedlegg</i>).
 */
public enum AttachmentKind implements Labelled {
  /** The facts and figures the plan rests on (nb/nn: kunnskapsgrunnlag / utfordringsbilde). */
  KNOWLEDGE_BASE("Kunnskapsgrunnlag", "Kunnskapsgrunnlag", "Knowledge base"),
  /** The overview of the population's health (nb/nn: oversikt over helsetilstanden / oversiktsdokument). */
  PUBLIC_HEALTH_OVERVIEW("Oversikt over helsetilstanden", "Oversikt over helsetilstanden", "Public health overview"),
  /**
   * The submissions received in consultation (nb: høringsinnspill / høringsuttalelser, nn: høyringsinnspel /
   * høyringsfråsegner).
   */
  CONSULTATION_SUBMISSIONS("Høringsinnspill", "Høyringsinnspel", "Consultation submissions"),
  /** The municipality's answer to the submissions (nb: merknadsbehandling, nn: merknadshandsaming). */
  RESPONSE_TO_COMMENTS("Merknadsbehandling", "Merknadshandsaming", "Response to comments"),
  /** The case presentation to the deciding body (nb/nn: saksframlegg / saksutgreiing). */
  CASE_PRESENTATION("Saksframlegg", "Saksframlegg", "Case presentation"),
  /** The minutes of the decision (nb/nn: protokoll / møtebok). */
  MINUTES("Protokoll", "Protokoll", "Minutes"),
  /** A report of how residents and users took part (nb: medvirkningsrapport, nn: medverknadsrapport). */
  INVOLVEMENT_REPORT("Medvirkningsrapport", "Medverknadsrapport", "Involvement report"),
  /**
   * A risk and vulnerability analysis (nb: ROS-analyse / risiko- og sårbarhetsanalyse, nn: ROS-analyse / risiko- og
   * sårbarheitsanalyse).
   */
  RISK_ASSESSMENT("Risiko- og sårbarhetsanalyse", "Risiko- og sårbarheitsanalyse", "Risk and vulnerability analysis"),
  /** An action plan or action part attached to the plan (nb/nn: handlingsplan / handlingsdel). */
  ACTION_PLAN("Handlingsplan", "Handlingsplan", "Action plan"),
  /** A report on how earlier plans were followed up (nb/nn: statusrapport / evaluering). */
  STATUS_REPORT("Statusrapport", "Statusrapport", "Status report"),
  /** Tables and figures (nb/nn: statistikk / talgrunnlag). */
  STATISTICS("Statistikk", "Statistikk", "Statistics"),
  /** A map (nb/nn: kart). */
  MAP("Kart", "Kart", "Map"),
  /** Any other attachment. */
  OTHER("Annet vedlegg", "Anna vedlegg", "Other attachment");

  private final Label label;

  AttachmentKind(String nb, String nn, String en) {
    this.label = Label.of(nb, nn, en);
  }

  @Override
  public Label getLabel() {
    return label;
  }
}
