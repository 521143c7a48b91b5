package no.helseplan.io.internal;

import no.helseplan.io.Severity;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;

/**
 * Records recoverable problems in the {@link ReadState} and lets the read go on, so that one pass reports
 * every unknown property and every value of the wrong type or form: the value is skipped and left out.
 */
final class ProblemCollector extends DeserializationProblemHandler {

  private static ReadState state(DeserializationContext ctxt) {
    Object attribute = ctxt.getAttribute(ReadState.class);
    return attribute instanceof ReadState ? (ReadState) attribute : null;
  }

  @Override
  public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deserializer,
      Object beanOrClass, String propertyName) {
    ReadState state = state(ctxt);
    if (state == null) {
      return false;
    }
    if (PlanDocument.FORMAT_VERSION.equals(propertyName) && atRoot(p)) {
      if (p.currentToken() != null && p.currentToken().isScalarValue()) {
        state.lateVersion(p.getString(), state.locate(p));
      }
      p.skipChildren();
      return true;
    }
    state.add(p, "io.unknown-property", state.strict() ? Severity.ERROR : Severity.WARNING, null, null,
        propertyName);
    p.skipChildren();
    return true;
  }

  private static boolean atRoot(JsonParser p) {
    TokenStreamContext context = p.streamReadContext();
    if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
      context = context.getParent();
    }
    return context != null && context.getParent() != null && context.getParent().inRoot();
  }

  @Override
  public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
      String failureMsg) {
    ReadState state = state(ctxt);
    if (state == null) {
      return NOT_HANDLED;
    }
    state.add(p, "io.wrong-type", Severity.ERROR, Problems.expected(targetType), Problems.found(t, p), null);
    p.skipChildren();
    return null;
  }

  @Override
  public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
      String failureMsg) {
    ReadState state = state(ctxt);
    if (state == null) {
      return NOT_HANDLED;
    }
    state.add(ctxt.getParser(), "io.invalid-value", Severity.ERROR, Problems.expected(targetType),
        Problems.quote(valueToConvert), null);
    return null;
  }

  @Override
  public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
      String failureMsg) {
    ReadState state = state(ctxt);
    if (state == null) {
      return NOT_HANDLED;
    }
    state.add(ctxt.getParser(), "io.invalid-value", Severity.ERROR, Problems.expected(targetType),
        String.valueOf(valueToConvert), null);
    return null;
  }
}
