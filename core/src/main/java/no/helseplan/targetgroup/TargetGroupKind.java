package no.helseplan.targetgroup;

import no.helseplan.vocabulary.Label;
import no.helseplan.vocabulary.Labelled;

/**
 * A common target group of municipal health and care plans (nb/nn: <i>målgruppe</i>). Groups outside the
 * list are {@link #OTHER} with their words in {@link TargetGroup#getText()}.
 */
public enum TargetGroupKind implements Labelled {
  /** The whole population (nb: alle innbyggere, nn: alle innbyggjarar). */
  ALL_RESIDENTS("Alle innbyggere", "Alle innbyggjarar", "All residents"),
  /** Children and young people (nb/nn: barn og unge). */
  CHILDREN_AND_YOUNG_PEOPLE("Barn og unge", "Barn og unge", "Children and young people"),
  /** Families with children (nb: barnefamilier, nn: barnefamiliar). */
  FAMILIES_WITH_CHILDREN("Barnefamilier", "Barnefamiliar", "Families with children"),
  /** Pregnant women and infants (nb: gravide og spedbarn, nn: gravide og spedborn). */
  PREGNANT_AND_INFANTS("Gravide og spedbarn", "Gravide og spedborn", "Pregnant women and infants"),
  /** Adults (nb: voksne, nn: vaksne). */
  ADULTS("Voksne", "Vaksne", "Adults"),
  /** Older people (nb/nn: eldre). */
  OLDER_PEOPLE("Eldre", "Eldre", "Older people"),
  /** People with dementia (nb: personer med demens, nn: personar med demens). */
  PEOPLE_WITH_DEMENTIA("Personer med demens", "Personar med demens", "People with dementia"),
  /** Carers and next of kin (nb: pårørende, nn: pårørande). */
  CARERS("Pårørende", "Pårørande", "Carers and next of kin"),
  /** People with intellectual disabilities (nb: personer med utviklingshemming, nn: personar med utviklingshemming). */
  PEOPLE_WITH_INTELLECTUAL_DISABILITIES("Personer med utviklingshemming",
      "Personar med utviklingshemming", "People with intellectual disabilities"),
  /**
   * People with physical or sensory disabilities (nb: personer med funksjonsnedsettelse, nn: personar med
   * funksjonsnedsetjing).
   */
  PEOPLE_WITH_DISABILITIES("Personer med funksjonsnedsettelse",
      "Personar med funksjonsnedsetjing", "People with disabilities"),
  /**
   * People with substance use and mental health problems (nb: personer med rus- og psykiske helseutfordringer, nn:
   * personar med rus- og psykiske helseutfordringar).
   */
  PEOPLE_WITH_MENTAL_HEALTH_AND_SUBSTANCE_USE_PROBLEMS("Personer med rus- og psykiske helseutfordringer",
      "Personar med rus- og psykiske helseutfordringar", "People with substance use and mental health problems"),
  /**
   * People with chronic or long-term illness (nb: personer med kroniske sykdommer, nn: personar med kroniske
   * sjukdomar).
   */
  PEOPLE_WITH_CHRONIC_ILLNESS("Personer med kroniske sykdommer",
      "Personar med kroniske sjukdomar", "People with chronic illness"),
  /**
   * People at the end of life and in palliative care (nb: personer i livets siste fase, nn: personar i livet sin siste
   * fase).
   */
  PEOPLE_AT_END_OF_LIFE("Personer i livets siste fase", "Personar i livet sin siste fase", "People at the end of life"),
  /** Refugees (nb: flyktninger, nn: flyktningar). */
  REFUGEES("Flyktninger", "Flyktningar", "Refugees"),
  /** Immigrants (nb: innvandrere, nn: innvandrarar). */
  IMMIGRANTS("Innvandrere", "Innvandrarar", "Immigrants"),
  /** Low-income households (nb: husholdninger med lav inntekt, nn: hushald med låg inntekt). */
  LOW_INCOME_HOUSEHOLDS("Husholdninger med lav inntekt", "Hushald med låg inntekt", "Low-income households"),
  /** People who receive the services (nb: tjenestemottakere / brukere, nn: tenestemottakarar / brukarar). */
  SERVICE_USERS("Tjenestemottakere", "Tenestemottakarar", "Service users"),
  /** The municipality's staff (nb: ansatte, nn: tilsette). */
  STAFF("Ansatte", "Tilsette", "Staff"),
  /** Volunteers and voluntary organisations (nb/nn: frivillige). */
  VOLUNTEERS("Frivillige", "Frivillige", "Volunteers"),
  /** Any other group, named in the text. */
  OTHER("Annen målgruppe", "Anna målgruppe", "Other target group");

  private final Label label;

  TargetGroupKind(String nb, String nn, String en) {
    this.label = Label.of(nb, nn, en);
  }

  @Override
  public Label getLabel() {
    return label;
  }
}
