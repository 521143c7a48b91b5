package no.helseplan.examples.programs;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.helseplan.analysis.MeasureInContext;
import no.helseplan.analysis.PlanCorpus;
import no.helseplan.analysis.Table;
import no.helseplan.examples.Examples;
import no.helseplan.measure.Resources;
import no.helseplan.plan.FocusArea;
import no.helseplan.plan.Plan;
import no.helseplan.responsibility.Responsibility;
import no.helseplan.timeframe.Timeframe;

/**
 * Exports every measure (nb/nn: <i>tiltak</i>) of the bundled plans to CSV, one row per measure with its
 * municipality, plan, focus area, the municipality's own words for time frame, responsibility, resources and
 * financing, and their interpretation (kind of time frame, earliest and latest date, kind of lead). Written with
 * the analysis API's {@link Table#writeCsv(Appendable)}: UTF-8, comma-separated, quoted where needed, CRLF.
 *
 * <pre>{@code
 * java -cp cli/target/helseplan.jar no.helseplan.examples.programs.ExportMeasures tiltak.csv
 * }</pre>
 */
public final class ExportMeasures {
  private static final List<String> COLUMNS = List.of("municipality", "municipality_number", "plan", "focus_area",
      "id", "title", "timeframe", "timeframe_kind", "earliest", "latest", "responsibility", "lead_kind",
      "resources", "financing");

  private ExportMeasures() {
  }

  /**
   * Makes the table of all measures of the given plans.
   *
   * @param plans the plans, not null
   * @return one row per measure, in the order of {@link PlanCorpus#getMeasures()}, not null
   */
  public static Table table(List<Plan> plans) {
    List<List<Object>> rows = new ArrayList<>();
    for (MeasureInContext m : PlanCorpus.of(plans).getMeasures()) {
      rows.add(List.of(
          m.getMunicipality().getName(),
          m.getMunicipality().getNumber(),
          m.getPlan().getId(),
          m.getFocusArea().map(FocusArea::getName).orElse(""),
          m.getId(),
          m.getTitle(),
          m.getTimeframe().map(Timeframe::getText).orElse(""),
          m.getTimeframeKind().map(k -> k.name().toLowerCase(Locale.ROOT)).orElse(""),
          m.getEarliest().<Object>map(d -> d).orElse(""),
          m.getLatest().<Object>map(d -> d).orElse(""),
          m.getResponsibility().map(Responsibility::getText).orElse(""),
          m.getLeadKind().map(k -> k.name().toLowerCase(Locale.ROOT)).orElse(""),
          m.getResources().map(Resources::getText).orElse(""),
          m.getFinancing().map(Resources::getText).orElse("")));
    }
    return Table.of(COLUMNS, rows);
  }

  /**
   * Writes the CSV of every measure of the five bundled plans to the file named by the first argument, or to
   * standard output when none is given, and reports the number of rows in Nynorsk on standard error.
   *
   * @param args optionally, the path of the CSV file to write
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Table table = table(Examples.all());
    if (args.length == 0) {
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      table.writeCsv(out);
      out.flush();
    } else {
      try (Writer out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
        table.writeCsv(out);
      }
    }
    System.err.println("Skreiv " + table.getRowCount() + " tiltak frå " + Examples.names().size() + " planar"
        + (args.length == 0 ? "" : " til " + args[0]));
  }
}
