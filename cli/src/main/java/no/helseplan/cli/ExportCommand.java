package no.helseplan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import no.helseplan.io.PlanReader;
import no.helseplan.io.csv.PlanCsv;
import no.helseplan.plan.Plan;
import no.helseplan.vocabulary.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code helseplan export}: writes the measures (nb/nn: <i>tiltak</i>) of plans as one CSV table. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Exports the measures (tiltak) of plan files as one CSV table (RFC 4180, UTF-8), one row per measure, "
          + "with column headings in nb, nn or en: the io module's CSV exporter.",
      "--csv - writes to standard output."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:exported",
      "1:some FILE is not a valid plan file",
      "2:usage error, or a file is missing, unreadable or cannot be written"
    })
final class ExportCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Plan files, .json, .yaml or .yml.")
  private List<Path> files = new ArrayList<>();

  @Option(names = "--csv", required = true, paramLabel = "OUT", description = "The CSV file to write, or -.")
  private Path csv;

  @Option(names = "--lang", defaultValue = "nb", paramLabel = "nb|nn|en",
      description = "The language of the column headings and messages: nb, nn or en. Default: ${DEFAULT-VALUE}.")
  private String lang;

  @Option(names = "--lenient", description = "Read leniently: unknown properties are warnings, not errors.")
  private boolean lenient;

  @Override
  public Integer call() {
    Language language = Options.language(spec, "--lang", lang, true);
    PlanReader reader = lenient ? PlanReader.lenient() : PlanReader.strict();
    PlanFiles.Read read = PlanFiles.readAll(files, reader, language, spec.commandLine().getErr());
    if (read.exitCode() != Helseplan.OK) {
      return read.exitCode();
    }
    List<Plan> plans = read.plans();
    String text = csv(plans, language);
    if (csv.toString().equals("-")) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    } else {
      try {
        Files.writeString(csv, text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        spec.commandLine().getErr().println("helseplan: " + csv + ": cannot be written: " + e.getMessage());
        return Helseplan.USAGE;
      }
    }
    return Helseplan.OK;
  }

  private static String csv(List<Plan> plans, Language language) {
    return PlanCsv.of(language).toString(plans);
  }
}
