package no.helseplan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import no.helseplan.io.PlanReader;
import no.helseplan.io.Severity;
import no.helseplan.validation.PlanValidator;
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
 * {@code helseplan validate}: reads plan files and reports every finding (nb/nn: <i>funn</i>), located and in
 * Bokmål, Nynorsk or English.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validates plan files (planfiler, .json/.yaml/.yml): the file format (filformat), then the plan's content",
      "against every rule (regel) - unique ids, known goals (mål), time frames (tidsfrist) within the plan "
          + "period, a lead (ansvarleg) for each measure (tiltak), ...",
      "",
      "Text output is one finding a line, like a compiler's:",
      "  FILE:LINE:COLUMN: SEVERITY CODE [POINTER]: MESSAGE",
      "Findings of the content are located by JSON pointer (such as /focusAreas/2/measures/3/timeframe), "
          + "printed in brackets and mapped to the line and column where that value, or the nearest enclosing "
          + "one present in the file, starts.",
      "JSON output is an array with one validation report (valideringsrapport) per file:",
      "  {\"file\", \"language\", \"valid\", \"counts\", \"findings\": [{\"code\", \"severity\", \"pointer\", "
          + "\"line\", \"column\", \"value\", \"message\"}]}"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no file has an error (feil); warnings (åtvaringar) are allowed",
      "1:some file has an error, in the format or the content",
      "2:usage error, or a file is missing or unreadable"
    })
final class ValidateCommand implements Callable<Integer> {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Spec
  private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Plan files, .json, .yaml or .yml.")
  private List<Path> files = new ArrayList<>();

  @Option(names = "--lang", defaultValue = "nb", paramLabel = "nb|nn|en",
      description = "The language of the messages (målform): nb, nn or en. Default: ${DEFAULT-VALUE}.")
  private String lang;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
      description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  private OutputFormat format;

  @Option(names = "--lenient",
      description = "Read leniently: unknown properties are warnings, not errors.")
  private boolean lenient;

  @Override
  public Integer call() {
    Language language = Options.language(spec, "--lang", lang, true);
    PlanReader reader = lenient ? PlanReader.lenient() : PlanReader.strict();
    PlanValidator validator = PlanValidator.forLanguage(language);
    boolean invalid = false;
    boolean unusable = false;
    ArrayNode reports = JSON.createArrayNode();
    for (Path file : files) {
      FileValidation validation;
      try {
        validation = FileValidation.of(file, reader, validator);
      } catch (PlanFiles.UnusableFileException e) {
        spec.commandLine().getErr().println("helseplan: " + e.getMessage());
        unusable = true;
        continue;
      }
      invalid |= !validation.getReport().isValid();
      if (format == OutputFormat.json) {
        ObjectNode node = JSON.createObjectNode();
        node.put("file", file.toString());
        node.setAll((ObjectNode) JSON.readTree(validation.getReport().toJson()));
        reports.add(node);
      } else {
        validation.lines().forEach(spec.commandLine().getOut()::println);
        spec.commandLine().getOut().println(file + ": " + verdict(validation, language));
      }
    }
    if (format == OutputFormat.json) {
      spec.commandLine().getOut().println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(reports));
    }
    return unusable ? Helseplan.USAGE : invalid ? Helseplan.INVALID : Helseplan.OK;
  }

  private static String verdict(FileValidation validation, Language language) {
    int errors = validation.getReport().count(Severity.ERROR);
    int warnings = validation.getReport().count(Severity.WARNING);
    String counts = Severity.ERROR.getLabel(language).toLowerCase(language.toLocale()) + ": " + errors + ", "
        + Severity.WARNING.getLabel(language).toLowerCase(language.toLocale()) + ": " + warnings;
    return (validation.getReport().isValid() ? "OK" : "INVALID") + " (" + counts + ")";
  }
}
