package no.helseplan.io.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.helseplan.io.PlanReadException;
import no.helseplan.io.ProblemLocation;
import no.helseplan.io.ReadLimits;
import no.helseplan.io.ReadProblem;
import no.helseplan.io.Severity;
import no.helseplan.io.internal.InputText;
import no.helseplan.io.internal.Problems;
import no.helseplan.measure.Amount;
import no.helseplan.measure.Measure;
import no.helseplan.measure.MeasureStatus;
import no.helseplan.measure.ResourceNeed;
import no.helseplan.measure.Resources;
import no.helseplan.municipality.Municipality;
import no.helseplan.plan.FocusArea;
import no.helseplan.plan.Plan;
import no.helseplan.plan.PlanKind;
import no.helseplan.plan.PlanPeriod;
import no.helseplan.responsibility.Actor;
import no.helseplan.responsibility.Responsibility;
import no.helseplan.text.Bullet;
import no.helseplan.timeframe.Timeframe;
import no.helseplan.timeframe.TimeframeContext;
import no.helseplan.vocabulary.Language;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Plans as a tidy CSV table with one row per measure (nb: <i>tiltakstabell</i>, nn: <i>tiltakstabell</i>):
 * every measure at any depth, at the plan's own level and in its focus areas, with the columns of
 * {@link CsvColumn} and headers in Bokmål, Nynorsk or English.
 *
 * <pre>{@code
 * String table = PlanCsv.of(Language.NN).toString(List.of(plan));
 * List<Plan> plans = PlanCsv.of(Language.NN).read(Path.of("tiltak.csv"));
 * }</pre>
 *
 * <p>The text is UTF-8, RFC 4180: comma-separated, CRLF line endings, a field in double quotes when it holds a
 * comma, a quote (doubled) or a line break. Excel needs a byte-order mark to see UTF-8:
 * {@link #withByteOrderMark(boolean)}; R's {@code read.csv(fileEncoding = "UTF-8-BOM")} and pandas'
 * {@code encoding="utf-8-sig"} read either.
 *
 * <p>Reading takes a table of the same shape (headers in any of the three languages, in any order) back into
 * plans: one plan per plan id, measures grouped under focus areas by name in the order first seen. Time frame,
 * responsibility, resources and financing are read from their text with the parsers, in the plan's language
 * and period; the derived columns (dates, kinds, lead, partners, amounts) are for reading the table and are not
 * read back. Bullet points come back as the description's lines. Every bad cell is reported with its line and
 * column name in one {@link PlanReadException}. A spreadsheet may run formulas in cells starting with
 * {@code =}; values are written as they are in the plan.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class PlanCsv {
  private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING).build();
  private static final CsvSchema WRITE = CsvSchema.emptySchema().withLineSeparator("\r\n");
  private static final String JOIN = "; ";

  private final Language language;
  private final boolean byteOrderMark;

  private PlanCsv(Language language, boolean byteOrderMark) {
    this.language = language;
    this.byteOrderMark = byteOrderMark;
  }

  /**
   * Obtains the table format with headers in a language, without a byte-order mark.
   *
   * @param language the language of the headers
   * @return the format
   */
  public static PlanCsv of(Language language) {
    return new PlanCsv(language, false);
  }

  /**
   * Returns a copy that starts the text with a UTF-8 byte-order mark (for Excel), or not.
   *
   * @param mark whether to write the mark
   * @return the format
   */
  public PlanCsv withByteOrderMark(boolean mark) {
    return new PlanCsv(language, mark);
  }

  /**
   * Writes plans as a table.
   *
   * @param plans the plans, their measures in order
   * @return the CSV text
   */
  public String toString(List<Plan> plans) {
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    for (CsvColumn column : CsvColumn.values()) {
      header.add(column.getLabel(language));
    }
    rows.add(header);
    for (Plan plan : plans) {
      plan.getMeasures().forEach(m -> rows.add(row(plan, null, m)));
      for (FocusArea area : plan.getFocusAreas()) {
        area.getMeasures().forEach(m -> rows.add(row(plan, area, m)));
      }
    }
    String text = MAPPER.writer(WRITE).writeValueAsString(rows);
    return byteOrderMark ? "\uFEFF" + text : text;
  }

  /**
   * Writes plans as a table to a file, UTF-8.
   *
   * @param plans the plans
   * @param file the file, created or replaced
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(List<Plan> plans, Path file) {
    try {
      Files.writeString(file, toString(plans), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes plans as a table to a character stream; the writer is flushed, not closed.
   *
   * @param plans the plans
   * @param out the writer
   * @throws UncheckedIOException if the writer fails
   */
  public void write(List<Plan> plans, Writer out) {
    try {
      out.write(toString(plans));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> row(Plan plan, @Nullable FocusArea area, Measure measure) {
    Map<CsvColumn, String> cells = new EnumMap<>(CsvColumn.class);
    TimeframeContext context = plan.getTimeframeContext();
    cells.put(CsvColumn.MUNICIPALITY_NUMBER, plan.getMunicipality().getNumber());
    cells.put(CsvColumn.MUNICIPALITY, plan.getMunicipality().getName());
    cells.put(CsvColumn.PLAN_ID, plan.getId());
    cells.put(CsvColumn.PLAN_TITLE, plan.getTitle());
    cells.put(CsvColumn.PLAN_KIND, lower(plan.getKind()));
    cells.put(CsvColumn.LANGUAGE, plan.getLanguage().getCode());
    cells.put(CsvColumn.PERIOD, plan.getPeriod().map(PlanCsv::period).orElse(""));
    cells.put(CsvColumn.FOCUS_AREA, area == null ? "" : area.getName());
    cells.put(CsvColumn.GOALS, String.join(JOIN, measure.getGoals()));
    cells.put(CsvColumn.MEASURE_ID, measure.getId());
    cells.put(CsvColumn.MEASURE, measure.getTitle());
    cells.put(CsvColumn.DESCRIPTION, description(measure));
    measure.getTimeframe().ifPresent(t -> {
      cells.put(CsvColumn.TIMEFRAME, t.getText());
      cells.put(CsvColumn.EARLIEST, t.getEarliest(context).map(Object::toString).orElse(""));
      cells.put(CsvColumn.LATEST, t.getLatest(context).map(Object::toString).orElse(""));
      cells.put(CsvColumn.TIMEFRAME_KIND, lower(t.getKind()));
    });
    measure.getResponsibility().ifPresent(r -> {
      cells.put(CsvColumn.RESPONSIBILITY, r.getText());
      cells.put(CsvColumn.LEAD, r.getLead().map(Actor::getName).orElse(""));
      cells.put(CsvColumn.PARTNERS, r.getPartners().stream().map(Actor::getName).collect(Collectors.joining(JOIN)));
    });
    measure.getResources().ifPresent(r -> {
      cells.put(CsvColumn.RESOURCES, r.getText());
      cells.put(CsvColumn.RESOURCE_KINDS, r.getNeeds().stream().map(n -> lower(n.getKind()))
          .collect(Collectors.joining(JOIN)));
      cells.put(CsvColumn.RESOURCE_AMOUNTS, r.getNeeds().stream().map(PlanCsv::amount).filter(a -> !a.isEmpty())
          .collect(Collectors.joining(JOIN)));
    });
    measure.getFinancing().map(Resources::getText).ifPresent(t -> cells.put(CsvColumn.FINANCING, t));
    measure.getStatus().ifPresent(s -> cells.put(CsvColumn.STATUS, lower(s)));
    List<String> row = new ArrayList<>();
    for (CsvColumn column : CsvColumn.values()) {
      row.add(cells.getOrDefault(column, ""));
    }
    return row;
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  private static String period(PlanPeriod period) {
    return period.getStart().map(String::valueOf).orElse("") + "-" + period.getEnd().map(String::valueOf).orElse("");
  }

  private static String amount(ResourceNeed need) {
    if (need.getAmount().isEmpty()) {
      return "";
    }
    Amount amount = need.getAmount().get();
    String value = amount.isExact() ? amount.getMin().toPlainString()
        : amount.getMin().toPlainString() + "-" + amount.getMax().toPlainString();
    return need.getUnit().map(u -> value + " " + lower(u)).orElse(value);
  }

  /** The description, then the bullets as lines: "• text", sub-points indented "  – text". */
  private static String description(Measure measure) {
    StringBuilder text = new StringBuilder(measure.getDescription().orElse(""));
    for (Bullet bullet : measure.getBullets()) {
      bullets(bullet, 0, text);
    }
    return text.toString();
  }

  private static void bullets(Bullet bullet, int depth, StringBuilder text) {
    if (text.length() > 0) {
      text.append('\n');
    }
    text.append("  ".repeat(depth)).append(depth == 0 ? "• " : "– ").append(bullet.getText());
    for (Bullet child : bullet.getChildren()) {
      bullets(child, depth + 1, text);
    }
  }

  /**
   * Reads plans from a table in a file, UTF-8 with or without a byte-order mark.
   *
   * @param file the file
   * @return the plans, in the order their ids first appear
   * @throws PlanReadException with every problem found, each with its line and column name
   */
  public List<Plan> read(Path file) {
    return read(InputText.read(file, ReadLimits.defaults()), file.toString());
  }

  /**
   * Reads plans from a table; the reader is not closed.
   *
   * @param in the characters
   * @return the plans, in the order their ids first appear
   * @throws PlanReadException with every problem found, each with its line and column name
   */
  public List<Plan> read(Reader in) {
    return read(InputText.read(in, ReadLimits.defaults(), null), null);
  }

  /**
   * Reads plans from a table given as text.
   *
   * @param text the CSV text
   * @return the plans, in the order their ids first appear
   * @throws PlanReadException with every problem found, each with its line and column name
   */
  public List<Plan> read(String text) {
    return read(InputText.of(text, ReadLimits.defaults(), null), null);
  }

  private List<Plan> read(String text, @Nullable String source) {
    return new TableReader(source).read(text);
  }

  /** One read of one table. */
  private static final class TableReader {
    private final @Nullable String source;
    private final List<ReadProblem> problems = new ArrayList<>();
    private final Map<String, PlanRows> plans = new LinkedHashMap<>();

    TableReader(@Nullable String source) {
      this.source = source;
    }

    List<Plan> read(String text) {
      List<Record> records = records(text);
      if (!problems.isEmpty()) {
        throw new PlanReadException(problems);
      }
      if (records.isEmpty()) {
        throw new PlanReadException(List.of(Problems.error("io.empty", ProblemLocation.of(source, 1, 1, ""),
            "object", "end", null)));
      }
      Map<CsvColumn, Integer> index = header(records.get(0));
      if (!problems.isEmpty()) {
        throw new PlanReadException(problems);
      }
      for (int r = 1; r < records.size(); r++) {
        Record record = records.get(r);
        if (record.cells.size() == 1 && record.cells.get(0).isEmpty()) {
          continue;
        }
        Row row = new Row(record, index, r);
        String id = row.get(CsvColumn.PLAN_ID);
        if (id.isEmpty()) {
          problem(row, CsvColumn.PLAN_ID, "csv.missing-value", "string", "\"\"");
          continue;
        }
        plans.computeIfAbsent(id, k -> new PlanRows()).rows.add(row);
      }
      List<Plan> result = new ArrayList<>();
      for (Map.Entry<String, PlanRows> entry : plans.entrySet()) {
        Plan plan = plan(entry.getKey(), entry.getValue().rows);
        if (plan != null) {
          result.add(plan);
        }
      }
      if (!problems.isEmpty()) {
        throw new PlanReadException(problems);
      }
      return result;
    }

    private List<Record> records(String text) {
      List<Record> records = new ArrayList<>();
      try (JsonParser p = MAPPER.reader().with(CsvReadFeature.WRAP_AS_ARRAY)
          .with(CsvSchema.emptySchema()).createParser(new StringReader(text))) {
        JsonToken token;
        while ((token = p.nextToken()) != null) {
          if (token == JsonToken.START_ARRAY && p.streamReadContext().getParent() != null
              && p.streamReadContext().getParent().inArray()) {
            Record record = new Record(p.currentTokenLocation().getLineNr());
            while ((token = p.nextToken()) != JsonToken.END_ARRAY && token != null) {
              if (record.cells.isEmpty()) {
                record.line = p.currentTokenLocation().getLineNr();
              }
              record.cells.add(p.getString());
            }
            records.add(record);
          }
        }
      } catch (JacksonException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        problems.add(Problems.error("csv.syntax", ProblemLocation.of(source, line, 0, ""), null,
            String.valueOf(e.getOriginalMessage()), null));
      }
      return records;
    }

    private Map<CsvColumn, Integer> header(Record record) {
      Map<CsvColumn, Integer> index = new EnumMap<>(CsvColumn.class);
      for (int i = 0; i < record.cells.size(); i++) {
        String name = record.cells.get(i).trim();
        CsvColumn column = column(name);
        if (column == null) {
          problems.add(Problems.error("csv.unknown-column", ProblemLocation.of(source, record.line, i + 1,
              "/header/" + i), null, Problems.quote(name), name));
        } else {
          index.put(column, i);
        }
      }
      for (CsvColumn required : List.of(CsvColumn.MUNICIPALITY_NUMBER, CsvColumn.MUNICIPALITY, CsvColumn.PLAN_ID,
          CsvColumn.PLAN_TITLE, CsvColumn.PLAN_KIND, CsvColumn.LANGUAGE, CsvColumn.MEASURE_ID, CsvColumn.MEASURE)) {
        if (!index.containsKey(required)) {
          problems.add(Problems.error("csv.missing-column", ProblemLocation.of(source, record.line, 0, "/header"),
              null, null, required.getLabel(Language.EN)));
        }
      }
      return index;
    }

    private static @Nullable CsvColumn column(String name) {
      for (CsvColumn column : CsvColumn.values()) {
        for (Language language : Language.values()) {
          if (column.getLabel(language).equalsIgnoreCase(name)) {
            return column;
          }
        }
      }
      return null;
    }

    private @Nullable Plan plan(String id, List<Row> rows) {
      Row first = rows.get(0);
      int before = problems.size();
      for (Row row : rows) {
        for (CsvColumn column : List.of(CsvColumn.MUNICIPALITY_NUMBER, CsvColumn.MUNICIPALITY, CsvColumn.PLAN_TITLE,
            CsvColumn.PLAN_KIND, CsvColumn.LANGUAGE, CsvColumn.PERIOD)) {
          if (!row.get(column).equals(first.get(column))) {
            problems.add(Problems.error("csv.inconsistent", row.locate(column), null, Problems.quote(id),
                row.header(column)));
          }
        }
      }
      PlanKind kind = constant(first, CsvColumn.PLAN_KIND, PlanKind.class);
      Language language = constant(first, CsvColumn.LANGUAGE, Language.class);
      Optional<PlanPeriod> period = period(first);
      Municipality municipality = null;
      try {
        municipality = Municipality.of(first.get(CsvColumn.MUNICIPALITY_NUMBER), first.get(CsvColumn.MUNICIPALITY));
      } catch (RuntimeException e) {
        problem(first, CsvColumn.MUNICIPALITY_NUMBER, "csv.invalid-value", "a four-digit number",
            Problems.quote(first.get(CsvColumn.MUNICIPALITY_NUMBER)));
      }
      if (problems.size() > before || kind == null || language == null || municipality == null) {
        return null;
      }
      Plan.Builder plan = Plan.builder().id(id).title(first.get(CsvColumn.PLAN_TITLE)).kind(kind)
          .municipality(municipality).language(language).period(period);
      TimeframeContext context = period.map(PlanPeriod::toContext).orElse(TimeframeContext.none());
      Map<String, FocusArea.Builder> areas = new LinkedHashMap<>();
      for (Row row : rows) {
        Measure measure = measure(row, language, context);
        if (measure == null) {
          continue;
        }
        String area = row.get(CsvColumn.FOCUS_AREA);
        if (area.isEmpty()) {
          plan.addMeasures(measure);
        } else {
          areas.computeIfAbsent(area, name -> FocusArea.builder().id("omrade-" + (areas.size() + 1)).name(name))
              .addMeasures(measure);
        }
      }
      areas.values().forEach(a -> plan.addFocusAreas(a.build()));
      return problems.size() > before ? null : plan.build();
    }

    private @Nullable Measure measure(Row row, Language language, TimeframeContext context) {
      String id = row.get(CsvColumn.MEASURE_ID);
      String title = row.get(CsvColumn.MEASURE);
      if (id.isEmpty()) {
        problem(row, CsvColumn.MEASURE_ID, "csv.missing-value", "string", "\"\"");
      }
      if (title.isEmpty()) {
        problem(row, CsvColumn.MEASURE, "csv.missing-value", "string", "\"\"");
      }
      MeasureStatus status = row.get(CsvColumn.STATUS).isEmpty() ? null : constant(row, CsvColumn.STATUS,
          MeasureStatus.class);
      if (id.isEmpty() || title.isEmpty()) {
        return null;
      }
      Measure.Builder measure = Measure.builder().id(id).title(title);
      text(row, CsvColumn.DESCRIPTION).ifPresent(measure::description);
      for (String goal : row.get(CsvColumn.GOALS).split(";")) {
        if (!goal.isBlank()) {
          measure.addGoals(goal.trim());
        }
      }
      text(row, CsvColumn.TIMEFRAME).ifPresent(t -> measure.timeframe(Timeframe.parse(t, language, context)));
      text(row, CsvColumn.RESPONSIBILITY).ifPresent(t -> measure.responsibility(Responsibility.parse(t, language)));
      text(row, CsvColumn.RESOURCES).ifPresent(t -> measure.resources(Resources.parse(t, language)));
      text(row, CsvColumn.FINANCING).ifPresent(t -> measure.financing(Resources.parse(t, language)));
      if (status != null) {
        measure.status(status);
      }
      return measure.build();
    }

    private static Optional<String> text(Row row, CsvColumn column) {
      String value = row.get(column);
      return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private Optional<PlanPeriod> period(Row row) {
      String text = row.get(CsvColumn.PERIOD).trim();
      if (text.isEmpty()) {
        return Optional.empty();
      }
      int dash = text.indexOf('-');
      try {
        String start = dash < 0 ? text : text.substring(0, dash).trim();
        String end = dash < 0 ? text : text.substring(dash + 1).trim();
        PlanPeriod.Builder period = PlanPeriod.builder();
        if (!start.isEmpty()) {
          period.start(Integer.parseInt(start));
        }
        if (!end.isEmpty()) {
          period.end(Integer.parseInt(end));
        }
        return Optional.of(period.build());
      } catch (NumberFormatException e) {
        problem(row, CsvColumn.PERIOD, "csv.invalid-value", "2025-2028", Problems.quote(text));
        return Optional.empty();
      }
    }

    private <E extends Enum<E>> @Nullable E constant(Row row, CsvColumn column, Class<E> type) {
      String value = row.get(column);
      for (E constant : type.getEnumConstants()) {
        if (constant.name().toLowerCase(Locale.ROOT).equals(value)) {
          return constant;
        }
      }
      problem(row, column, "csv.invalid-value", Problems.expected(type), Problems.quote(value));
      return null;
    }

    private void problem(Row row, CsvColumn column, String code, @Nullable String expected, String found) {
      problems.add(ReadProblem.of(code, Severity.ERROR, row.locate(column), expected, found, row.header(column)));
    }

    private final class Row {
      private final Record record;
      private final Map<CsvColumn, Integer> index;
      private final int number;

      Row(Record record, Map<CsvColumn, Integer> index, int number) {
        this.record = record;
        this.index = index;
        this.number = number;
      }

      String get(CsvColumn column) {
        Integer i = index.get(column);
        return i == null || i >= record.cells.size() ? "" : record.cells.get(i);
      }

      String header(CsvColumn column) {
        return column.getLabel(Language.EN);
      }

      ProblemLocation locate(CsvColumn column) {
        Integer i = index.get(column);
        return ProblemLocation.of(source, record.line, i == null ? 0 : i + 1,
            "/rows/" + number + "/" + column.getLabel(Language.EN));
      }
    }
  }

  /** The rows of one plan. */
  private static final class PlanRows {
    final List<TableReader.Row> rows = new ArrayList<>();
  }

  /** One record of the table and the line it starts on. */
  private static final class Record {
    int line;
    final List<String> cells = new ArrayList<>();

    Record(int line) {
      this.line = line;
    }
  }
}
