package no.helseplan.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.helseplan.examples.Examples;
import no.helseplan.io.PlanFormat;
import no.helseplan.plan.Plan;

/**
 * Finding and opening plan files (nb/nn: <i>planfiler</i>) for the commands: the checks that make a missing
 * file or an unknown extension a usage error (exit 2) rather than invalid input (exit 1), and the five bundled
 * real plans.
 */
final class PlanFiles {

  private PlanFiles() {}

  /** A file that cannot be used at all: missing, unreadable, or of no known format; exit code 2. */
  static final class UnusableFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnusableFileException(String message) {
      super(message);
    }
  }

  /**
   * Checks that a file exists, is readable and names a format, and returns that format.
   *
   * @throws UnusableFileException if not
   */
  static PlanFormat check(Path file) {
    if (!Files.exists(file)) {
      throw new UnusableFileException(file + ": no such file");
    }
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new UnusableFileException(file + ": not a readable file");
    }
    return formatOf(file);
  }

  /**
   * Returns the format a file name's extension names.
   *
   * @throws UnusableFileException if it names none
   */
  static PlanFormat formatOf(Path file) {
    return PlanFormat.ofFileName(file).orElseThrow(() -> new UnusableFileException(
        file + ": the file name ends in neither .json, .yaml nor .yml"));
  }

  /**
   * Returns the five real plans bundled with Helseplan: Herøy, Sør-Varanger, Hustadvika, Voss and Rødøy.
   *
   * @return the plans, in the order of {@link Examples#all()}
   */
  static List<Plan> bundled() {
    return Examples.all();
  }
}
