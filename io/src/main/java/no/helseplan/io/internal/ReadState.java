package no.helseplan.io.internal;

import java.util.ArrayList;
import java.util.List;
import no.helseplan.io.ProblemLocation;
import no.helseplan.io.ReadProblem;
import no.helseplan.io.Severity;
import no.helseplan.timeframe.TimeframeContext;
import no.helseplan.vocabulary.Language;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;

/**
 * What one read of one document knows and has found: the plan's language and time-frame context (for
 * interpreting verbatim strings), the mode, and the problems. Passed to deserializers as a per-call attribute
 * keyed by this class; not thread-safe, one per read.
 */
public final class ReadState {
  private final @Nullable String source;
  private final boolean strict;
  private final Language language;
  private final TimeframeContext context;
  private final int referenceYear;
  private final List<ReadProblem> problems = new ArrayList<>();
  private int interpreted;
  private @Nullable String lateVersion;
  private @Nullable ProblemLocation lateVersionLocation;

  /**
   * Creates the state of one read.
   *
   * @param source the file name, or null
   * @param strict whether unknown properties are errors
   * @param language the plan's language, for verbatim strings
   * @param context the plan's time-frame context, for verbatim time frames
   */
  public ReadState(@Nullable String source, boolean strict, Language language, TimeframeContext context) {
    this.source = source;
    this.strict = strict;
    this.language = language;
    this.context = context;
    this.referenceYear = PhraseMemo.yearOf(context);
  }

  /**
   * Returns the source description.
   *
   * @return the file name, or null
   */
  public @Nullable String source() {
    return source;
  }

  /**
   * Returns whether unknown properties are errors.
   *
   * @return true in strict mode
   */
  public boolean strict() {
    return strict;
  }

  /**
   * Returns the plan's language.
   *
   * @return the language
   */
  public Language language() {
    return language;
  }

  /**
   * Returns the plan's time-frame context.
   *
   * @return the context
   */
  public TimeframeContext context() {
    return context;
  }

  /** Returns {@link PhraseMemo#yearOf(TimeframeContext)} of the context, worked out once per read. */
  int referenceYear() {
    return referenceYear;
  }

  /** Counts a plain string interpreted with the language and context of this state. */
  void interpreted() {
    interpreted++;
  }

  /**
   * Returns how many plain strings were interpreted with this state's language and context.
   *
   * @return the count
   */
  public int interpretedCount() {
    return interpreted;
  }

  /**
   * Records the format version found by the binding pass (when the scan stopped before it).
   *
   * @param version the version text
   * @param location where it is
   */
  void lateVersion(String version, ProblemLocation location) {
    this.lateVersion = version;
    this.lateVersionLocation = location;
  }

  /**
   * Returns the format version the binding pass found at the root, if any.
   *
   * @return the version text, or null
   */
  public @Nullable String lateVersion() {
    return lateVersion;
  }

  /**
   * Returns where the binding pass found the format version.
   *
   * @return the location, or null
   */
  public @Nullable ProblemLocation lateVersionLocation() {
    return lateVersionLocation;
  }

  /**
   * Returns the problems found so far.
   *
   * @return the problems, a live list
   */
  public List<ReadProblem> problems() {
    return problems;
  }

  /**
   * Tells whether an error has been found.
   *
   * @return true when at least one problem is an error
   */
  public boolean hasErrors() {
    for (ReadProblem problem : problems) {
      if (problem.getSeverity() == Severity.ERROR) {
        return true;
      }
    }
    return false;
  }

  /**
   * Adds a problem at the parser's current token.
   *
   * @param p the parser
   * @param code the code
   * @param severity the severity
   * @param expected what was expected
   * @param found what was found
   * @param subject the subject
   */
  public void add(JsonParser p, String code, Severity severity, @Nullable String expected, @Nullable String found,
      @Nullable String subject) {
    problems.add(ReadProblem.of(code, severity, locate(p), expected, found, subject));
  }

  /**
   * Returns the location of the parser's current token.
   *
   * @param p the parser
   * @return the location
   */
  public ProblemLocation locate(JsonParser p) {
    TokenStreamLocation at = p.currentTokenLocation();
    return ProblemLocation.of(source, at.getLineNr(), at.getColumnNr(), Problems.pointer(p));
  }
}
