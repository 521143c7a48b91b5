package no.helseplan.validation;

import java.util.Optional;
import no.helseplan.text.WrittenStandard;
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

  /** The confidence from which {@link #standard()} trusts its guess: 0.8, three markers of one standard. */
  double MIN_CONFIDENCE = 0.8;

  /**
   * Obtains the core module's detector ({@link WrittenStandard#detect(CharSequence)}), trusting its guess from
   * a confidence of {@link #MIN_CONFIDENCE}.
   *
   * @return the detector, not null
   */
  static WrittenStandardDetector standard() {
    return text -> {
      WrittenStandard standard = WrittenStandard.detect(text);
      return standard.getConfidence() >= MIN_CONFIDENCE ? standard.getGuess() : Optional.empty();
    };
  }
}
