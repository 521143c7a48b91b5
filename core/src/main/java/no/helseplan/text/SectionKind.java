package no.helseplan.text;

import no.helseplan.vocabulary.Label;
import no.helseplan.vocabulary.Labelled;

/**
 * What a free section of a plan is about (nb/nn: <i>kapittel</i>), so that a reader can find the introduction
 * or the challenges of any plan.
 */
public enum SectionKind implements Labelled {
  /** An introduction (nb: innledning, nn: innleiing). */
  INTRODUCTION("Innledning", "Innleiing", "Introduction"),
  /** The purpose of the plan (nb: formål, nn: føremål). */
  PURPOSE("Formål", "Føremål", "Purpose"),
  /** Background and national or local basis. */
  BACKGROUND("Bakgrunn", "Bakgrunn", "Background"),
  /** The present state of the services (nb/nn: status). */
  STATUS("Status", "Status", "Status"),
  /** Challenges (nb: utfordringer, nn: utfordringar). */
  CHALLENGES("Utfordringer", "Utfordringar", "Challenges"),
  /** Forecasts and the future (nb: fremtiden, nn: framtida). */
  FUTURE("Fremtiden", "Framtida", "The future"),
  /** How the plan was made and who took part. */
  PROCESS("Prosess og medvirkning", "Prosess og medverknad", "Process and participation"),
  /** Quality and development of the services. */
  QUALITY("Kvalitet", "Kvalitet", "Quality"),
  /** A closing section (nb/nn: avslutning). */
  CONCLUSION("Avslutning", "Avslutning", "Conclusion"),
  /** An appendix (nb/nn: vedlegg). */
  APPENDIX("Vedlegg", "Vedlegg", "Appendix"),
  /** Any other section. */
  OTHER("Annet", "Anna", "Other");

  private final Label label;

  SectionKind(String nb, String nn, String en) {
    this.label = Label.of(nb, nn, en);
  }

  @Override
  public Label getLabel() {
    return label;
  }
}
