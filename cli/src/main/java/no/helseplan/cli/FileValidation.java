package no.helseplan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.helseplan.io.PlanFormat;
import no.helseplan.io.PlanReader;
import no.helseplan.validation.Finding;
import no.helseplan.validation.PlanValidator;
import no.helseplan.validation.ValidationReport;

/**
 * Validates one plan file (nb/nn: <i>validerer ei planfil</i>) with {@link PlanValidator#validateFile(Path,
 * PlanReader)}, which puts the io module's read problems and the semantic findings in one {@link
 * ValidationReport}, and prints the findings as a compiler does, locating a semantic finding by the line where
 * its JSON pointer starts.
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
    ValidationReport report = validator.validateFile(file, reader);
    LineMap lines = LineMap.empty();
    if (report.getFindings().stream().anyMatch(f -> f.getLine().isEmpty())) {
      try {
        lines = LineMap.of(Files.readString(file, StandardCharsets.UTF_8), format);
      } catch (IOException | RuntimeException e) {
        // The file was read a moment ago; without a line map, findings are located by pointer only.
      }
    }
    return new FileValidation(file, report, lines);
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
