package no.helseplan.io.internal;

import no.helseplan.io.Severity;
import no.helseplan.timeframe.TimeframeContext;
import no.helseplan.vocabulary.Language;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.jsontype.TypeDeserializer;

/**
 * Reads a time frame, resources or responsibility written either as the municipality's own string, which it
 * interprets with the plan's language and time-frame context (from the {@link ReadState} attribute), or as a
 * structured object, which it leaves to the wrapped deserializer.
 */
final class VerbatimDeserializer extends DelegatingDeserializer {
  private final Verbatim kind;

  VerbatimDeserializer(ValueDeserializer<?> delegate, Verbatim kind) {
    super(delegate);
    this.kind = kind;
  }

  @Override
  protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
    return new VerbatimDeserializer(delegate, kind);
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) {
    if (p.hasToken(JsonToken.VALUE_STRING)) {
      return interpret(p, ctxt);
    }
    return super.deserialize(p, ctxt);
  }

  @Override
  public Object deserializeWithType(JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer) {
    if (p.hasToken(JsonToken.VALUE_STRING)) {
      return interpret(p, ctxt);
    }
    return super.deserializeWithType(p, ctxt, typeDeserializer);
  }

  private Object interpret(JsonParser p, DeserializationContext ctxt) {
    // The JSON parser holds the phrase as characters: look it up there, and make a string only if it is new.
    // (Read before the interpreter's try: an error of the parser is not a failure to interpret.)
    String text = p.hasStringCharacters() ? null : p.getString();
    char[] chars = text != null ? null : p.getStringCharacters();
    int offset = text != null ? 0 : p.getStringOffset();
    int length = text != null ? text.length() : p.getStringLength();
    Object attribute = ctxt.getAttribute(ReadState.class);
    ReadState state = attribute instanceof ReadState ? (ReadState) attribute : null;
    Language language = state != null ? state.language() : Language.NB;
    TimeframeContext context = state != null ? state.context() : TimeframeContext.none();
    int year = state != null ? state.referenceYear() : PhraseMemo.yearOf(context);
    if (state != null) {
      state.interpreted();
    }
    try {
      return text != null
          ? PhraseMemo.interpret(kind, text.toCharArray(), 0, length, text, language, context, year)
          : PhraseMemo.interpret(kind, chars, offset, length, null, language, context, year);
    } catch (RuntimeException e) {
      String words = text != null ? text : p.getString();
      if (state != null) {
        state.add(p, "io.interpretation-failed", Severity.WARNING, null, Problems.quote(words), null);
      }
      return kind.wordsOnly(words);
    }
  }
}
