package no.helseplan.io;

import java.util.List;
import java.util.Objects;
import no.helseplan.plan.Plan;

/**
 * A plan read from a file together with the warnings found on the way (nb: <i>leseresultat</i>, nn:
 * <i>leseresultat</i>), such as properties a {@linkplain PlanReader#lenient() lenient} reader left out.
 *
 * <p>Implementation Requirements: immutable and thread-safe, a value type.
 */
public final class ReadResult {
  private final Plan plan;
  private final List<ReadProblem> warnings;

  private ReadResult(Plan plan, List<ReadProblem> warnings) {
    this.plan = Objects.requireNonNull(plan, "plan");
    this.warnings = List.copyOf(warnings);
  }

  /**
   * Obtains a result.
   *
   * @param plan the plan read, not null
   * @param warnings the warnings, not null
   * @return the result
   */
  public static ReadResult of(Plan plan, List<ReadProblem> warnings) {
    return new ReadResult(plan, warnings);
  }

  /**
   * Returns the plan read.
   *
   * @return the plan
   */
  public Plan getPlan() {
    return plan;
  }

  /**
   * Returns the warnings, in the order found.
   *
   * @return the warnings; empty when the file was read without remark
   */
  public List<ReadProblem> getWarnings() {
    return warnings;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReadResult && plan.equals(((ReadResult) other).plan)
        && warnings.equals(((ReadResult) other).warnings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(plan, warnings);
  }

  /**
   * Returns the plan's id and the number of warnings; human-readable, do not rely on its structure.
   *
   * @return the result as text
   */
  @Override
  public String toString() {
    return "ReadResult[" + plan.getId() + ", " + warnings.size() + " warning(s)]";
  }
}
