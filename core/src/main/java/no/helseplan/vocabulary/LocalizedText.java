package no.helseplan.vocabulary;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A text given in one or more languages (nb/nn: <i>tekst på fleire språk / flere språk</i>), such as a plan
 * title with an English translation. Unlike a {@link Label}, any of the three may be missing: asking for a
 * missing language falls back in the order of {@link Language#getFallbackOrder()} (nn → nb → en; nb → nn →
 * en).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLocalizedText.class)
@JsonDeserialize(builder = LocalizedText.Builder.class)
public abstract class LocalizedText {
  LocalizedText() {}

  /**
   * Returns a new builder of localized texts.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains a text in one language.
   *
   * @param language the language
   * @param text the text
   * @return the localized text
   */
  public static LocalizedText of(Language language, String text) {
    return builder().putTexts(language, text).build();
  }

  /**
   * Returns the texts by language.
   *
   * @return the texts, at least one
   */
  public abstract Map<Language, String> getTexts();

  /**
   * Returns the text in a language, falling back to the others in the language's fallback order.
   *
   * @param language the language asked for
   * @return the text in that language or its nearest fallback
   */
  public String in(Language language) {
    for (Language candidate : language.getFallbackOrder()) {
      String text = getTexts().get(candidate);
      if (text != null) {
        return text;
      }
    }
    throw new IllegalStateException("A localized text has at least one language");
  }

  /**
   * Returns the text in exactly one language, without falling back.
   *
   * @param language the language
   * @return the text, or empty when not given in that language
   */
  public Optional<String> exactly(Language language) {
    return Optional.ofNullable(getTexts().get(language));
  }

  @Value.Check
  void check() {
    if (getTexts().isEmpty()) {
      throw new IllegalStateException("A localized text needs a text in at least one language");
    }
  }

  /** Builds {@link LocalizedText} values; obtain one with {@link LocalizedText#builder()}. */
  public static final class Builder extends ImmutableLocalizedText.Builder {
    Builder() {}
  }
}
