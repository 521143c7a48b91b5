package no.helseplan.municipality;

import java.util.Locale;
import java.util.Optional;
import no.helseplan.vocabulary.Label;
import no.helseplan.vocabulary.Labelled;

/**
 * The language of an official municipality name (nb: <i>språk for kommunenamnet</i>, nn: <i>språk for
 * kommunenamnet</i>): Norwegian, one of the three Sami languages used in Norwegian municipality names, or Kven.
 *
 * <p>A municipality in the administrative area for Sami language (nb: <i>forvaltningsområdet for samisk
 * språk</i>) or with a Kven population may have official names in several languages (nb/nn: <i>samisk namn</i>,
 * <i>kvensk namn</i>), such as 5612 Guovdageaidnu / Kautokeino or 5622 Porsanger / Porsáŋgu / Porsanki. Each
 * constant carries its ISO 639-3 code, which the register file uses.
 *
 * <p>Norwegian names are not marked as Bokmål or Nynorsk: a municipality name is the same in both.
 */
public enum NameLanguage implements Labelled {
  /** Norwegian (nb/nn: norsk), ISO 639-3 {@code nor}. */
  NORWEGIAN("nor", Label.of("norsk", "norsk", "Norwegian")),
  /** Northern Sami (nb/nn: nordsamisk), ISO 639-3 {@code sme}, such as "Guovdageaidnu". */
  NORTHERN_SAMI("sme", Label.of("nordsamisk", "nordsamisk", "Northern Sami")),
  /** Lule Sami (nb/nn: lulesamisk), ISO 639-3 {@code smj}, such as "Hábmer". */
  LULE_SAMI("smj", Label.of("lulesamisk", "lulesamisk", "Lule Sami")),
  /** Southern Sami (nb/nn: sørsamisk), ISO 639-3 {@code sma}, such as "Snåase". */
  SOUTHERN_SAMI("sma", Label.of("sørsamisk", "sørsamisk", "Southern Sami")),
  /** Kven (nb/nn: kvensk), ISO 639-3 {@code fkv}, such as "Porsanki". */
  KVEN("fkv", Label.of("kvensk", "kvensk", "Kven"));

  private final String code;
  private final Label label;

  NameLanguage(String code, Label label) {
    this.code = code;
    this.label = label;
  }

  /**
   * Returns the ISO 639-3 code of this language, as written in the register file: {@code nor}, {@code sme},
   * {@code smj}, {@code sma} or {@code fkv}.
   *
   * @return the three-letter code, not null
   */
  public String getCode() {
    return code;
  }

  @Override
  public Label getLabel() {
    return label;
  }

  /**
   * Finds the language of an ISO 639-3 code, ignoring case and surrounding white space.
   *
   * @param code the code, such as {@code "sme"}, not null
   * @return the language, or empty when the code is not one of this enum's
   */
  public static Optional<NameLanguage> ofCode(String code) {
    String wanted = code.trim().toLowerCase(Locale.ROOT);
    for (NameLanguage language : values()) {
      if (language.code.equals(wanted)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }
}
