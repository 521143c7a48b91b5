package no.helseplan.io.internal;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.SettableBeanProperty;

/**
 * A property of a value type read through its builder, for which no value is no call: a {@code null} in the
 * file, or a value that a {@link ProblemCollector} has reported and left out, leaves the builder as it is, so
 * that a required property is then reported missing rather than the builder's null check failing. A builder
 * method that refuses a value (a list with a null element) leaves a {@link Refused} in the builder's place:
 * the rest of the object is still read, and {@link BuilderDeserializer} fails the value when it would be built.
 */
final class BuilderProperty extends SettableBeanProperty.Delegating {
  private static final long serialVersionUID = 1L;

  BuilderProperty(SettableBeanProperty delegate) {
    super(delegate);
  }

  @Override
  protected SettableBeanProperty withDelegate(SettableBeanProperty delegate) {
    return new BuilderProperty(delegate);
  }

  @Override
  public void deserializeAndSet(JsonParser p, DeserializationContext ctxt, Object instance) {
    set(ctxt, instance, delegate.deserialize(p, ctxt));
  }

  @Override
  public Object deserializeSetAndReturn(JsonParser p, DeserializationContext ctxt, Object instance) {
    return setAndReturn(ctxt, instance, delegate.deserialize(p, ctxt));
  }

  @Override
  public void set(DeserializationContext ctxt, Object instance, Object value) {
    setAndReturn(ctxt, instance, value);
  }

  @Override
  public Object setAndReturn(DeserializationContext ctxt, Object instance, Object value) {
    if (value == null || instance instanceof Refused) {
      return instance;
    }
    try {
      return delegate.setAndReturn(ctxt, instance, value);
    } catch (JacksonException e) {
      throw e;
    } catch (RuntimeException e) {
      return new Refused(e);
    }
  }

  /** Stands for a builder that refused a value, with the builder's exception. */
  static final class Refused {
    final RuntimeException failure;

    Refused(RuntimeException failure) {
      this.failure = failure;
    }
  }
}
