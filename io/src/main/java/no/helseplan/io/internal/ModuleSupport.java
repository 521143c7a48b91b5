package no.helseplan.io.internal;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.helseplan.timeframe.CalendarPoint;
import no.helseplan.timeframe.Frequency;
import no.helseplan.timeframe.Ongoing;
import no.helseplan.timeframe.Point;
import no.helseplan.timeframe.Recurring;
import no.helseplan.timeframe.Relative;
import no.helseplan.timeframe.RelativeAnchor;
import no.helseplan.timeframe.Span;
import no.helseplan.timeframe.Timeframe;
import no.helseplan.timeframe.Unrecognised;
import no.helseplan.timeframe.Unspecified;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.BeanDeserializerBuilder;
import tools.jackson.databind.deser.SettableBeanProperty;
import tools.jackson.databind.deser.bean.BuilderBasedDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.jsontype.NamedType;
import tools.jackson.databind.ser.ValueSerializerModifier;

/** The modifiers behind {@link no.helseplan.io.PlanModule}. */
public final class ModuleSupport {
  private ModuleSupport() {}

  /**
   * Returns the deserializer modifier: verbatim-or-structured values and lower-case enums.
   *
   * @return the modifier
   */
  public static ValueDeserializerModifier deserializerModifier() {
    return new Deserializers();
  }

  /**
   * Returns the serializer modifier: verbatim-or-structured values.
   *
   * @return the modifier
   */
  public static ValueSerializerModifier serializerModifier() {
    return new Serializers();
  }

  /**
   * Returns the names of the time-frame shapes bound to their implementation classes, so that the writer
   * writes {@code kind: point} rather than the name of a generated class.
   *
   * @return the named types
   */
  public static NamedType[] timeframeTypes() {
    CalendarPoint year = CalendarPoint.ofYear(2000);
    Timeframe[] samples = {
      Ongoing.of("x"),
      Recurring.builder().text("x").frequency(Frequency.YEARLY).build(),
      Point.builder().text("x").at(year).build(),
      Span.builder().text("x").from(year).to(year).build(),
      Relative.builder().text("x").duration(Period.ZERO).anchor(RelativeAnchor.LASTING).build(),
      Unspecified.of("x"),
      Unrecognised.of("x")
    };
    NamedType[] types = new NamedType[samples.length];
    for (int i = 0; i < samples.length; i++) {
      types[i] = new NamedType(samples[i].getClass(), samples[i].getKind().name().toLowerCase(Locale.ROOT));
    }
    return types;
  }

  private static final class Deserializers extends ValueDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier beanDesc,
        ValueDeserializer<?> deserializer) {
      ValueDeserializer<?> built = deserializer.getClass() == BuilderBasedDeserializer.class
          ? new BuilderDeserializer((BuilderBasedDeserializer) deserializer) : deserializer;
      Verbatim kind = Verbatim.of(beanDesc.getBeanClass());
      return kind == null ? built : new VerbatimDeserializer(built, kind);
    }

    /** Reads the properties of a value type read through its builder with {@link BuilderProperty}. */
    @Override
    public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription.Supplier beanDesc,
        BeanDeserializerBuilder builder) {
      if (builder.getBuildMethod() == null) {
        return builder;
      }
      List<SettableBeanProperty> properties = new ArrayList<>();
      builder.getProperties().forEachRemaining(properties::add);
      for (SettableBeanProperty property : properties) {
        if (!(property instanceof BuilderProperty)) {
          builder.addOrReplaceProperty(new BuilderProperty(property), true);
        }
      }
      return builder;
    }

    @Override
    public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
        BeanDescription.Supplier beanDesc, ValueDeserializer<?> deserializer) {
      return new LowerCaseEnumDeserializer(type.getRawClass());
    }
  }

  private static final class Serializers extends ValueSerializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public ValueSerializer<?> modifySerializer(SerializationConfig config, BeanDescription.Supplier beanDesc,
        ValueSerializer<?> serializer) {
      Verbatim kind = Verbatim.of(beanDesc.getBeanClass());
      return kind == null ? serializer : new VerbatimSerializer(serializer, kind);
    }
  }
}
