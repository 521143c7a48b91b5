package no.helseplan.validation;

import java.util.List;
import java.util.Optional;
import no.helseplan.text.WrittenStandard;
import no.helseplan.validation.internal.MarkerWordDetector;
import no.helseplan.vocabulary.Language;

/**
 * Tells which written standard (nb/nn: <i>målform</i>) a text is in, Bokmål or Nynorsk: what the rule
 * {@link Rule#LANGUAGE_MISMATCH} needs.
 *
 * <p>By default a {@link PlanValidator} uses {@link #standard()}, the marker-word detector of the core module;
 * pass another to {@link PlanValidator.Builder#writtenStandard(WrittenStandardDetector)}.
 *
 * <p>Implementation Requirements: implementations must be thread-safe, as one validator is shared.
 */
@FunctionalInterface
public interface WrittenStandardDetector {

  /**
   * Returns the written standard the text is in, or empty when the text does not say clearly.
   *
   * @param text  running Norwegian text, not null
   * @return {@link Language#NB} or {@link Language#NN}, or empty when unclear
   */
  Optional<Language> detect(String text);

  /**
   * Returns the written standard several texts are in taken together, such as a plan's titles, statements and
   * descriptions. By default this detects their join with sentence breaks ({@code ". "}); a detector that can
   * read the texts one by one may override it, with the same result.
   *
   * @param texts  running Norwegian texts, not null
   * @return {@link Language#NB} or {@link Language#NN}, or empty when unclear
   */
  default Optional<Language> detect(List<String> texts) {
    return detect(String.join(". ", texts));
  }

  /** The confidence from which {@link #standard()} trusts its guess: 0.8, three markers of one standard. */
  double MIN_CONFIDENCE = 0.8;

  /**
   * Obtains the core module's detector ({@link WrittenStandard#detect(CharSequence)}), trusting its guess from
   * a confidence of {@link #MIN_CONFIDENCE}.
   *
   * @return the detector, not null
   */
  static WrittenStandardDetector standard() {
    return MarkerWordDetector.INSTANCE;
  }
}
