package no.helseplan.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * A file format a plan can be written in (nb/nn: <i>filformat</i>).
 */
public enum PlanFormat {
  /** JSON, in files ending {@code .json}. */
  JSON,
  /** YAML, in files ending {@code .yaml} or {@code .yml}. */
  YAML;

  /**
   * Picks the format from a file name's extension, ignoring case: {@code .json}, {@code .yaml} or {@code .yml}.
   *
   * @param file the file
   * @return the format, or empty when the extension names none
   */
  public static Optional<PlanFormat> ofFileName(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return Optional.empty();
    }
    String lower = name.toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      return Optional.of(JSON);
    }
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    return Optional.empty();
  }
}
