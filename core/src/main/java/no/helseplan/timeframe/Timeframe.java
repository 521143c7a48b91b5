package no.helseplan.timeframe;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.Optional;
import no.helseplan.vocabulary.Language;
import org.threeten.extra.LocalDateRange;

/**
 * A time frame (nb: <i>tidsfrist / frist / tidsramme / år</i>, nn: <i>tidsfrist / frist / tidsramme / år</i>):
 * when a measure is due or takes place, as a municipality wrote it.
 *
 * <p>The shapes form a closed family, one type each: {@link Ongoing} ("Jamleg"), {@link Recurring} ("Årleg",
 * "Oddetalsår", "22. september kvart år"), {@link Point} ("2026", "Haust 2025", "Tysdag 24. juni"), {@link
 * Span} ("2021-22", "2026/2027", "01. sept – 10. okt"), {@link Relative} ("innan 1 veke", "Tidsramme: 1 år"),
 * {@link Unspecified} ("i løpet av planperioden") and {@link Unrecognised} (words no rule understood). Every
 * shape keeps the verbatim {@link #getText() text}, so an interpretation never replaces what the municipality
 * wrote.
 *
 * <p>Each shape can say the earliest and latest date it allows, given a {@link TimeframeContext} (the plan's
 * period and the document's date): "Jamleg" in a plan for 2025–2028 allows 2025-01-01 to 2028-12-31.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Ongoing.class, name = "ongoing"),
  @JsonSubTypes.Type(value = Recurring.class, name = "recurring"),
  @JsonSubTypes.Type(value = Point.class, name = "point"),
  @JsonSubTypes.Type(value = Span.class, name = "span"),
  @JsonSubTypes.Type(value = Relative.class, name = "relative"),
  @JsonSubTypes.Type(value = Unspecified.class, name = "unspecified"),
  @JsonSubTypes.Type(value = Unrecognised.class, name = "unrecognised")
})
public sealed interface Timeframe
    permits Ongoing, Recurring, Point, Span, Relative, Unspecified, Unrecognised {

  /**
   * Reads a time frame from the words a municipality wrote; never throws. A phrase no rule understands
   * becomes an {@link Unrecognised} time frame that keeps the text.
   *
   * @param text the words as written, such as "Haust 2025"
   * @param language the written standard of the plan
   * @param context the plan period and document date, which give a year to dates written without one
   * @return the time frame, keeping the text verbatim
   */
  static Timeframe parse(String text, Language language, TimeframeContext context) {
    return Unrecognised.of(text);
  }

  /**
   * Describes this time frame in natural words of a language, such as "Hausten 2025", "Høsten 2025" or
   * "Autumn 2025"; parsing the description gives back an equal time frame.
   *
   * @param language the language of the description
   * @return the description
   */
  default String describe(Language language) {
    return getText();
  }

  /**
   * Returns the words the municipality wrote, verbatim, such as "Haust 2025".
   *
   * @return the verbatim text
   */
  String getText();

  /**
   * Returns the shape of this time frame.
   *
   * @return the kind, matching the type of this value
   */
  @JsonIgnore
  TimeframeKind getKind();

  /**
   * Returns the dates this time frame allows, given the plan's period and the document's date.
   *
   * <p>An end that the time frame and its context leave open is {@link LocalDate#MIN} or {@link LocalDate#MAX}
   * in the range; the result is empty when nothing is known, as for an unrecognised phrase.
   *
   * @param context the plan period and document date
   * @return the range of dates allowed, possibly unbounded at one end, or empty
   */
  Optional<LocalDateRange> getBounds(TimeframeContext context);

  /**
   * Returns the earliest date this time frame allows, given its context.
   *
   * @param context the plan period and document date
   * @return the earliest date, or empty when it is open or unknown
   */
  default Optional<LocalDate> getEarliest(TimeframeContext context) {
    return getBounds(context).filter(r -> !r.isUnboundedStart()).map(LocalDateRange::getStart);
  }

  /**
   * Returns the latest date this time frame allows, given its context.
   *
   * @param context the plan period and document date
   * @return the latest date, or empty when it is open or unknown
   */
  default Optional<LocalDate> getLatest(TimeframeContext context) {
    return getBounds(context).filter(r -> !r.isUnboundedEnd()).map(LocalDateRange::getEndInclusive);
  }
}
