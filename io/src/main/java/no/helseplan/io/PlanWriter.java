package no.helseplan.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import no.helseplan.io.internal.Mappers;
import no.helseplan.io.internal.PlanDocument;
import no.helseplan.io.internal.WriteState;
import no.helseplan.plan.Plan;
import tools.jackson.databind.ObjectWriter;

/**
 * Writes a plan as a JSON or YAML file in canonical form (nb: <i>skriver planfiler</i>, nn: <i>skriv
 * planfiler</i>), so that plan files diff well in git.
 *
 * <p>The canonical form: {@code formatVersion: "1.0"} first, then the plan's properties in the order the model
 * declares them; absent values, empty lists and {@code false} left out; dates as ISO-8601 ({@code
 * 2026-02-12}); enum values as lower-case constant names ({@code action_plan}); two-space indentation, LF line
 * endings and a final newline, UTF-8. A time frame, resources or responsibility is written as the
 * municipality's plain string when reading that string back gives an equal value, and otherwise as a
 * structured object that keeps the text.
 *
 * <pre>{@code
 * PlanWriter.canonical().write(plan, Path.of("heroy-handlingsplan-2025.yaml"));
 * String json = PlanWriter.canonical().toString(plan, PlanFormat.JSON);
 * }</pre>
 *
 * <p>Implementation Requirements: immutable and thread-safe; share one instance.
 */
public final class PlanWriter {
  private static final PlanWriter CANONICAL = new PlanWriter();

  private final ObjectWriter json;
  private final ObjectWriter yaml;

  private PlanWriter() {
    this.json = Mappers.json(ReadLimits.defaults()).writerFor(PlanDocument.class);
    this.yaml = Mappers.yaml(ReadLimits.defaults()).writerFor(PlanDocument.class);
  }

  /**
   * Returns the writer of the canonical form.
   *
   * @return the writer
   */
  public static PlanWriter canonical() {
    return CANONICAL;
  }

  /**
   * Writes a plan as text.
   *
   * @param plan the plan, not null
   * @param format the format, not null
   * @return the document, ending with a newline
   */
  public String toString(Plan plan, PlanFormat format) {
    Objects.requireNonNull(plan, "plan");
    ObjectWriter writer = (Objects.requireNonNull(format, "format") == PlanFormat.JSON ? json : yaml)
        .withAttribute(WriteState.class, new WriteState(plan.getLanguage(), plan.getTimeframeContext()));
    String text = writer.writeValueAsString(new PlanDocument(PlanDocument.VERSION, plan));
    return text.endsWith("\n") ? text : text + "\n";
  }

  /**
   * Writes a plan to a file, in the format its extension names ({@code .json}, {@code .yaml}, {@code .yml}).
   *
   * @param plan the plan, not null
   * @param file the file, created or replaced
   * @throws IllegalArgumentException if the extension names no format
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(Plan plan, Path file) {
    PlanFormat format = PlanFormat.ofFileName(file).orElseThrow(() -> new IllegalArgumentException(
        "The file name " + file + " ends in neither .json, .yaml nor .yml; give the format explicitly"));
    write(plan, file, format);
  }

  /**
   * Writes a plan to a file in a given format.
   *
   * @param plan the plan, not null
   * @param file the file, created or replaced
   * @param format the format, not null
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(Plan plan, Path file, PlanFormat format) {
    try {
      Files.writeString(file, toString(plan, format), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a plan to a stream as UTF-8; the stream is flushed, not closed.
   *
   * @param plan the plan, not null
   * @param out the stream, not null
   * @param format the format, not null
   * @throws UncheckedIOException if the stream fails
   */
  public void write(Plan plan, OutputStream out, PlanFormat format) {
    try {
      out.write(toString(plan, format).getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a plan to a character stream; the writer is flushed, not closed.
   *
   * @param plan the plan, not null
   * @param out the writer, not null
   * @param format the format, not null
   * @throws UncheckedIOException if the writer fails
   */
  public void write(Plan plan, Writer out, PlanFormat format) {
    try {
      out.write(toString(plan, format));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
