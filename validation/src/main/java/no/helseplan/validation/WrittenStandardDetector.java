package no.helseplan.validation;

import java.util.Optional;
import no.helseplan.vocabulary.Language;

/**
 * Tells which written standard (nb/nn: <i>målform</i>) a text is in, Bokmål or Nynorsk: what the rule
 * {@link Rule#LANGUAGE_MISMATCH} needs.
 *
 * <p>Pass one to {@link PlanValidator.Builder#writtenStandard(WrittenStandardDetector)}; without one the rule
 * is not checked.
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
}
