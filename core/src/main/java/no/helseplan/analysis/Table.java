package no.helseplan.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A small table of results (nb/nn: <i>tabell</i>): named columns and rows of cells, as the analyses of a
 * {@link PlanCorpus} return them. It prints as aligned text in JShell and exports to CSV.
 *
 * <pre>{@code
 * Table table = corpus.countByTimeframeKind(Language.NN);
 * table                                   // JShell prints it aligned, numbers to the right
 * table.get(0, "Jamleg")                  // 43L
 * table.writeCsv(new FileWriter("tidsfrist.csv", StandardCharsets.UTF_8))
 * }</pre>
 *
 * <p>A cell is a {@link String}, a whole number ({@link Long}; {@link Integer}s are stored as {@code Long}), a
 * {@link BigDecimal} or a {@link LocalDate}; a missing value is the empty string. Numbers and dates are written
 * without grouping, with a full stop as decimal separator, the same in every locale: {@code 0.231},
 * {@code 2026-12-31}.
 *
 * <p>Implementation Requirements: immutable and thread-safe; equal tables have equal columns and cells.
 */
public final class Table {
  /** The widest a cell is printed by {@link #toString()}; longer text ends in an ellipsis. */
  static final int MAX_PRINTED_WIDTH = 60;

  private final List<String> columns;
  private final List<List<Object>> rows;

  private Table(List<String> columns, List<List<Object>> rows) {
    this.columns = columns;
    this.rows = rows;
  }

  /**
   * Obtains a table from its column names and rows.
   *
   * <pre>{@code
   * Table t = Table.of(List.of("Kommune", "Tiltak"), List.of(List.of("Herøy", 65), List.of("Voss", 51)));
   * }</pre>
   *
   * @param columns the column names, not blank, distinct
   * @param rows the rows, each with one cell per column: a String, Long, Integer, BigDecimal or LocalDate
   * @return the table
   * @throws IllegalArgumentException if a column name is blank or repeated, a row has the wrong number of
   *     cells, or a cell is of another type; the message names the row and column
   * @throws NullPointerException if a column name, row or cell is null
   */
  public static Table of(List<String> columns, List<? extends List<?>> rows) {
    List<String> names = List.copyOf(columns);
    for (int c = 0; c < names.size(); c++) {
      if (names.get(c).isBlank()) {
        throw new IllegalArgumentException("Column " + (c + 1) + " has a blank name");
      }
      if (names.indexOf(names.get(c)) != c) {
        throw new IllegalArgumentException("Column " + (c + 1) + " repeats the name '" + names.get(c) + "'");
      }
    }
    List<List<Object>> copy = new ArrayList<>(rows.size());
    for (int r = 0; r < rows.size(); r++) {
      List<?> row = Objects.requireNonNull(rows.get(r), "row " + (r + 1));
      if (row.size() != names.size()) {
        throw new IllegalArgumentException("Row " + (r + 1) + " has " + row.size() + " cells; the table has "
            + names.size() + " columns");
      }
      List<Object> cells = new ArrayList<>(row.size());
      for (int c = 0; c < row.size(); c++) {
        cells.add(cell(row.get(c), r, names.get(c)));
      }
      copy.add(Collections.unmodifiableList(cells));
    }
    return new Table(names, Collections.unmodifiableList(copy));
  }

  private static Object cell(Object value, int row, String column) {
    if (value == null) {
      throw new NullPointerException("Row " + (row + 1) + ", column '" + column + "' is null; use \"\" for none");
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof String || value instanceof Long || value instanceof BigDecimal
        || value instanceof LocalDate) {
      return value;
    }
    throw new IllegalArgumentException("Row " + (row + 1) + ", column '" + column + "' holds a "
        + value.getClass().getSimpleName() + "; a cell is a String, Long, BigDecimal or LocalDate");
  }

  /**
   * Returns the names of the columns, in order.
   *
   * @return the column names, not null
   */
  public List<String> getColumns() {
    return columns;
  }

  /**
   * Returns the rows, each a list with one cell per column.
   *
   * @return the rows, not null
   */
  public List<List<Object>> getRows() {
    return rows;
  }

  /**
   * Returns the number of rows, not counting the header.
   *
   * @return the number of rows
   */
  public int getRowCount() {
    return rows.size();
  }

  /**
   * Returns one cell.
   *
   * @param row the index of the row, from 0
   * @param column the name of the column
   * @return the cell, not null
   * @throws IllegalArgumentException if the table has no such column
   * @throws IndexOutOfBoundsException if the table has no such row
   */
  public Object get(int row, String column) {
    return rows.get(row).get(indexOf(column));
  }

  /**
   * Returns the cells of one column, top to bottom.
   *
   * @param column the name of the column
   * @return the cells, not null
   * @throws IllegalArgumentException if the table has no such column
   */
  public List<Object> getColumn(String column) {
    int index = indexOf(column);
    List<Object> cells = new ArrayList<>(rows.size());
    rows.forEach(r -> cells.add(r.get(index)));
    return Collections.unmodifiableList(cells);
  }

  private int indexOf(String column) {
    int index = columns.indexOf(column);
    if (index < 0) {
      throw new IllegalArgumentException("The table has no column '" + column + "'; its columns are " + columns);
    }
    return index;
  }

  /**
   * Writes the table as CSV (RFC 4180): a header line of column names, then one line per row, lines ended by
   * CRLF, fields separated by commas. A field that holds a comma, a double quote, a line break or leading or
   * trailing white space is enclosed in double quotes, and its double quotes are doubled.
   *
   * <pre>{@code
   * try (Writer out = Files.newBufferedWriter(Path.of("tiltak.csv"))) { table.writeCsv(out); }
   * }</pre>
   *
   * @param out where to write, such as a {@link java.io.Writer} or {@link StringBuilder}
   * @throws IOException if writing fails
   */
  public void writeCsv(Appendable out) throws IOException {
    writeCsvLine(out, new ArrayList<>(columns));
    for (List<Object> row : rows) {
      writeCsvLine(out, row);
    }
  }

  /**
   * Returns the table as CSV, as {@link #writeCsv(Appendable)} writes it.
   *
   * @return the CSV text
   */
  public String toCsv() {
    StringBuilder csv = new StringBuilder();
    try {
      writeCsv(csv);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return csv.toString();
  }

  private static void writeCsvLine(Appendable out, List<Object> cells) throws IOException {
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        out.append(',');
      }
      out.append(csvField(text(cells.get(c))));
    }
    out.append("\r\n");
  }

  static String csvField(String text) {
    boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0 || (!text.isEmpty() && (Character.isWhitespace(text.charAt(0))
        || Character.isWhitespace(text.charAt(text.length() - 1))));
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  static String text(Object cell) {
    if (cell instanceof BigDecimal) {
      return ((BigDecimal) cell).toPlainString();
    }
    return cell.toString();
  }

  /**
   * Returns the table as aligned text for reading in JShell: a header row, a rule, then the rows; columns as
   * wide as their widest cell, numbers aligned to the right, text to the left. Widths count characters as
   * they are seen, so "å" written as "a" and a combining ring is one wide. Line breaks and tabs in a cell are
   * shown as spaces, and a cell wider than 60 characters is cut and ends in "…". Not for parsing: use
   * {@link #writeCsv(Appendable)}.
   *
   * @return the table as text
   */
  @Override
  public String toString() {
    int count = columns.size();
    List<List<String>> shown = new ArrayList<>();
    List<String> header = new ArrayList<>();
    columns.forEach(c -> header.add(printable(c)));
    shown.add(header);
    boolean[] numeric = new boolean[count];
    for (int c = 0; c < count; c++) {
      boolean anyNumber = false;
      boolean allNumbers = true;
      for (List<Object> row : rows) {
        Object cell = row.get(c);
        if (cell instanceof Number) {
          anyNumber = true;
        } else if (!"".equals(cell)) {
          allNumbers = false;
        }
      }
      numeric[c] = anyNumber && allNumbers;
    }
    for (List<Object> row : rows) {
      List<String> line = new ArrayList<>();
      row.forEach(cell -> line.add(printable(text(cell))));
      shown.add(line);
    }
    int[] widths = new int[count];
    for (List<String> line : shown) {
      for (int c = 0; c < count; c++) {
        widths[c] = Math.max(widths[c], width(line.get(c)));
      }
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < shown.size(); i++) {
      List<String> line = shown.get(i);
      StringBuilder text = new StringBuilder();
      for (int c = 0; c < count; c++) {
        if (c > 0) {
          text.append("  ");
        }
        String cell = line.get(c);
        String pad = " ".repeat(widths[c] - width(cell));
        text.append(numeric[c] ? pad + cell : cell + pad);
      }
      out.append(stripTrailing(text)).append('\n');
      if (i == 0) {
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < count; c++) {
          rule.append(c > 0 ? "  " : "").append("-".repeat(widths[c]));
        }
        out.append(rule).append('\n');
      }
    }
    return out.toString();
  }

  private static String stripTrailing(StringBuilder text) {
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    return text.substring(0, end);
  }

  /** The cell as one line, composed (NFC), cut to {@link #MAX_PRINTED_WIDTH}. */
  private static String printable(String text) {
    String line = Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\\r\\n\\t]+", " ");
    if (width(line) <= MAX_PRINTED_WIDTH) {
      return line;
    }
    StringBuilder cut = new StringBuilder();
    int seen = 0;
    int i = 0;
    while (i < line.length()) {
      int cp = line.codePointAt(i);
      int w = zeroWidth(cp) ? 0 : 1;
      if (seen + w > MAX_PRINTED_WIDTH - 1) {
        break;
      }
      cut.appendCodePoint(cp);
      seen += w;
      i += Character.charCount(cp);
    }
    return cut.append('…').toString();
  }

  /**
   * The number of columns a text takes on a terminal: code points, not counting combining marks and
   * invisible format characters.
   */
  static int width(String text) {
    return (int) text.codePoints().filter(cp -> !zeroWidth(cp)).count();
  }

  private static boolean zeroWidth(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT;
  }

  /**
   * Tells whether another object is a table with the same columns and cells.
   *
   * @param other the other object
   * @return true when equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Table && columns.equals(((Table) other).columns) && rows.equals(((Table) other).rows);
  }

  /**
   * Returns a hash code of the columns and cells.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(columns, rows);
  }
}
