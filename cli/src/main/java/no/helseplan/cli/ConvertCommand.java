package no.helseplan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.helseplan.io.PlanFormat;
import no.helseplan.io.PlanReadException;
import no.helseplan.io.PlanReader;
import no.helseplan.io.PlanWriter;
import no.helseplan.plan.Plan;
import no.helseplan.vocabulary.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code helseplan convert}: rewrites a plan file (nb/nn: <i>planfil</i>) as canonical JSON or YAML. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Converts a plan file (planfil) between JSON and YAML, chosen by the extensions (.json, .yaml, .yml), "
          + "and writes it in canonical form: formatVersion first, properties in the model's order, absent "
          + "values left out, the municipality's own words kept verbatim.",
      "IN and OUT may have the same format: that normalises the file. OUT - writes to standard output as YAML."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:converted",
      "1:IN is not a valid plan file",
      "2:usage error, or a file is missing, unreadable or cannot be written"
    })
final class ConvertCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IN", description = "The plan file to read.")
  private Path in;

  @Parameters(index = "1", paramLabel = "OUT", description = "The file to write (overwritten), or -.")
  private Path out;

  @Option(names = "--lenient", description = "Read leniently: unknown properties are warnings, not errors.")
  private boolean lenient;

  @Option(names = "--lang", defaultValue = "nb", paramLabel = "nb|nn|en",
      description = "The language of error messages: nb, nn or en. Default: ${DEFAULT-VALUE}.")
  private String lang;

  @Override
  public Integer call() {
    Language language = Options.language(spec, "--lang", lang, true);
    boolean toStdout = out.toString().equals("-");
    Plan plan;
    try {
      PlanFormat inFormat = PlanFiles.check(in);
      PlanFormat outFormat = toStdout ? PlanFormat.YAML : PlanFiles.formatOf(out);
      plan = (lenient ? PlanReader.lenient() : PlanReader.strict()).read(in, inFormat);
      if (toStdout) {
        spec.commandLine().getOut().print(PlanWriter.canonical().toString(plan, outFormat));
        spec.commandLine().getOut().flush();
      } else {
        PlanWriter.canonical().write(plan, out, outFormat);
      }
    } catch (PlanFiles.UnusableFileException e) {
      spec.commandLine().getErr().println("helseplan: " + e.getMessage());
      return Helseplan.USAGE;
    } catch (PlanReadException e) {
      e.getProblems().forEach(p -> spec.commandLine().getErr().println(p.describe(language)));
      return Helseplan.INVALID;
    } catch (java.io.UncheckedIOException e) {
      spec.commandLine().getErr().println("helseplan: " + out + ": cannot be written: " + e.getCause().getMessage());
      return Helseplan.USAGE;
    }
    return Helseplan.OK;
  }
}
