package no.helseplan.municipality;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.threeten.extra.LocalDateRange;

/**
 * One municipality in one period of the municipality register (nb: <i>kommune i kommuneinndelinga</i>, nn:
 * <i>kommune i kommuneinndelinga</i>): its number (<i>kommunenummer</i>), its official names, the days it was
 * valid and the numbers that took over when it ended.
 *
 * <p>A period ends whenever Statistics Norway records a change: a merger or split (nb/nn:
 * <i>samanslåing / sammenslåing, deling</i>), a new number, or a new official name. Sør-Varanger, for example,
 * has three entries: 2030 until 2020-01-01, 5444 from 2020-01-01 to 2024-01-01 (the county of Troms og
 * Finnmark), and 5605 from 2024-01-01.
 *
 * <p>Obtain entries from a {@link MunicipalityRegister}.
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe, a value type: compare instances with {@code equals}, not by
 * identity.
 */
public final class MunicipalityEntry {
  private final String number;
  private final List<MunicipalityName> names;
  private final LocalDateRange validity;
  private final List<String> successorNumbers;

  private MunicipalityEntry(
      String number, List<MunicipalityName> names, LocalDateRange validity, List<String> successorNumbers) {
    this.number = number;
    this.names = names;
    this.validity = validity;
    this.successorNumbers = successorNumbers;
  }

  /**
   * Obtains an entry from its parts, checking them.
   *
   * @param number the four-digit municipality number, such as "5444", not null
   * @param names the official names in the municipality's order of priority; exactly one of them
   *     Norwegian, at most one per language; not empty, not null
   * @param validity the days the entry is valid, end exclusive; an unbounded start ({@link LocalDate#MIN})
   *     means valid since before the register's sources begin, an unbounded end ({@link LocalDate#MAX}) means
   *     still valid; not null
   * @param successorNumbers the numbers that took over on the end day, empty while still valid; not null
   * @return the entry, not null
   * @throws IllegalArgumentException if the number is not four digits, the names are empty, have no or two
   *     Norwegian names or two names in one language, a successor number is not four digits, successors are
   *     given for a still valid entry, or an ended entry has no successor
   */
  public static MunicipalityEntry of(
      String number, List<MunicipalityName> names, LocalDateRange validity, List<String> successorNumbers) {
    Objects.requireNonNull(validity, "validity");
    requireNumber(number);
    List<MunicipalityName> copiedNames = List.copyOf(names);
    if (copiedNames.isEmpty()) {
      throw new IllegalArgumentException("Municipality " + number + " has no name");
    }
    long norwegian = copiedNames.stream().filter(n -> n.getLanguage() == NameLanguage.NORWEGIAN).count();
    if (norwegian != 1) {
      throw new IllegalArgumentException(
          "Municipality " + number + " must have exactly one Norwegian name, not " + norwegian);
    }
    if (copiedNames.stream().map(MunicipalityName::getLanguage).distinct().count() != copiedNames.size()) {
      throw new IllegalArgumentException("Municipality " + number + " has two names in one language");
    }
    List<String> successors = List.copyOf(successorNumbers);
    successors.forEach(MunicipalityEntry::requireNumber);
    if (validity.isUnboundedEnd() && !successors.isEmpty()) {
      throw new IllegalArgumentException(
          "Municipality " + number + " is still valid and cannot have successors " + successors);
    }
    if (!validity.isUnboundedEnd() && successors.isEmpty()) {
      throw new IllegalArgumentException(
          "Municipality " + number + " ends on " + validity.getEnd() + " and needs a successor");
    }
    return new MunicipalityEntry(number, copiedNames, validity, successors);
  }

  static String requireNumber(String number) {
    Objects.requireNonNull(number, "number");
    if (number.length() != 4 || !number.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("A municipality number has four digits, not '" + number + "'");
    }
    return number;
  }

  /**
   * Returns the four-digit municipality number (kommunenummer), such as "5605".
   *
   * @return the number, not null
   */
  public String getNumber() {
    return number;
  }

  /**
   * Returns the Norwegian name of the municipality, such as "Kautokeino" for 5612 Guovdageaidnu / Kautokeino.
   * Every entry has exactly one.
   *
   * @return the Norwegian name, not blank
   */
  public String getName() {
    return getName(NameLanguage.NORWEGIAN).orElseThrow();
  }

  /**
   * Returns the official name in one language, if the municipality has one.
   *
   * @param language the language, not null
   * @return the name, or empty when the municipality has no official name in that language
   */
  public Optional<String> getName(NameLanguage language) {
    return names.stream()
        .filter(n -> n.getLanguage() == language)
        .map(MunicipalityName::getName)
        .findFirst();
  }

  /**
   * Returns all official names (nb/nn: <i>offisielle namn / navn</i>) in the municipality's order of
   * priority, such as Guovdageaidnu (Northern Sami), then Kautokeino (Norwegian).
   *
   * @return the names, not empty, unmodifiable
   */
  public List<MunicipalityName> getNames() {
    return names;
  }

  /**
   * Returns the official names joined as Statistics Norway and Kartverket write them, in order of priority,
   * such as "Guovdageaidnu - Kautokeino" or "Porsanger - Porsáŋgu - Porsanki".
   *
   * @return the joined names, not blank
   */
  public String getOfficialName() {
    return names.stream().map(MunicipalityName::getName).collect(Collectors.joining(" - "));
  }

  /**
   * Returns the days this entry is valid, end exclusive, such as {@code 2020-01-01/2024-01-01} for 5444
   * Sør-Varanger. The start is {@link LocalDate#MIN} (unbounded) when the municipality is older than the
   * register's sources; the end is {@link LocalDate#MAX} (unbounded) while it is still valid.
   *
   * @return the validity, not null
   */
  public LocalDateRange getValidity() {
    return validity;
  }

  /**
   * Checks whether this entry is valid on a day.
   *
   * @param date the day, not null
   * @return true if the validity contains the day
   */
  public boolean isValidOn(LocalDate date) {
    return validity.contains(date);
  }

  /**
   * Checks whether this entry is still valid, that is, has no end.
   *
   * @return true if the validity has an unbounded end
   */
  public boolean isCurrent() {
    return validity.isUnboundedEnd();
  }

  /**
   * Returns the numbers of the municipalities that took over on the day this entry ended (nb/nn:
   * <i>etterfølgjar / etterfølger</i>), such as ["1508", "1580"] for 1507 Ålesund, split on 2024-01-01. A
   * rename keeps the number: 1833 Rana's entry until 2024 has the successor "1833".
   *
   * @return the successor numbers, empty while still valid, unmodifiable
   */
  public List<String> getSuccessorNumbers() {
    return successorNumbers;
  }

  /**
   * Returns this entry as the plan model's municipality: its number and Norwegian name.
   *
   * @return the municipality, not null
   */
  public Municipality toMunicipality() {
    return Municipality.of(number, getName());
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof MunicipalityEntry)) {
      return false;
    }
    MunicipalityEntry that = (MunicipalityEntry) other;
    return number.equals(that.number)
        && names.equals(that.names)
        && validity.equals(that.validity)
        && successorNumbers.equals(that.successorNumbers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(number, names, validity, successorNumbers);
  }

  /**
   * Returns the number, official name and validity, such as {@code 5444 Sør-Varanger [2020-01-01, 2024-01-01)}
   * or {@code 1515 Herøy [, )}, for debugging; do not rely on its structure.
   *
   * @return a human-readable text
   */
  @Override
  public String toString() {
    return number + " " + getOfficialName() + " " + describe(validity);
  }

  /** Writes a validity as {@code [start, end)}, leaving an unbounded start or end empty. */
  static String describe(LocalDateRange range) {
    return "[" + (range.isUnboundedStart() ? "" : range.getStart().toString()) + ", "
        + (range.isUnboundedEnd() ? "" : range.getEnd().toString()) + ")";
  }
}
