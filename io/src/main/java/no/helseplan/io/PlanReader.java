package no.helseplan.io;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import no.helseplan.io.internal.DocumentReader;
import no.helseplan.io.internal.InputText;
import no.helseplan.io.internal.Mappers;
import no.helseplan.io.internal.Problems;
import no.helseplan.plan.Plan;
import org.jspecify.annotations.Nullable;

/**
 * Reads a plan from a JSON or YAML file (nb: <i>leser planfiler</i>, nn: <i>les planfiler</i>), safely on
 * untrusted input.
 *
 * <pre>{@code
 * Plan plan = PlanReader.strict().read(Path.of("heroy-handlingsplan-2025.yaml"));
 * ReadResult result = PlanReader.lenient().readWithWarnings(Path.of("plan.json"));
 * }</pre>
 *
 * <p>A {@link #strict() strict} reader (the default) rejects unknown properties and a missing format version;
 * a {@link #lenient() lenient} one leaves unknown properties out and reports them as warnings. Both reject
 * every other problem. Every problem found is carried by one {@link PlanReadException}, with its location
 * (file, line, column, JSON Pointer), code and message in nb, nn and en. Input beyond the {@link ReadLimits}
 * fails fast.
 *
 * <p>A time frame, resources, responsibility or project-role holders given as a plain string is interpreted
 * with the plan's own language and time-frame context, whatever the order of the properties in the file.
 *
 * <p>Implementation Requirements: immutable and thread-safe; share one instance.
 */
public final class PlanReader {
  private static final PlanReader STRICT = new PlanReader(true, ReadLimits.defaults());
  private static final PlanReader LENIENT = new PlanReader(false, ReadLimits.defaults());

  private final boolean strict;
  private final ReadLimits limits;
  private final DocumentReader json;
  private final DocumentReader yaml;

  private PlanReader(boolean strict, ReadLimits limits) {
    this.strict = strict;
    this.limits = limits;
    this.json = new DocumentReader(Mappers.json(limits), false, limits);
    this.yaml = new DocumentReader(Mappers.yaml(limits), true, limits);
  }

  /**
   * Returns the strict reader with the default limits: unknown properties are errors.
   *
   * @return the strict reader
   */
  public static PlanReader strict() {
    return STRICT;
  }

  /**
   * Returns the lenient reader with the default limits: unknown properties are left out and reported as
   * warnings.
   *
   * @return the lenient reader
   */
  public static PlanReader lenient() {
    return LENIENT;
  }

  /**
   * Returns a reader like this one with other limits.
   *
   * @param limits the limits, not null
   * @return the reader
   */
  public PlanReader withLimits(ReadLimits limits) {
    return limits.equals(this.limits) ? this : new PlanReader(strict, Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Tells whether this reader rejects unknown properties.
   *
   * @return true for a strict reader
   */
  public boolean isStrict() {
    return strict;
  }

  /**
   * Returns the limits this reader sets on input.
   *
   * @return the limits
   */
  public ReadLimits getLimits() {
    return limits;
  }

  /**
   * Reads a plan from a file, in the format its extension names ({@code .json}, {@code .yaml}, {@code .yml}).
   *
   * @param file the file, not null
   * @return the plan
   * @throws PlanReadException if the file cannot be read as a plan, with every problem found
   * @throws IllegalArgumentException if the extension names no format
   */
  public Plan read(Path file) {
    return readWithWarnings(file).getPlan();
  }

  /**
   * Reads a plan from a file in a given format.
   *
   * @param file the file, not null
   * @param format the format, not null
   * @return the plan
   * @throws PlanReadException if the file cannot be read as a plan, with every problem found
   */
  public Plan read(Path file, PlanFormat format) {
    return readWithWarnings(file, format).getPlan();
  }

  /**
   * Reads a plan from a stream of UTF-8 bytes; the stream is not closed.
   *
   * @param in the stream, not null
   * @param format the format, not null
   * @return the plan
   * @throws PlanReadException if the input cannot be read as a plan, with every problem found
   */
  public Plan read(InputStream in, PlanFormat format) {
    return readWithWarnings(in, format).getPlan();
  }

  /**
   * Reads a plan from characters; the reader is not closed.
   *
   * @param in the reader, not null
   * @param format the format, not null
   * @return the plan
   * @throws PlanReadException if the input cannot be read as a plan, with every problem found
   */
  public Plan read(Reader in, PlanFormat format) {
    return readWithWarnings(in, format).getPlan();
  }

  /**
   * Reads a plan from a string.
   *
   * @param text the document, not null
   * @param format the format, not null
   * @return the plan
   * @throws PlanReadException if the text cannot be read as a plan, with every problem found
   */
  public Plan read(String text, PlanFormat format) {
    return readWithWarnings(text, format).getPlan();
  }

  /**
   * Reads a plan from a file, in the format its extension names, with the warnings found.
   *
   * @param file the file, not null
   * @return the plan and the warnings
   * @throws PlanReadException if the file cannot be read as a plan, with every problem found
   * @throws IllegalArgumentException if the extension names no format
   */
  public ReadResult readWithWarnings(Path file) {
    PlanFormat format = PlanFormat.ofFileName(file).orElseThrow(() -> new IllegalArgumentException(
        "The file name " + file + " ends in neither .json, .yaml nor .yml; give the format explicitly"));
    return readWithWarnings(file, format);
  }

  /**
   * Reads a plan from a file in a given format, with the warnings found.
   *
   * @param file the file, not null
   * @param format the format, not null
   * @return the plan and the warnings
   * @throws PlanReadException if the file cannot be read as a plan, with every problem found
   */
  public ReadResult readWithWarnings(Path file, PlanFormat format) {
    return parse(InputText.read(file, limits), format, file.toString());
  }

  /**
   * Reads a plan from a stream of UTF-8 bytes, with the warnings found; the stream is not closed.
   *
   * @param in the stream, not null
   * @param format the format, not null
   * @return the plan and the warnings
   * @throws PlanReadException if the input cannot be read as a plan, with every problem found
   */
  public ReadResult readWithWarnings(InputStream in, PlanFormat format) {
    return parse(InputText.read(in, limits, null), format, null);
  }

  /**
   * Reads a plan from characters, with the warnings found; the reader is not closed.
   *
   * @param in the reader, not null
   * @param format the format, not null
   * @return the plan and the warnings
   * @throws PlanReadException if the input cannot be read as a plan, with every problem found
   */
  public ReadResult readWithWarnings(Reader in, PlanFormat format) {
    return parse(InputText.read(in, limits, null), format, null);
  }

  /**
   * Reads a plan from a string, with the warnings found.
   *
   * @param text the document, not null
   * @param format the format, not null
   * @return the plan and the warnings
   * @throws PlanReadException if the text cannot be read as a plan, with every problem found
   */
  public ReadResult readWithWarnings(String text, PlanFormat format) {
    return parse(InputText.of(text, limits, null), format, null);
  }

  private ReadResult parse(String text, PlanFormat format, @Nullable String source) {
    Objects.requireNonNull(format, "format");
    if (text.isBlank()) {
      throw new PlanReadException(List.of(Problems.error("io.empty", ProblemLocation.of(source, 1, 1, ""),
          "object", "end", null)));
    }
    return (format == PlanFormat.JSON ? json : yaml).read(text, source, strict);
  }

  /**
   * Describes the reader, for debugging; do not rely on its structure.
   *
   * @return such as {@code PlanReader[strict, ReadLimits[...]]}
   */
  @Override
  public String toString() {
    return "PlanReader[" + (strict ? "strict" : "lenient") + ", " + limits + "]";
  }
}
