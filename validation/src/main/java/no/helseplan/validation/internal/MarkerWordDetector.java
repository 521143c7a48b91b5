package no.helseplan.validation.internal;

import java.util.List;
import java.util.Optional;
import no.helseplan.text.WrittenStandard;
import no.helseplan.validation.WrittenStandardDetector;
import no.helseplan.vocabulary.Language;

/**
 * The detector {@link WrittenStandardDetector#standard()} returns: the core module's marker words
 * ({@link WrittenStandard}), trusted from {@link WrittenStandardDetector#MIN_CONFIDENCE}. It reads several texts
 * one by one, without joining them into one string.
 */
public final class MarkerWordDetector implements WrittenStandardDetector {
  /** The one instance; it holds nothing. */
  public static final MarkerWordDetector INSTANCE = new MarkerWordDetector();

  private MarkerWordDetector() {}

  @Override
  public Optional<Language> detect(String text) {
    return trusted(WrittenStandard.detect(text));
  }

  @Override
  public Optional<Language> detect(List<String> texts) {
    return trusted(WrittenStandard.detect(texts));
  }

  private static Optional<Language> trusted(WrittenStandard standard) {
    return standard.getConfidence() >= MIN_CONFIDENCE ? standard.getGuess() : Optional.empty();
  }
}
