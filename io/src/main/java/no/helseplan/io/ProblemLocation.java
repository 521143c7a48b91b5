package no.helseplan.io;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where in a plan file a problem was found (nb/nn: <i>stad / sted</i>): the file, the line and column (both
 * counted from 1), and the JSON Pointer of the value, such as {@code /focusAreas/2/measures/3/timeframe}.
 *
 * <p>For a CSV file the column is the number of the field in its row, and the pointer names the row (counted
 * from 1 after the header) and the column's English header: {@code /rows/12/Time frame}.
 *
 * <p>Implementation Requirements: immutable and thread-safe, a value type.
 */
public final class ProblemLocation {
  private final @Nullable String source;
  private final int line;
  private final int column;
  private final String pointer;

  private ProblemLocation(@Nullable String source, int line, int column, String pointer) {
    this.source = source;
    this.line = line;
    this.column = column;
    this.pointer = Objects.requireNonNull(pointer, "pointer");
  }

  /**
   * Obtains a location.
   *
   * @param source the file name or other description of the input, or null when unknown
   * @param line the line, from 1; 0 when unknown
   * @param column the column, from 1; 0 when unknown
   * @param pointer the JSON Pointer of the value, {@code ""} for the whole document, not null
   * @return the location
   */
  public static ProblemLocation of(@Nullable String source, int line, int column, String pointer) {
    return new ProblemLocation(source, Math.max(0, line), Math.max(0, column), pointer);
  }

  /**
   * Returns the file name or other description of the input.
   *
   * @return the source, or empty when the input was given without a name
   */
  public Optional<String> getSource() {
    return Optional.ofNullable(source);
  }

  /**
   * Returns the line, counted from 1.
   *
   * @return the line, or 0 when unknown
   */
  public int getLine() {
    return line;
  }

  /**
   * Returns the column, counted from 1, in characters.
   *
   * @return the column, or 0 when unknown
   */
  public int getColumn() {
    return column;
  }

  /**
   * Returns the JSON Pointer (RFC 6901) of the value, such as {@code /measures/3/timeframe}.
   *
   * @return the pointer; {@code ""} for the document as a whole
   */
  public String getPointer() {
    return pointer;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ProblemLocation)) {
      return false;
    }
    ProblemLocation that = (ProblemLocation) other;
    return line == that.line && column == that.column && Objects.equals(source, that.source)
        && pointer.equals(that.pointer);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, line, column, pointer);
  }

  /**
   * Returns the location as {@code file:line:column pointer}, such as {@code plan.yaml:12:5
   * /measures/3/timeframe}; human-readable, do not rely on its structure.
   *
   * @return the location as text
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    if (source != null) {
      text.append(source);
    }
    if (line > 0) {
      text.append(source != null ? ":" : "").append(line);
      if (column > 0) {
        text.append(':').append(column);
      }
    }
    if (!pointer.isEmpty()) {
      text.append(text.length() > 0 ? " " : "").append(pointer);
    }
    return text.length() == 0 ? "/" : text.toString();
  }
}
