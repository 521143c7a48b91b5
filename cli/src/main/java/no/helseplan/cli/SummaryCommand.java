package no.helseplan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import no.helseplan.analysis.MeasureInContext;
import no.helseplan.analysis.PlanCorpus;
import no.helseplan.analysis.Table;
import no.helseplan.io.PlanReader;
import no.helseplan.plan.Plan;
import no.helseplan.timeframe.TimeframeKind;
import no.helseplan.vocabulary.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code helseplan summary}: counts what plans hold (nb/nn: <i>oversikt</i>), with the five bundled real plans
 * when no file is given. The counts come from the analysis API ({@link PlanCorpus}).
 */
@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    description = {
      "Summarises plans (oversikt): per plan the focus areas (innsatsområde), goals (mål), strategies "
          + "(strategiar) and measures (tiltak); the mix of time-frame kinds (tidsfrist); measures per kind of "
          + "responsible lead (ansvarleg); and resource totals (ressursar: årsverk, kroner).",
      "With no FILE it summarises the five real plans bundled with Helseplan: Herøy, Sør-Varanger, "
          + "Hustadvika, Voss and Rødøy.",
      "Goals, strategies and measures are counted at any depth (sub-goals and the measures of every focus "
          + "area included).",
      "JSON output is a stable contract, an array with one object per plan:",
      "  {\"plan\": TITLE, \"id\", \"municipality\": {\"number\", \"name\"}, \"language\", \"focusAreas\", "
          + "\"goals\", \"strategies\", \"measures\", \"timeframeKinds\": {KIND: count}, "
          + "\"measuresWithoutTimeframe\"}",
      "where \"plan\" is the plan's title (tittel), \"id\" its id, KIND each of ongoing, recurring, point, "
          + "span, relative, unspecified, unrecognised (all seven always present)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:all plans were read",
      "1:some file is not a valid plan file",
      "2:usage error, or a file is missing or unreadable"
    })
final class SummaryCommand implements Callable<Integer> {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Spec
  private CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FILE",
      description = "Plan files, .json, .yaml or .yml; none: the five bundled plans.")
  private List<Path> files = new ArrayList<>();

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
      description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  private OutputFormat format;

  @Option(names = "--lang", defaultValue = "en", paramLabel = "nb|nn|en",
      description = "The language of the table headings (text output): nb, nn or en. Default: ${DEFAULT-VALUE}.")
  private String lang;

  @Option(names = "--lenient", description = "Read leniently: unknown properties are warnings, not errors.")
  private boolean lenient;

  @Override
  public Integer call() {
    Language language = Options.language(spec, "--lang", lang, true);
    List<Plan> plans;
    if (files.isEmpty()) {
      plans = PlanFiles.bundled();
    } else {
      PlanReader reader = lenient ? PlanReader.lenient() : PlanReader.strict();
      PlanFiles.Read read = PlanFiles.readAll(files, reader, language, spec.commandLine().getErr());
      if (read.exitCode() != Helseplan.OK) {
        return read.exitCode();
      }
      plans = read.plans();
    }
    PlanCorpus corpus = PlanCorpus.of(plans);
    if (format == OutputFormat.json) {
      spec.commandLine().getOut().println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json(plans)));
    } else {
      text(corpus, language);
    }
    return Helseplan.OK;
  }

  /** The JSON contract: one object per plan. */
  static ArrayNode json(List<Plan> plans) {
    ArrayNode array = JSON.createArrayNode();
    for (Plan plan : plans) {
      PlanCorpus one = PlanCorpus.of(plan);
      ObjectNode node = array.addObject();
      node.put("plan", plan.getTitle());
      node.put("id", plan.getId());
      ObjectNode municipality = node.putObject("municipality");
      municipality.put("number", plan.getMunicipality().getNumber());
      municipality.put("name", plan.getMunicipality().getName());
      node.put("language", plan.getLanguage().getCode());
      node.put("focusAreas", plan.getFocusAreas().size());
      node.put("goals", one.getGoals().size());
      node.put("strategies", one.getStrategies().size());
      node.put("measures", one.getMeasures().size());
      Map<TimeframeKind, Integer> kinds = new EnumMap<>(TimeframeKind.class);
      for (TimeframeKind kind : TimeframeKind.values()) {
        kinds.put(kind, 0);
      }
      int without = 0;
      for (MeasureInContext measure : one.getMeasures()) {
        if (measure.getTimeframeKind().isPresent()) {
          kinds.merge(measure.getTimeframeKind().get(), 1, Integer::sum);
        } else {
          without++;
        }
      }
      ObjectNode kindNode = node.putObject("timeframeKinds");
      kinds.forEach((kind, count) -> kindNode.put(kind.name().toLowerCase(Locale.ROOT), count));
      node.put("measuresWithoutTimeframe", without);
    }
    return array;
  }

  private void text(PlanCorpus corpus, Language language) {
    List<List<Object>> rows = new ArrayList<>();
    for (Plan plan : corpus.getPlans()) {
      PlanCorpus one = PlanCorpus.of(plan);
      rows.add(List.of(plan.getMunicipality().getName(), plan.getId(), plan.getLanguage().getCode(),
          (long) plan.getFocusAreas().size(), (long) one.getGoals().size(), (long) one.getStrategies().size(),
          (long) one.getMeasures().size()));
    }
    Table counts = Table.of(List.of(heading("Municipality", "Kommune", "Kommune", language), "Plan",
        heading("Language", "Målform", "Målform", language),
        heading("Focus areas", "Innsatsområder", "Innsatsområde", language),
        heading("Goals", "Mål", "Mål", language),
        heading("Strategies", "Strategier", "Strategiar", language),
        heading("Measures", "Tiltak", "Tiltak", language)), rows);
    section(heading("Plans", "Planer", "Planar", language), counts);
    section(heading("Measures by kind of time frame", "Tiltak etter slag tidsfrist", "Tiltak etter slag tidsfrist",
        language), corpus.countByTimeframeKind(language));
    section(heading("Measures by kind of lead", "Tiltak etter slag ansvarlig", "Tiltak etter slag ansvarleg",
        language), corpus.countByLeadKind(language));
    section(heading("Resources", "Ressurser", "Ressursar", language), corpus.resourceTotals(language));
  }

  private void section(String title, Table table) {
    spec.commandLine().getOut().println(title);
    spec.commandLine().getOut().println();
    spec.commandLine().getOut().println(table.toString().stripTrailing());
    spec.commandLine().getOut().println();
  }

  private static String heading(String en, String nb, String nn, Language language) {
    return language == Language.NB ? nb : language == Language.NN ? nn : en;
  }
}
