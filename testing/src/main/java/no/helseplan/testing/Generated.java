package no.helseplan.testing;

/**
 * One generated test case: the value and how to make it again.
 *
 * @param seed the run's seed ({@code -Dhelseplan.seed})
 * @param index the index of the case in the run
 * @param value the generated value
 * @param <T> the type of value
 */
public record Generated<T>(long seed, int index, T value) {

  /**
   * Names the case, as JUnit prints it in a parameterized test and in a failure.
   *
   * @return such as {@code seed 20261126, case 17 (rerun with -Dhelseplan.seed=20261126)}
   */
  @Override
  public String toString() {
    return "seed " + seed + ", case " + index + " (rerun with -Dhelseplan.seed=" + seed + ")";
  }
}
