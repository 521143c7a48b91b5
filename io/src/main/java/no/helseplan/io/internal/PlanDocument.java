package no.helseplan.io.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import no.helseplan.plan.Plan;

/**
 * A plan file as written: {@code formatVersion} first, then the plan's properties.
 *
 * @param formatVersion the format version, such as "1.0"
 * @param plan the plan
 */
@JsonPropertyOrder({PlanDocument.FORMAT_VERSION})
public record PlanDocument(@JsonProperty(FORMAT_VERSION) String formatVersion, @JsonUnwrapped Plan plan) {
  /** The name of the format-version property. */
  public static final String FORMAT_VERSION = "formatVersion";
  /** The major version this library reads and writes. */
  public static final int MAJOR = 1;
  /** The minor version this library writes. */
  public static final int MINOR = 0;
  /** The version this library writes: {@value}. */
  public static final String VERSION = "1.0";
}
