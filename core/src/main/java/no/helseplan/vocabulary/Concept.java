package no.helseplan.vocabulary;

/**
 * The concepts of a municipal health and care plan, each labelled in Bokmål, Nynorsk and English: what a
 * column header, a form field or a validation message calls them.
 */
public enum Concept implements Labelled {
  /** A plan (nb/nn: plan). */
  PLAN("Plan", "Plan", "Plan"),
  /** The kind of plan (nb/nn: plantype). */
  PLAN_KIND("Plantype", "Plantype", "Kind of plan"),
  /** A municipality (nb/nn: kommune). */
  MUNICIPALITY("Kommune", "Kommune", "Municipality"),
  /** A municipality number (nb/nn: kommunenummer). */
  MUNICIPALITY_NUMBER("Kommunenummer", "Kommunenummer", "Municipality number"),
  /** The written standard of a text (nb/nn: målform). */
  LANGUAGE("Målform", "Målform", "Written standard"),
  /** The period of a plan (nb/nn: planperiode). */
  PERIOD("Planperiode", "Planperiode", "Plan period"),
  /** The adoption of a plan (nb/nn: vedtak). */
  ADOPTION("Vedtak", "Vedtak", "Adoption"),
  /** The status of a plan or measure (nb/nn: status). */
  STATUS("Status", "Status", "Status"),
  /** A vision (nb/nn: visjon). */
  VISION("Visjon", "Visjon", "Vision"),
  /** A value the organisation works by (nb/nn: verdi). */
  VALUE("Verdi", "Verdi", "Value"),
  /** A cross-cutting perspective (nb/nn: perspektiv). */
  PERSPECTIVE("Perspektiv", "Perspektiv", "Perspective"),
  /** A focus area (nb/nn: innsatsområde / satsingsområde). */
  FOCUS_AREA("Innsatsområde", "Innsatsområde", "Focus area"),
  /** A goal (nb/nn: mål). */
  GOAL("Mål", "Mål", "Goal"),
  /** An indicator (nb/nn: indikator). */
  INDICATOR("Indikator", "Indikator", "Indicator"),
  /** A strategy (nb/nn: strategi). */
  STRATEGY("Strategi", "Strategi", "Strategy"),
  /** A measure (nb/nn: tiltak). */
  MEASURE("Tiltak", "Tiltak", "Measure"),
  /** What a measure is (nb: hva, nn: kva). */
  WHAT("Hva", "Kva", "What"),
  /** How a measure is carried out (nb: hvordan, nn: korleis). */
  HOW("Hvordan", "Korleis", "How"),
  /** What a measure needs (nb/nn: ressursbehov). */
  RESOURCE_NEED("Ressursbehov", "Ressursbehov", "Resource need"),
  /** How a measure is funded (nb/nn: finansiering). */
  FINANCING("Finansiering", "Finansiering", "Financing"),
  /** When a measure is due (nb/nn: tidsfrist). */
  TIMEFRAME("Tidsfrist", "Tidsfrist", "Time frame"),
  /** A deadline (nb/nn: frist). */
  DEADLINE("Frist", "Frist", "Deadline"),
  /** Who is responsible (nb/nn: ansvar). */
  RESPONSIBILITY("Ansvar", "Ansvar", "Responsibility"),
  /** The lead actor (nb: hovedansvarlig, nn: hovudansvarleg). */
  LEAD("Hovedansvarlig", "Hovudansvarleg", "Lead"),
  /** A partner who shares a task (nb: samarbeidspartner, nn: samarbeidspart). */
  PARTNER("Samarbeidspartner", "Samarbeidspart", "Partner"),
  /** A step of the progress plan (nb/nn: milepæl). */
  MILESTONE("Milepæl", "Milepæl", "Milestone"),
  /** A project (nb/nn: prosjekt). */
  PROJECT("Prosjekt", "Prosjekt", "Project"),
  /** Cooperation with other municipalities (nb/nn: interkommunalt samarbeid). */
  COOPERATION("Interkommunalt samarbeid", "Interkommunalt samarbeid", "Inter-municipal cooperation"),
  /** Someone who took part in making the plan (nb: deltaker, nn: deltakar). */
  PARTICIPANT("Deltaker", "Deltakar", "Participant"),
  /** How the plan is followed up (nb/nn: oppfølging). */
  FOLLOW_UP("Oppfølging", "Oppfølging", "Follow-up"),
  /** A reference to another document (nb: henvisning, nn: tilvising). */
  REFERENCE("Henvisning", "Tilvising", "Reference"),
  /** A legal or national basis (nb/nn: lovgrunnlag). */
  LEGAL_BASIS("Lovgrunnlag", "Lovgrunnlag", "Legal basis"),
  /** A section of free text (nb/nn: kapittel). */
  SECTION("Kapittel", "Kapittel", "Section"),
  /** A title (nb/nn: tittel). */
  TITLE("Tittel", "Tittel", "Title"),
  /** A description (nb: beskrivelse, nn: skildring). */
  DESCRIPTION("Beskrivelse", "Skildring", "Description"),
  /** A target group (nb/nn: målgruppe). */
  TARGET_GROUP("Målgruppe", "Målgruppe", "Target group"),
  /** A priority (nb/nn: prioritet). */
  PRIORITY("Prioritet", "Prioritet", "Priority"),
  /** Places, dwellings and buildings (nb: boliger, plasser og bygg; nn: bustader, plassar og bygg). */
  FACILITY("Boliger, plasser og bygg", "Bustader, plassar og bygg", "Places and buildings"),
  /** A series of figures (nb: tallserie, nn: talserie). */
  FIGURES("Tallserie", "Talserie", "Figures"),
  /** Money per budget year (nb/nn: økonomiplan). */
  BUDGET("Økonomiplan", "Økonomiplan", "Financial plan"),
  /** A status report (nb/nn: statusrapport). */
  STATUS_REPORT("Statusrapport", "Statusrapport", "Status report"),
  /** A public consultation (nb: høring, nn: høyring). */
  CONSULTATION("Høring", "Høyring", "Public consultation"),
  /** A case number (nb/nn: saksnummer). */
  CASE_NUMBER("Saksnummer", "Saksnummer", "Case number"),
  /** An attachment (nb/nn: vedlegg). */
  ATTACHMENT("Vedlegg", "Vedlegg", "Attachment"),
  /** Where an element came from (nb: kilde, nn: kjelde). */
  SOURCE("Kilde", "Kjelde", "Source"),
  /** A page (nb/nn: side). */
  PAGE("Side", "Side", "Page"),
  /** A year (nb/nn: år). */
  YEAR("År", "År", "Year");

  private final Label label;

  Concept(String nb, String nn, String en) {
    this.label = Label.of(nb, nn, en);
  }

  @Override
  public Label getLabel() {
    return label;
  }
}
