package no.helseplan.timeframe;

import no.helseplan.vocabulary.Label;
import no.helseplan.vocabulary.Labelled;

/**
 * How often a {@link Recurring} time frame comes round (nb: <i>hyppighet</i>, nn: <i>kor ofte</i>).
 */
public enum Frequency implements Labelled {
  /** Every day (nb: daglig, nn: dagleg). */
  DAILY("Daglig", "Dagleg", "Daily"),
  /** Every week (nb: ukentlig, nn: kvar veke). */
  WEEKLY("Ukentlig", "Kvar veke", "Weekly"),
  /** Every month (nb: månedlig, nn: månadleg). */
  MONTHLY("Månedlig", "Månadleg", "Monthly"),
  /** Every quarter (nb: hvert kvartal, nn: kvart kvartal). */
  QUARTERLY("Hvert kvartal", "Kvart kvartal", "Quarterly"),
  /** Every half year (nb: hvert halvår, nn: kvart halvår). */
  HALF_YEARLY("Hvert halvår", "Kvart halvår", "Every half year"),
  /** Every year (nb: årlig, nn: årleg). */
  YEARLY("Årlig", "Årleg", "Yearly"),
  /** In odd-numbered years (nb: oddetallsår, nn: oddetalsår). */
  ODD_YEARS("Oddetallsår", "Oddetalsår", "Odd-numbered years"),
  /** In even-numbered years (nb: partallsår, nn: partalsår). */
  EVEN_YEARS("Partallsår", "Partalsår", "Even-numbered years"),
  /** Every n-th year, n given by {@link Recurring#getInterval()} (nb: hvert 4. år, nn: kvart 4. år). */
  EVERY_N_YEARS("Hvert n-te år", "Kvart n-te år", "Every n years");

  private final Label label;

  Frequency(String nb, String nn, String en) {
    this.label = Label.of(nb, nn, en);
  }

  @Override
  public Label getLabel() {
    return label;
  }
}
