package no.helseplan.examples.programs;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import no.helseplan.io.Severity;
import no.helseplan.validation.Finding;
import no.helseplan.validation.PlanValidator;
import no.helseplan.validation.ValidationReport;
import no.helseplan.vocabulary.Language;

/**
 * Validates a plan file (JSON or YAML) and prints the report in Nynorsk (nn: <i>validerer ei planfil</i>): the
 * reader's format problems, located by line, column and JSON pointer, and then the semantic findings, one a
 * line, and the counts by severity. Exits with 0 when the plan has no error, 1 when it has, and 2 on wrong use.
 *
 * <pre>{@code
 * java -cp cli/target/helseplan.jar no.helseplan.examples.programs.ValidatePlanFile min-plan.yaml
 * }</pre>
 */
public final class ValidatePlanFile {
  private static final PlanValidator VALIDATOR = PlanValidator.forLanguage(Language.NN);

  private ValidatePlanFile() {
  }

  /**
   * Reads and validates a file; read errors become findings in the same report.
   *
   * @param file the plan file, not null
   * @return the report in Nynorsk, not null
   */
  public static ValidationReport validate(Path file) {
    return VALIDATOR.validateFile(file);
  }

  /**
   * Validates the file named by the first argument and prints the report in Nynorsk.
   *
   * @param args the path of the plan file
   */
  public static void main(String[] args) {
    System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8)));
  }

  /**
   * Does what {@link #main(String[])} does, printing to {@code out}, and returns the exit code.
   *
   * @param args the path of the plan file
   * @param out where to print, not null
   * @return 0 when the plan has no error, 1 when it has, 2 when no single file is named
   */
  public static int run(String[] args, PrintStream out) {
    if (args.length != 1) {
      out.println("Bruk: ValidatePlanFile <planfil.yaml|planfil.json>");
      return 2;
    }
    Path file = Path.of(args[0]);
    ValidationReport report = validate(file);
    for (Finding finding : report.getFindings()) {
      StringBuilder line = new StringBuilder();
      line.append(finding.getSeverity().getLabel(Language.NN)).append(' ');
      line.append(file.getFileName());
      if (finding.getLine().isPresent()) {
        line.append(':').append(finding.getLine().getAsInt());
        finding.getColumn().ifPresent(c -> line.append(':').append(c));
      }
      line.append(' ').append(finding.getPointer().isEmpty() ? "/" : finding.getPointer());
      line.append(": ").append(finding.getMessage()).append(" [").append(finding.getCode()).append(']');
      out.println(line);
    }
    out.println(file.getFileName() + ": " + count(report.count(Severity.ERROR), "feil", "feil") + ", "
        + count(report.count(Severity.WARNING), "åtvaring", "åtvaringar") + ", "
        + count(report.count(Severity.INFO), "merknad", "merknader"));
    return report.isValid() ? 0 : 1;
  }

  /** A count with its noun in Nynorsk singular or plural: "1 merknad", "43 merknader". */
  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
