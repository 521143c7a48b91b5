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
   * becomes an {@link Unrecognised} time frame that keeps the text: a reading is never guessed.
   *
   * <p>The text is first repaired with {@link no.helseplan.text.TextRepair#repair(CharSequence)} (line-break
   * hyphens, "August\n2025"), then read case-insensitively, in Bokmål and Nynorsk alike (the {@code language}
   * does not restrict the words accepted). Understood, with examples:
   * <ul>
   *   <li>{@link Ongoing}: "Jamleg", "Løpende", "Fortløpende", "Kontinuerlig", "Jevnlig", "Løpende /
   *       kontinuerlig", "Hele planperioden", "Gjennom heile planperioden".
   *   <li>{@link Unspecified}: "I løpet av planperioden", "i planperioden", "innan utgangen av planperioden".
   *   <li>{@link Recurring}: "Årleg", "Årlig", "kvart år", "hvert år", "Oddetalsår", "Oddetallsår",
   *       "Partallsår", "hvert 4. år", "hvert 4.år", "kvart fjerde år", "annakvart år", "kvart kvartal",
   *       "Halvårlig", "Månadleg", "kvar veke", "22. september kvart år" (a day every year), "hvert år i
   *       mars", "kvar haust", "minst ein gong kvart år" and "minst årleg" (at least).
   *   <li>{@link Point}: a year "2026"; a season "Haust 2025", "Hausten 2025", "Høsten 2025", "Våren 2027",
   *       "Sommar", "Vinteren 2026"; a month "August 2025", "Jan", "aug.", "sept"; a quarter "1. kvartal
   *       2026", "Q1 2026", "første kvartal 2026", "2026-Q1"; a half year "2. halvår 2026", "første halvår", "første halvdel av 2026";
   *       a day "24. juni", "Tysdag 24. juni", "Måndag 04. aug", "Tysdag 14.okt", "31.12.2025", "2026-02-12", "1/3-2026",
   *       optionally after "i", "i løpet av" or "Møte" ("Møte 27. aug"). A deadline ({@link
   *       Point#isDeadline()}) after "Frist", "Tidsfrist", "innen", "innan", "seinast", "senest", "ved
   *       utgangen av" or "innen/innan utgangen av": "Frist fredag 10. okt", "innen utgangen av 2026".
   *   <li>{@link Span}: "2026/2027", "2021-22", "2023-24", "2020 - 2021", "2021-2024", "2025- 2029", "01.
   *       sept – 10. okt", "1. sept til 10. okt", "fra 2026 til 2028", "Hausten 2025 – våren 2026", "Q3/Q4
   *       2026", with an en dash, a hyphen, a slash or "til"; and a week, "uke 34 2025", "Veke 45", as the span
   *       of its days from Monday to Sunday (ISO weeks).
   *   <li>{@link Relative}: "innan 1 veke", "innen 14 dager", "innen 3 uker etter innleggelse" (within an
   *       event); "Tidsramme: 1 år", "6 månader", "1 år og 6 månader", "de neste fire årene", "dei første 6 månadene"
   *       (lasting).
   * </ul>
   *
   * <p>Conventions:
   * <ul>
   *   <li>A point written without a year ("Tysdag 24. juni", "Jan", "Haust") takes the context's {@linkplain
   *       TimeframeContext#getReferenceYear() reference year} and is marked {@linkplain
   *       CalendarPoint#isYearInferred() inferred}; with no reference year it has no year.
   *   <li>In a span, an end without a year takes the year of the other end ("01. sept – 10. okt 2025"),
   *       moved by one where the span would otherwise run backwards ("november – februar 2026" starts in
   *       November 2025); such a year counts as written, not inferred. Two ends without a year both take the
   *       reference year (the end the next year if needed), marked inferred.
   *   <li>"2021-22" ends in the same century (2022); a span whose end comes before its start is unrecognised.
   *   <li>Years are read from 1900 to 2199; weeks are stored as days (1 week = 7 days); the seasons cover the
   *       months given in {@link Season}; a weekday is kept as written and not checked against the date.
   *   <li>Hedged or open phrases are not guessed: "ca. 2026", "fra 2026", "før 2026", "2026?", "slutten av 2026",
   *       "Oppstart 2026", "vinteren 2025/2026" and a phrase inside a longer sentence are unrecognised.
   *   <li>A phrase wholly in brackets is read without them: "(2021–2025)".
   *   <li>Work is bounded: a text longer than 2,000 characters, or 160 once repaired, is unrecognised at once.
   * </ul>
   *
   * @param text the words as written, such as "Haust 2025", not null
   * @param language the written standard of the plan, not null
   * @param context the plan period and document date, which give a year to dates written without one, not null
   * @return the time frame, keeping the text verbatim
   */
  static Timeframe parse(String text, Language language, TimeframeContext context) {
    java.util.Objects.requireNonNull(text, "text");
    java.util.Objects.requireNonNull(language, "language");
    java.util.Objects.requireNonNull(context, "context");
    return TimeframeReader.read(text, context);
  }

  /**
   * Describes this time frame in natural words of a language, such as "Hausten 2025", "Høsten 2025" or
   * "Autumn 2025"; "Jamleg", "Løpende" or "Ongoing"; "Innan utgangen av 2026"; "22. september kvart år";
   * "Tidsramme: 1 år".
   *
   * <p>A description in nb or nn parses back, with {@link #parse} and the same context, to a time frame equal
   * to this one in every field but the text (which is then the description). A year marked inferred is left
   * out, so that the context gives it again (the one exception: a week read without a year whose days straddle
   * New Year, such as "uke 1" in 2026, which starts in December 2025, reads back one year later). English descriptions are for
   * reading only: {@link #parse} does not read English. An {@link Unrecognised} time frame describes itself by
   * its own text.
   *
   * @param language the language of the description, not null
   * @return the description
   */
  default String describe(Language language) {
    return TimeframeWriter.describe(this, language);
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
