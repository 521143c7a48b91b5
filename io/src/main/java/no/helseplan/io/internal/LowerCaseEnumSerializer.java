package no.helseplan.io.internal;

import java.util.Locale;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes an enum as the lower-case name of its constant, for the java.time enums ({@code month: august},
 * {@code weekday: tuesday}) that Jackson would otherwise write as numbers.
 */
public final class LowerCaseEnumSerializer extends StdSerializer<Enum<?>> {
  /**
   * Creates the serializer of an enum type.
   *
   * @param type the enum type
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public LowerCaseEnumSerializer(Class<? extends Enum<?>> type) {
    super((Class) type);
  }

  @Override
  public void serialize(Enum<?> value, JsonGenerator g, SerializationContext ctxt) {
    g.writeString(value.name().toLowerCase(Locale.ROOT));
  }
}
