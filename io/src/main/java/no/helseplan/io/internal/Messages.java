package no.helseplan.io.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import no.helseplan.vocabulary.Language;
import org.jspecify.annotations.Nullable;

/**
 * Renders problem messages from the bundles {@code messages.properties} (English), {@code _en} (empty, so the
 * JVM's default locale never wins), {@code _nb} and {@code _nn}. A message has up to three arguments: what
 * was expected ({0}), what was found ({1}) and the subject ({2}); terms of the format (such as {@code date})
 * among them are translated through keys {@code term.*}.
 */
public final class Messages {
  /** The base name of the bundles. */
  public static final String BUNDLE = "no.helseplan.io.internal.messages";

  private Messages() {}

  /**
   * Returns the bundle of a language.
   *
   * @param language the language
   * @return the bundle
   */
  public static ResourceBundle bundle(Language language) {
    return ResourceBundle.getBundle(BUNDLE, language.toLocale());
  }

  /**
   * Renders a message.
   *
   * @param language the language
   * @param code the message key
   * @param expected what was expected, or null
   * @param found what was found, or null
   * @param subject the subject, or null
   * @return the message
   */
  public static String render(Language language, String code, @Nullable String expected, @Nullable String found,
      @Nullable String subject) {
    ResourceBundle bundle = bundle(language);
    String template;
    try {
      template = bundle.getString(code);
    } catch (MissingResourceException e) {
      template = bundle.getString("io.unknown-problem");
    }
    Locale locale = language.toLocale();
    return new MessageFormat(template, locale).format(new Object[] {
        term(bundle, expected, locale), term(bundle, found, locale), term(bundle, subject, locale), code});
  }

  private static String term(ResourceBundle bundle, @Nullable String value, Locale locale) {
    if (value == null) {
      return "";
    }
    if (value.startsWith("one-of:")) {
      String values = String.join(", ", value.substring("one-of:".length()).split("\\|"));
      return new MessageFormat(bundle.getString("term.one-of"), locale).format(new Object[] {values});
    }
    if (bundle.containsKey("term." + value)) {
      return bundle.getString("term." + value);
    }
    return value;
  }
}
