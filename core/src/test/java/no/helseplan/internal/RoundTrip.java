package no.helseplan.internal;

import tools.jackson.databind.json.JsonMapper;

/** Writes a value as JSON with Jackson's defaults and reads it back: a check that the annotations bind. */
public final class RoundTrip {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private RoundTrip() {}

  /**
   * Writes the value as JSON and reads it back as the type.
   *
   * @param value the value
   * @param type the abstract value type
   * @param <T> the type
   * @return the value read back
   */
  public static <T> T json(T value, Class<T> type) {
    return MAPPER.readValue(MAPPER.writeValueAsString(value), type);
  }

  /**
   * Writes the value as JSON.
   *
   * @param value the value
   * @return the JSON text
   */
  public static String write(Object value) {
    return MAPPER.writeValueAsString(value);
  }
}
