package no.helseplan.analysis;

import no.helseplan.vocabulary.Label;
import no.helseplan.vocabulary.Labelled;

/** The words of the analysis tables that the model's {@link no.helseplan.vocabulary.Concept}s do not name. */
enum Words implements Labelled {
  TOTAL("I alt", "I alt", "Total"),
  NO_TIMEFRAME("Uten tidsfrist", "Utan tidsfrist", "No time frame"),
  NO_LEAD("Uten ansvarlig", "Utan ansvarleg", "No lead"),
  PLAN_LEVEL("Planens eget nivå", "Planen sitt eige nivå", "Plan level"),
  THEME("Tema", "Tema", "Theme"),
  SHARE("Andel", "Del", "Share"),
  FTE_MIN("Årsverk min", "Årsverk min", "FTE min"),
  FTE_MAX("Årsverk maks", "Årsverk maks", "FTE max"),
  NOK_MIN("Kroner min", "Kroner min", "NOK min"),
  NOK_MAX("Kroner maks", "Kroner maks", "NOK max"),
  WITH_ESTIMATE("Med ressursanslag", "Med ressursoverslag", "With resource estimate"),
  WITH_DEADLINE("Med frist", "Med frist", "With deadline"),
  SHARE_DEADLINE("Andel med frist", "Del med frist", "Share with deadline"),
  WITH_LEAD("Med ansvarlig", "Med ansvarleg", "With lead"),
  SHARE_LEAD("Andel med ansvarlig", "Del med ansvarleg", "Share with lead"),
  SHARE_ESTIMATE("Andel med ressursanslag", "Del med ressursoverslag", "Share with resource estimate"),
  LATEST("Senest", "Seinast", "Latest"),
  CHANGE("Endring", "Endring", "Change"),
  ADDED("Lagt til", "Lagt til", "Added"),
  REMOVED("Fjernet", "Fjerna", "Removed"),
  CHANGED("Endret", "Endra", "Changed"),
  BEFORE("Før", "Før", "Before"),
  AFTER("Etter", "Etter", "After"),
  SIMILARITY("Likhet", "Likskap", "Similarity"),
  FIELDS("Felt", "Felt", "Fields");

  private final Label label;

  Words(String nb, String nn, String en) {
    this.label = Label.of(nb, nn, en);
  }

  @Override
  public Label getLabel() {
    return label;
  }
}
