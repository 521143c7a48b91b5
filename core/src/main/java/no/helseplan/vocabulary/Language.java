package no.helseplan.vocabulary;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A language a plan may be written in, or that the library labels its concepts in (nb: <i>språk /
 * målform</i>, nn: <i>språk / målform</i>).
 *
 * <p>Norwegian has two written standards: Bokmål ({@link #NB}) and Nynorsk ({@link #NN}). A plan's text is
 * written in one of them; English ({@link #EN}) is offered for labels and messages.
 */
public enum Language implements Labelled {
  /** Norwegian Bokmål. */
  NB("nb", Label.of("bokmål", "bokmål", "Norwegian Bokmål")),
  /** Norwegian Nynorsk. */
  NN("nn", Label.of("nynorsk", "nynorsk", "Norwegian Nynorsk")),
  /** English. */
  EN("en", Label.of("engelsk", "engelsk", "English"));

  private final String code;
  private final Label label;

  Language(String code, Label label) {
    this.code = code;
    this.label = label;
  }

  /**
   * Returns the ISO 639-1 code of this language: {@code nb}, {@code nn} or {@code en}.
   *
   * @return the two-letter code
   */
  public String getCode() {
    return code;
  }

  /**
   * Returns the locale of this language, for message formatting and resource bundles.
   *
   * @return the locale, such as {@code nn}
   */
  public Locale toLocale() {
    return Locale.forLanguageTag(code);
  }

  @Override
  public Label getLabel() {
    return label;
  }

  /**
   * Returns the order in which texts are looked up when this language is asked for and a text is missing:
   * nn falls back to nb and then en, nb to nn and then en, en to nb and then nn.
   *
   * @return this language first, then its fallbacks
   */
  public List<Language> getFallbackOrder() {
    switch (this) {
      case NN:
        return List.of(NN, NB, EN);
      case NB:
        return List.of(NB, NN, EN);
      default:
        return List.of(EN, NB, NN);
    }
  }

  /**
   * Finds the language of a code or locale tag, ignoring case and any region: {@code "nb"}, {@code "nn-NO"},
   * {@code "en_GB"}. The macro-language {@code no} is read as Bokmål, as the JDK does.
   *
   * @param code a language code or locale tag
   * @return the language, or empty when the code names no language of this enum
   */
  public static Optional<Language> ofCode(String code) {
    String lang = code.trim().replace('_', '-').toLowerCase(Locale.ROOT);
    int dash = lang.indexOf('-');
    if (dash >= 0) {
      lang = lang.substring(0, dash);
    }
    switch (lang) {
      case "nb":
      case "no":
      case "nob":
        return Optional.of(NB);
      case "nn":
      case "nno":
        return Optional.of(NN);
      case "en":
      case "eng":
        return Optional.of(EN);
      default:
        return Optional.empty();
    }
  }

  /**
   * Finds the language of a locale, as {@link #ofCode(String)} does for its language tag.
   *
   * @param locale the locale
   * @return the language, or empty when the locale's language is not nb, nn, no or en
   */
  public static Optional<Language> ofLocale(Locale locale) {
    return ofCode(locale.toLanguageTag());
  }
}
