package no.helseplan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.helseplan.io.PlanFormat;
import no.helseplan.io.PlanReadException;
import no.helseplan.io.PlanReader;
import no.helseplan.io.ReadProblem;
import no.helseplan.io.ReadResult;
import no.helseplan.plan.Plan;
import no.helseplan.validation.Finding;
import no.helseplan.validation.PlanValidator;
import no.helseplan.validation.Severity;
import no.helseplan.validation.ValidationReport;
import no.helseplan.vocabulary.Language;

/**
 * Validates one plan file (nb/nn: <i>validerer ei planfil</i>): the io module's read problems (errors that stop
 * reading, and warnings) become {@link Finding#ofReadProblem read-problem findings}, and when a plan could be
 * read the validator adds its semantic findings, all in one {@link ValidationReport}. The validation module
 * offers the hook ({@link PlanValidator#validate(List, Optional)}) but not the reading, which lives here so
 * that validation does not depend on files.
 */
final class FileValidation {
  private final Path file;
  private final ValidationReport report;
  private final LineMap lines;

  private FileValidation(Path file, ValidationReport report, LineMap lines) {
    this.file = file;
    this.report = report;
    this.lines = lines;
  }

  /**
   * Reads and validates a file.
   *
   * @throws PlanFiles.UnusableFileException if the file is missing or of no known format
   */
  static FileValidation of(Path file, PlanReader reader, PlanValidator validator) {
    PlanFormat format = PlanFiles.check(file);
    Language language = validator.getLanguage();
    try {
      ReadResult read = reader.readWithWarnings(file, format);
      List<Finding> problems = findings(read.getWarnings(), language);
      LineMap lines = LineMap.empty();
      try {
        lines = LineMap.of(Files.readString(file, StandardCharsets.UTF_8), format);
      } catch (IOException | RuntimeException e) {
        // The file was read a moment ago; without a line map, findings are located by pointer only.
      }
      Plan plan = read.getPlan();
      return new FileValidation(file, validator.validate(problems, Optional.of(plan)), lines);
    } catch (PlanReadException e) {
      return new FileValidation(file, validator.validate(findings(e.getProblems(), language), Optional.empty()),
          LineMap.empty());
    }
  }

  private static List<Finding> findings(List<ReadProblem> problems, Language language) {
    List<Finding> findings = new ArrayList<>(problems.size());
    for (ReadProblem problem : problems) {
      Severity severity = problem.getSeverity() == no.helseplan.io.Severity.ERROR ? Severity.ERROR : Severity.WARNING;
      findings.add(Finding.ofReadProblem(problem.getLocation().getPointer(), problem.getLocation().getLine(),
          problem.getLocation().getColumn(), problem.getCode(), severity, problem.getMessage(language)));
    }
    return findings;
  }

  Path getFile() {
    return file;
  }

  ValidationReport getReport() {
    return report;
  }

  /**
   * Returns the findings as a compiler prints them, one a line: {@code file:line:column: severity code:
   * message}. A semantic finding is located at the line and column where its JSON pointer (or the nearest
   * ancestor present in the file) starts, and its pointer follows the code in brackets.
   */
  List<String> lines() {
    List<String> out = new ArrayList<>();
    for (Finding f : report.getFindings()) {
      StringBuilder line = new StringBuilder(file.toString()).append(':');
      if (f.getLine().isPresent()) {
        line.append(f.getLine().getAsInt()).append(':').append(f.getColumn().orElse(1)).append(':');
      } else {
        Optional<int[]> at = lines.find(f.getPointer());
        if (at.isPresent()) {
          line.append(at.get()[0]).append(':').append(at.get()[1]).append(':');
        } else {
          line.append(f.getPointer().isEmpty() ? "/" : f.getPointer()).append(':');
        }
      }
      line.append(' ').append(f.getSeverity().name().toLowerCase(java.util.Locale.ROOT))
          .append(' ').append(f.getCode());
      if (!f.getPointer().isEmpty()) {
        line.append(" [").append(f.getPointer()).append(']');
      }
      line.append(": ").append(f.getMessage());
      out.add(line.toString());
    }
    return out;
  }
}
