package no.helseplan.io.internal;

import no.helseplan.measure.Resources;
import no.helseplan.responsibility.Responsibility;
import no.helseplan.timeframe.Timeframe;
import no.helseplan.timeframe.TimeframeContext;
import no.helseplan.timeframe.Unrecognised;
import no.helseplan.vocabulary.Language;

/** The three kinds of value a file may give as the municipality's own words or as a structured object. */
enum Verbatim {
  TIMEFRAME(Timeframe.class),
  RESOURCES(Resources.class),
  RESPONSIBILITY(Responsibility.class);

  private final Class<?> type;

  Verbatim(Class<?> type) {
    this.type = type;
  }

  /**
   * Returns the kind of a value type, or of the type a builder builds ({@link BuilderDeserializer#valueType}).
   */
  static @org.jspecify.annotations.Nullable Verbatim of(Class<?> type) {
    Class<?> valueType = BuilderDeserializer.valueType(type);
    for (Verbatim v : values()) {
      if (v.type.isAssignableFrom(valueType)) {
        return v;
      }
    }
    return null;
  }

  Object interpret(String text, Language language, TimeframeContext context) {
    switch (this) {
      case TIMEFRAME:
        return Timeframe.parse(text, language, context);
      case RESOURCES:
        return Resources.parse(text, language);
      default:
        return Responsibility.parse(text, language);
    }
  }

  /** The value kept when the interpreter fails: the words alone. */
  Object wordsOnly(String text) {
    switch (this) {
      case TIMEFRAME:
        return Unrecognised.of(text);
      case RESOURCES:
        return Resources.builder().text(text).build();
      default:
        return Responsibility.builder().text(text).build();
    }
  }

  static String text(Object value) {
    if (value instanceof Timeframe) {
      return ((Timeframe) value).getText();
    }
    if (value instanceof Resources) {
      return ((Resources) value).getText();
    }
    return ((Responsibility) value).getText();
  }
}
