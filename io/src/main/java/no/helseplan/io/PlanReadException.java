package no.helseplan.io;

import java.util.List;
import java.util.stream.Collectors;
import no.helseplan.vocabulary.Language;

/**
 * Thrown when a plan file cannot be read (nb: <i>planfila kan ikke leses</i>, nn: <i>planfila kan ikkje
 * lesast</i>): it carries every problem found, each with its location, code and message in nb, nn or en.
 *
 * <p>{@link #getMessage()} is in English; {@link #getMessage(Language)} renders the same problems in another
 * language. This exception makes no guarantees about immutability or thread-safety beyond those of
 * {@link RuntimeException}.
 */
public final class PlanReadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The problems; an immutable list. */
  @SuppressWarnings("serial")
  private final List<ReadProblem> problems;

  /**
   * Creates an exception carrying problems.
   *
   * @param problems the problems found, at least one error, not null
   */
  public PlanReadException(List<ReadProblem> problems) {
    super(render(problems, Language.EN));
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns every problem found, errors and warnings, in the order found.
   *
   * @return the problems, never empty
   */
  public List<ReadProblem> getProblems() {
    return problems;
  }

  /**
   * Returns the problems that stopped the plan from being read.
   *
   * @return the errors, never empty
   */
  public List<ReadProblem> getErrors() {
    return problems.stream().filter(p -> p.getSeverity() == Severity.ERROR).collect(Collectors.toList());
  }

  /**
   * Returns every problem, one a line, located and in a language.
   *
   * @param language the language of the messages
   * @return the message
   */
  public String getMessage(Language language) {
    return render(problems, language);
  }

  private static String render(List<ReadProblem> problems, Language language) {
    return problems.stream().map(p -> p.describe(language)).collect(Collectors.joining("\n"));
  }
}
