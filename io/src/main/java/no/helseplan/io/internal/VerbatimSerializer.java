package no.helseplan.io.internal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.jsontype.TypeSerializer;

/**
 * Writes a time frame, resources or responsibility as the municipality's plain string when interpreting that
 * string in the plan's language and context (the {@link WriteState} attribute) gives back an equal value;
 * otherwise as a structured object (which keeps the text), through the wrapped serializer.
 */
final class VerbatimSerializer extends ValueSerializer<Object> {
  private final ValueSerializer<Object> delegate;
  private final Verbatim kind;

  @SuppressWarnings("unchecked")
  VerbatimSerializer(ValueSerializer<?> delegate, Verbatim kind) {
    this.delegate = (ValueSerializer<Object>) delegate;
    this.kind = kind;
  }

  @Override
  public void serialize(Object value, JsonGenerator g, SerializationContext ctxt) {
    if (plain(value, ctxt)) {
      g.writeString(Verbatim.text(value));
    } else {
      delegate.serialize(value, g, ctxt);
    }
  }

  @Override
  public void serializeWithType(Object value, JsonGenerator g, SerializationContext ctxt, TypeSerializer ts) {
    if (plain(value, ctxt)) {
      g.writeString(Verbatim.text(value));
    } else {
      delegate.serializeWithType(value, g, ctxt, ts);
    }
  }

  private boolean plain(Object value, SerializationContext ctxt) {
    Object attribute = ctxt.getAttribute(WriteState.class);
    if (!(attribute instanceof WriteState)) {
      return false;
    }
    WriteState state = (WriteState) attribute;
    try {
      return value.equals(kind.interpret(Verbatim.text(value), state.language(), state.context()));
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Override
  public void resolve(SerializationContext ctxt) {
    delegate.resolve(ctxt);
  }

  @Override
  public ValueSerializer<?> createContextual(SerializationContext ctxt, BeanProperty property) {
    ValueSerializer<?> contextual = delegate.createContextual(ctxt, property);
    return contextual == delegate ? this : new VerbatimSerializer(contextual, kind);
  }

  @Override
  public boolean isEmpty(SerializationContext ctxt, Object value) {
    return delegate.isEmpty(ctxt, value);
  }

  @Override
  public Class<?> handledType() {
    return delegate.handledType();
  }

  @Override
  public ValueSerializer<?> getDelegatee() {
    return delegate;
  }
}
