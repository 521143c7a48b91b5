package no.helseplan.timeframe;

import java.time.LocalDate;
import java.time.Month;
import no.helseplan.vocabulary.Label;
import no.helseplan.vocabulary.Labelled;
import org.threeten.extra.LocalDateRange;

/**
 * A season of a year (nb/nn: <i>årstid</i>) as plans use it for deadlines: "Haust 2025", "Våren 2027".
 *
 * <p>Plans use the seasons as the halves of the working year, not as the astronomer's quarters, so the
 * months chosen here are the administrative ones, and two seasons may overlap:
 * <ul>
 *   <li>{@link #SPRING} (nb: vår / våren, nn: vår / våren): January to June, the spring term;
 *   <li>{@link #SUMMER} (nb: sommer, nn: sommar): June to August;
 *   <li>{@link #AUTUMN} (nb: høst / høsten, nn: haust / hausten): August to December, the autumn term;
 *   <li>{@link #WINTER} (nb/nn: vinter / vinteren): January to March of the year named.
 * </ul>
 */
public enum Season implements Labelled {
  /** Spring, January to June (nb/nn: vår). */
  SPRING(Month.JANUARY, Month.JUNE, "Våren", "Våren", "Spring"),
  /** Summer, June to August (nb: sommer, nn: sommar). */
  SUMMER(Month.JUNE, Month.AUGUST, "Sommeren", "Sommaren", "Summer"),
  /** Autumn, August to December (nb: høst, nn: haust). */
  AUTUMN(Month.AUGUST, Month.DECEMBER, "Høsten", "Hausten", "Autumn"),
  /** Winter, January to March of the year named (nb/nn: vinter). */
  WINTER(Month.JANUARY, Month.MARCH, "Vinteren", "Vinteren", "Winter");

  private final Month first;
  private final Month last;
  private final Label label;

  Season(Month first, Month last, String nb, String nn, String en) {
    this.first = first;
    this.last = last;
    this.label = Label.of(nb, nn, en);
  }

  /**
   * Returns the first month of this season.
   *
   * @return the first month
   */
  public Month getFirstMonth() {
    return first;
  }

  /**
   * Returns the last month of this season.
   *
   * @return the last month
   */
  public Month getLastMonth() {
    return last;
  }

  /**
   * Returns the days of this season in a year, first and last day included.
   *
   * @param year the year
   * @return the dates of the season
   */
  public LocalDateRange inYear(int year) {
    LocalDate start = LocalDate.of(year, first, 1);
    LocalDate end = LocalDate.of(year, last, 1).withDayOfMonth(last.length(java.time.Year.isLeap(year)));
    return LocalDateRange.ofClosed(start, end);
  }

  @Override
  public Label getLabel() {
    return label;
  }
}
