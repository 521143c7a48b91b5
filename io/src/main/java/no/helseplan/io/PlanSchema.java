package no.helseplan.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import no.helseplan.io.internal.SchemaGeneration;

/**
 * The JSON Schema (draft 2020-12) of the plan file (nb/nn: <i>JSON-skjema for planfila</i>): the published
 * contract for applications, in any language, that write plan files this library reads.
 *
 * <p>The schema is generated from the model and committed as {@code
 * io/src/main/resources/no/helseplan/io/helseplan-plan.schema.json}, published in the jar at {@code
 * no/helseplan/io/helseplan-plan.schema.json}; a test fails when the two differ. It describes every property
 * (from the model's Javadoc), enum values in lower case with their nb / nn / en labels, and a time frame,
 * resources or responsibility as either the municipality's own string or a structured object ({@code anyOf}).
 * Objects allow no other properties, as the strict reader.
 *
 * <p>Implementation Requirements: a utility; stateless and thread-safe.
 */
public final class PlanSchema {
  /** The file name of the schema in the jar and in the source tree. */
  public static final String FILE_NAME = "helseplan-plan.schema.json";

  private PlanSchema() {}

  /**
   * Returns the published schema, as committed.
   *
   * @return the schema text, UTF-8 JSON
   * @throws UncheckedIOException if the jar lacks the schema
   */
  public static String published() {
    try (InputStream in = PlanSchema.class.getResourceAsStream(FILE_NAME)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException(FILE_NAME + " is missing from the io module"));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Generates the schema from the model as it is now; equal to {@link #published()} in a released jar.
   *
   * @return the schema text, canonical JSON with a final newline
   */
  public static String generate() {
    return new SchemaGeneration().generateText();
  }
}
