package no.helseplan.io.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads an enum from exactly the lower-case name of a constant ({@code action_plan}), as the file format
 * writes it; anything else goes to the problem handlers, which report it with the accepted values.
 */
final class LowerCaseEnumDeserializer extends StdDeserializer<Object> {
  private final Map<String, Object> byName = new HashMap<>();

  LowerCaseEnumDeserializer(Class<?> type) {
    super(type);
    for (Object constant : type.getEnumConstants()) {
      byName.put(((Enum<?>) constant).name().toLowerCase(Locale.ROOT), constant);
    }
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) {
    if (p.hasToken(JsonToken.VALUE_STRING)) {
      String text = p.getString();
      Object constant = byName.get(text);
      if (constant != null) {
        return constant;
      }
      return ctxt.handleWeirdStringValue(handledType(), text, "not one of the accepted values");
    }
    return ctxt.handleUnexpectedToken(getValueType(ctxt), p);
  }
}
