package no.helseplan.municipality;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of looking up a municipality by name (nb: <i>oppslag på kommunenavn</i>, nn: <i>oppslag på
 * kommunenamn</i>): the name asked for and the entries found, which are none, exactly one, or several.
 *
 * <p>An ambiguous name is reported as such and never resolved by a guess: "Herøy" gives both 1515 Herøy
 * (Møre og Romsdal) and 1818 Herøy (Nordland), and the caller decides, for instance from the plan's county or
 * number.
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe.
 */
public final class NameMatch {
  private final String query;
  private final List<MunicipalityEntry> candidates;
  private final boolean exact;

  private NameMatch(String query, List<MunicipalityEntry> candidates, boolean exact) {
    this.query = Objects.requireNonNull(query, "query");
    this.candidates = List.copyOf(candidates);
    this.exact = exact;
  }

  static NameMatch of(String query, List<MunicipalityEntry> candidates, boolean exact) {
    return new NameMatch(query, candidates, exact);
  }

  /**
   * Returns the name that was looked up, verbatim.
   *
   * @return the name asked for, not null
   */
  public String getQuery() {
    return query;
  }

  /**
   * Returns how many municipalities were found: none, one or several.
   *
   * @return the kind of match, not null
   */
  public NameMatchKind getKind() {
    switch (candidates.size()) {
      case 0:
        return NameMatchKind.NONE;
      case 1:
        return NameMatchKind.ONE;
      default:
        return NameMatchKind.AMBIGUOUS;
    }
  }

  /**
   * Returns every entry found, ordered by number and then by start of validity.
   *
   * @return the entries, empty when none was found, unmodifiable
   */
  public List<MunicipalityEntry> getCandidates() {
    return candidates;
  }

  /**
   * Returns the one entry found, if exactly one was.
   *
   * @return the entry, or empty when none or several were found
   */
  public Optional<MunicipalityEntry> getMunicipality() {
    return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
  }

  /**
   * Checks whether the match is exact up to case, white space and dash variants, rather than found only after
   * setting aside diacritics ("Tromso" for "Tromsø", "Karasjohka" for "Kárášjohka").
   *
   * @return true if exact; false if found by the diacritic-free comparison, or if nothing was found
   */
  public boolean isExact() {
    return exact && !candidates.isEmpty();
  }

  /**
   * Checks whether several municipalities have the name.
   *
   * @return true if the kind is {@link NameMatchKind#AMBIGUOUS}
   */
  public boolean isAmbiguous() {
    return getKind() == NameMatchKind.AMBIGUOUS;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof NameMatch)) {
      return false;
    }
    NameMatch that = (NameMatch) other;
    return query.equals(that.query) && candidates.equals(that.candidates) && exact == that.exact;
  }

  @Override
  public int hashCode() {
    return Objects.hash(query, candidates, exact);
  }

  /**
   * Returns the query, kind and candidates, for debugging; do not rely on its structure.
   *
   * @return a human-readable text
   */
  @Override
  public String toString() {
    return "'" + query + "': " + getKind() + " " + candidates;
  }
}
