package no.helseplan.io.internal;

import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.bean.BeanDeserializerBase;
import tools.jackson.databind.deser.bean.BeanPropertyMap;
import tools.jackson.databind.deser.bean.BuilderBasedDeserializer;
import tools.jackson.databind.deser.impl.ObjectIdReader;

/**
 * Reads a value type through its builder as its generated JSON delegate did: a builder method that refused a
 * value (a list with a null element) fails the value when it is built, after the rest of the object has been
 * read and its problems reported, as a failure to build it; and so does a value the {@link ProblemCollector}
 * left out.
 */
final class BuilderDeserializer extends BuilderBasedDeserializer {
  private static final long serialVersionUID = 1L;

  BuilderDeserializer(BuilderBasedDeserializer src) {
    super(src);
  }

  /**
   * Returns the value type a class stands for: the model's value types are read through their nested {@code
   * Builder} ({@code @JsonDeserialize(builder = Resources.Builder.class)}), and Jackson names such a deserializer
   * by the builder class.
   *
   * @param type a class Jackson reads
   * @return the class that declares {@code type} when {@code type} is a nested {@code Builder}, else {@code type}
   */
  static Class<?> valueType(Class<?> type) {
    Class<?> declaring = type.getDeclaringClass();
    return declaring != null && type.getSimpleName().equals("Builder") ? declaring : type;
  }

  /**
   * Reads an object's first property name with {@code nextToken()}, as the generated delegate's bean
   * deserializer did, so that a value missing after it is reported in the same words (the parser words it
   * differently after {@code nextNameMatch()}); the rest is the base class's loop over the properties.
   */
  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) {
    if (p.isExpectedStartObjectToken()) {
      p.nextToken();
      return finishBuild(ctxt, deserializeFromObject(p, ctxt));
    }
    return super.deserialize(p, ctxt);
  }

  @Override
  protected Object finishBuild(DeserializationContext ctxt, Object builder) {
    if (builder == null) {
      return leftOut(ctxt);
    }
    if (builder instanceof BuilderProperty.Refused) {
      return wrapInstantiationProblem(ctxt, ((BuilderProperty.Refused) builder).failure);
    }
    return super.finishBuild(ctxt, builder);
  }

  @Override
  protected Object _deserializeFromArray(JsonParser p, DeserializationContext ctxt) {
    Object value = super._deserializeFromArray(p, ctxt);
    return value == null ? leftOut(ctxt) : value;
  }

  /**
   * Fails a value that the {@link ProblemCollector} left out after reporting why (an array or a stray token where
   * its properties should be): the generated delegate failed to build from nothing, and the reader takes that
   * failure as a consequence of the problem already reported.
   */
  private Object leftOut(DeserializationContext ctxt) {
    return wrapInstantiationProblem(ctxt, new IllegalStateException("Nothing to build " + handledType().getName()
        + " from"));
  }

  private static BeanDeserializerBase keep(BeanDeserializerBase deserializer) {
    return deserializer instanceof BuilderBasedDeserializer && !(deserializer instanceof BuilderDeserializer)
        && deserializer.getClass() == BuilderBasedDeserializer.class
        ? new BuilderDeserializer((BuilderBasedDeserializer) deserializer) : deserializer;
  }

  @Override
  public BeanDeserializerBase withObjectIdReader(ObjectIdReader reader) {
    return keep(super.withObjectIdReader(reader));
  }

  @Override
  public BeanDeserializerBase withByNameInclusion(Set<String> ignorableProps, Set<String> includableProps) {
    return keep(super.withByNameInclusion(ignorableProps, includableProps));
  }

  @Override
  public BeanDeserializerBase withIgnoreAllUnknown(boolean ignoreUnknown) {
    return keep(super.withIgnoreAllUnknown(ignoreUnknown));
  }

  @Override
  public BeanDeserializerBase withBeanProperties(BeanPropertyMap props) {
    return keep(super.withBeanProperties(props));
  }
}
