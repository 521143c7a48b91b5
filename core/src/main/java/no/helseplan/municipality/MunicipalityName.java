package no.helseplan.municipality;

import java.util.Objects;

/**
 * One official name of a municipality in one language (nb: <i>kommunenamn</i>, nn: <i>kommunenamn</i>), such
 * as "Mátta-Várjjat" in Northern Sami or "Sør-Varanger" in Norwegian.
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe, a value type: compare instances with {@code equals}, not by
 * identity.
 */
public final class MunicipalityName {
  private final String name;
  private final NameLanguage language;

  private MunicipalityName(String name, NameLanguage language) {
    this.name = Objects.requireNonNull(name, "name");
    this.language = Objects.requireNonNull(language, "language");
    if (name.isBlank() || !name.equals(name.strip())) {
      throw new IllegalArgumentException(
          "A municipality name must not be blank or start or end with white space: '" + name + "'");
    }
  }

  /**
   * Obtains a name from its text and language.
   *
   * @param name the name as officially written, such as "Guovdageaidnu", not blank, no leading or trailing
   *     white space
   * @param language the language of the name, not null
   * @return the name, not null
   * @throws IllegalArgumentException if the name is blank or has leading or trailing white space
   */
  public static MunicipalityName of(String name, NameLanguage language) {
    return new MunicipalityName(name, language);
  }

  /**
   * Returns the name as officially written, such as "Kárášjohka".
   *
   * @return the name, not blank
   */
  public String getName() {
    return name;
  }

  /**
   * Returns the language of the name.
   *
   * @return the language, not null
   */
  public NameLanguage getLanguage() {
    return language;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof MunicipalityName)) {
      return false;
    }
    MunicipalityName that = (MunicipalityName) other;
    return name.equals(that.name) && language == that.language;
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + language.hashCode();
  }

  /**
   * Returns the name and its language code, such as {@code Romsa (sme)}, for debugging; do not rely on its
   * structure.
   *
   * @return a human-readable text
   */
  @Override
  public String toString() {
    return name + " (" + language.getCode() + ")";
  }
}
