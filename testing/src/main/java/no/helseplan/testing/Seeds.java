package no.helseplan.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * The seed of every generated test case. A fixed seed by default, so CI is repeatable; another with
 * {@code -Dhelseplan.seed=N}, so a developer can explore. Every case carries its seed and index, and prints
 * them, so a failure can be reproduced.
 */
public final class Seeds {
  /** The seed used when {@code helseplan.seed} is not set. */
  public static final long DEFAULT_SEED = 20261126L;

  private Seeds() {}

  /**
   * Returns the seed of this run: the system property {@code helseplan.seed}, else {@link #DEFAULT_SEED}.
   *
   * @return the seed
   */
  public static long seed() {
    String value = System.getProperty("helseplan.seed", "").trim();
    if (value.isEmpty()) {
      return DEFAULT_SEED;
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("-Dhelseplan.seed must be a whole number, not '" + value + "'", e);
    }
  }

  /**
   * Generates test cases from the run's seed: case {@code i} is made by a {@link Random} seeded with the
   * run's seed and {@code i}, so any one case can be made again alone.
   *
   * @param count how many cases
   * @param make makes one value from a random source
   * @param <T> the type of value
   * @return the cases, each naming its seed and index
   */
  public static <T> List<Generated<T>> cases(int count, Function<Random, T> make) {
    long seed = seed();
    List<Generated<T>> cases = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      cases.add(new Generated<>(seed, i, make.apply(random(seed, i))));
    }
    return cases;
  }

  /**
   * Returns the random source of one case.
   *
   * @param seed the run's seed
   * @param index the index of the case
   * @return a random source that depends only on the seed and index
   */
  public static Random random(long seed, int index) {
    return new Random(seed * 1_000_003L + index);
  }
}
