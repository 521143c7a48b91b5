package no.helseplan.timeframe;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * What a time frame is read against (nb/nn: <i>samanheng / sammenheng</i>): the plan's period and the date of
 * the document. "Jamleg" in a plan for 2025–2028 runs from 2025-01-01 to 2028-12-31, and "Tysdag 24. juni" in a
 * briefing of 5 June 2025 falls in 2025.
 */
@Value.Immutable
public abstract class TimeframeContext {
  private static final TimeframeContext NONE = builder().build();

  TimeframeContext() {}

  /**
   * Returns a new builder of contexts.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the empty context: no period and no date.
   *
   * @return the empty context
   */
  public static TimeframeContext none() {
    return NONE;
  }

  /**
   * Obtains the context of a plan period, both years included.
   *
   * @param startYear the first year of the period
   * @param endYear the last year of the period
   * @return the context
   */
  public static TimeframeContext ofPeriod(int startYear, int endYear) {
    return builder().periodStart(startYear).periodEnd(endYear).build();
  }

  /**
   * Obtains the context of a document's date.
   *
   * @param documentDate the date of the document
   * @return the context
   */
  public static TimeframeContext ofDate(LocalDate documentDate) {
    return builder().documentDate(documentDate).build();
  }

  /**
   * Returns the date of the document, such as the date of a briefing or of adoption.
   *
   * @return the document date
   */
  public abstract Optional<LocalDate> getDocumentDate();

  /**
   * Returns the first year of the plan period.
   *
   * @return the first year
   */
  public abstract Optional<Integer> getPeriodStart();

  /**
   * Returns the last year of the plan period.
   *
   * @return the last year
   */
  public abstract Optional<Integer> getPeriodEnd();

  /**
   * Returns the year given to dates written without one: the document's year, else the first year of the
   * period.
   *
   * @return the reference year, or empty when the context has neither
   */
  public Optional<Integer> getReferenceYear() {
    return getDocumentDate().map(LocalDate::getYear).or(this::getPeriodStart);
  }

  /**
   * Returns the plan period as dates, from 1 January of the first year to 31 December of the last; an open
   * end is unbounded.
   *
   * @return the period, or empty when neither end is known or a year lies beyond the calendar
   */
  public Optional<LocalDateRange> getPeriodRange() {
    if (getPeriodStart().isEmpty() && getPeriodEnd().isEmpty()) {
      return Optional.empty();
    }
    if (!representable(getPeriodStart()) || !representable(getPeriodEnd())) {
      return Optional.empty();
    }
    LocalDate start = getPeriodStart().map(y -> LocalDate.of(y, 1, 1)).orElse(LocalDate.MIN);
    LocalDate end = getPeriodEnd().map(y -> LocalDate.of(y, 12, 31)).orElse(LocalDate.MAX);
    if (end.isBefore(start)) {
      return Optional.empty();
    }
    return Optional.of(end.equals(LocalDate.MAX) ? LocalDateRange.ofUnboundedEnd(start)
        : LocalDateRange.ofClosed(start, end));
  }

  /** Whether a year can be a date at all; a plan file may hold any integer. */
  private static boolean representable(Optional<Integer> year) {
    return year.map(y -> y >= java.time.Year.MIN_VALUE && y <= java.time.Year.MAX_VALUE).orElse(true);
  }

  /** Builds {@link TimeframeContext} values; obtain one with {@link TimeframeContext#builder()}. */
  public static final class Builder extends ImmutableTimeframeContext.Builder {
    Builder() {}
  }
}
