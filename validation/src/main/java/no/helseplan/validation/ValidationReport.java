package no.helseplan.validation;

import no.helseplan.io.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.helseplan.vocabulary.Language;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The result of validating a plan (nb: <i>valideringsrapport</i>, nn: <i>valideringsrapport</i>): every finding,
 * in document order, with counts by severity and a JSON form for other applications.
 *
 * <p>A plan is {@linkplain #isValid() valid} when no finding is an {@link Severity#ERROR error}; warnings and
 * information do not make it invalid.
 *
 * <p>The JSON form is:
 * <pre>{@code
 * {"language":"nn","valid":false,"counts":{"error":1,"warning":0,"info":0},
 *  "findings":[{"code":"goal.unknown","severity":"error","pointer":"/measures/0/goals/1",
 *               "value":"7","message":"Tiltaket viser til målet «7», som ikkje finst i planen"}]}
 * }</pre>
 * with {@code line} and {@code column} on findings from reading a file.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class ValidationReport {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Language language;
  private final List<Finding> findings;
  private final Map<Severity, Integer> counts;

  private ValidationReport(Language language, List<Finding> findings) {
    this.language = Objects.requireNonNull(language, "language");
    this.findings = List.copyOf(findings);
    Map<Severity, Integer> c = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      c.put(s, 0);
    }
    for (Finding f : this.findings) {
      c.merge(f.getSeverity(), 1, Integer::sum);
    }
    this.counts = Collections.unmodifiableMap(c);
  }

  /**
   * Obtains a report of the given findings, kept in the order given.
   *
   * @param language  the language of the messages, not null
   * @param findings  the findings, not null
   * @return the report
   */
  public static ValidationReport of(Language language, List<Finding> findings) {
    return new ValidationReport(language, findings);
  }

  /**
   * Returns a report with the problems found while reading the file placed before this report's findings: the
   * hook that joins the io module's located read errors (pointer, line, column, code, severity, message) and the
   * semantic findings in one report. Make each with {@link Finding#ofReadProblem}.
   *
   * @param readProblems  the read problems, in file order, not null
   * @return a new report, not null
   */
  public ValidationReport withReadProblems(List<Finding> readProblems) {
    List<Finding> all = new ArrayList<>(readProblems);
    all.addAll(findings);
    return new ValidationReport(language, all);
  }

  /**
   * Returns the language the messages are in.
   *
   * @return the language, not null
   */
  public Language getLanguage() {
    return language;
  }

  /**
   * Returns every finding: read problems first, then semantic findings in document order.
   *
   * @return the findings, unmodifiable, not null
   */
  public List<Finding> getFindings() {
    return findings;
  }

  /**
   * Returns the findings of one severity, in order.
   *
   * @param severity  the severity, not null
   * @return the findings, unmodifiable, not null
   */
  public List<Finding> getFindings(Severity severity) {
    return findings.stream().filter(f -> f.getSeverity() == severity).collect(
        java.util.stream.Collectors.toUnmodifiableList());
  }

  /**
   * Returns whether the plan has no error; warnings and information are allowed.
   *
   * @return true if no finding is an error
   */
  public boolean isValid() {
    return counts.get(Severity.ERROR) == 0;
  }

  /**
   * Returns the number of findings of one severity.
   *
   * @param severity  the severity, not null
   * @return the count, zero or more
   */
  public int count(Severity severity) {
    return counts.get(severity);
  }

  /**
   * Returns the number of findings of each severity, every severity present.
   *
   * @return the counts, unmodifiable, not null
   */
  public Map<Severity, Integer> getCounts() {
    return counts;
  }

  /**
   * Returns the report as JSON, in the form shown in the class comment: keys in a fixed order, severities and
   * the language in lower case, absent values omitted.
   *
   * @return the JSON text, not null
   */
  public String toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("language", language.getCode());
    root.put("valid", isValid());
    ObjectNode c = root.putObject("counts");
    counts.forEach((s, n) -> c.put(s.name().toLowerCase(java.util.Locale.ROOT), n));
    ArrayNode array = root.putArray("findings");
    for (Finding f : findings) {
      ObjectNode node = array.addObject();
      node.put("code", f.getCode());
      node.put("severity", f.getSeverity().name().toLowerCase(java.util.Locale.ROOT));
      node.put("pointer", f.getPointer());
      f.getLine().ifPresent(l -> node.put("line", l));
      f.getColumn().ifPresent(col -> node.put("column", col));
      f.getValue().ifPresent(v -> node.put("value", v));
      node.put("message", f.getMessage());
    }
    return JSON.writeValueAsString(root);
  }

  /**
   * Returns a human-readable summary with one finding per line; do not rely on its structure.
   *
   * @return the report as text
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    text.append(counts).append('\n');
    findings.forEach(f -> text.append(f).append('\n'));
    return text.toString();
  }
}
