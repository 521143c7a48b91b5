package no.helseplan.timeframe;

import no.helseplan.vocabulary.Label;
import no.helseplan.vocabulary.Labelled;

/**
 * How precisely a {@link CalendarPoint} names a time: a whole year down to a day.
 */
public enum Precision implements Labelled {
  /** A year, such as "2026". */
  YEAR("År", "År", "Year"),
  /** A half year, such as "2. halvår 2026". */
  HALF_YEAR("Halvår", "Halvår", "Half year"),
  /** A season, such as "Haust 2025". */
  SEASON("Årstid", "Årstid", "Season"),
  /** A quarter, such as "1. kvartal 2026" or "Q1 2026". */
  QUARTER("Kvartal", "Kvartal", "Quarter"),
  /** A month, such as "August 2025". */
  MONTH("Måned", "Månad", "Month"),
  /** A day, such as "Tysdag 24. juni". */
  DAY("Dag", "Dag", "Day");

  private final Label label;

  Precision(String nb, String nn, String en) {
    this.label = Label.of(nb, nn, en);
  }

  @Override
  public Label getLabel() {
    return label;
  }
}
