package no.helseplan.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.helseplan.examples.Examples;
import no.helseplan.io.PlanFormat;
import no.helseplan.io.PlanReadException;
import no.helseplan.io.PlanReader;
import no.helseplan.plan.Plan;
import no.helseplan.vocabulary.Language;

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

  /**
   * Reads plan files for a command that needs them all: an unusable file ends the command with exit 2, and files
   * that are not valid plans are reported, every problem on {@code err}, and end it with exit 1.
   *
   * @param files the files
   * @param reader the reader
   * @param language the language of the problem messages
   * @param err where problems are reported
   * @return the plans, or the exit code that ends the command
   */
  static Read readAll(List<Path> files, PlanReader reader, Language language, PrintWriter err) {
    List<Plan> plans = new ArrayList<>();
    boolean invalid = false;
    for (Path file : files) {
      try {
        plans.add(reader.read(file, check(file)));
      } catch (UnusableFileException e) {
        err.println("helseplan: " + e.getMessage());
        return new Read(List.of(), Helseplan.USAGE);
      } catch (PlanReadException e) {
        e.getProblems().forEach(p -> err.println(p.describe(language)));
        invalid = true;
      }
    }
    if (invalid) {
      err.println("helseplan: some files are not valid plan files; run 'helseplan validate' for every finding");
      return new Read(List.of(), Helseplan.INVALID);
    }
    return new Read(plans, Helseplan.OK);
  }

  /**
   * The plans a command read, or the exit code that ends it.
   *
   * @param plans the plans read, empty when the command ends
   * @param exitCode {@link Helseplan#OK} when all files were read
   */
  record Read(List<Plan> plans, int exitCode) {}
}
