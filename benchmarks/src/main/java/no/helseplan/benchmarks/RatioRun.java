package no.helseplan.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import no.helseplan.io.PlanFormat;
import no.helseplan.io.PlanReader;
import no.helseplan.plan.Plan;

/**
 * The ratios (nb/nn: <i>forholdstal</i>) measured in alternating blocks: in each round, one thread parses
 * the whole corpus into trees (the floor), reads it into plans, reads and validates it, validates plans already
 * read, and parses and reads the YAML corpus, each block timed by the CPU time of the thread; the ratios of a round
 * compare blocks run seconds apart, so a machine whose speed drifts between JMH's benchmarks (run minutes apart)
 * does not move them. The order of the blocks turns by one every round, so no block always follows the same one.
 *
 * <pre>
 * java -Xms1g -Xmx1g -Dhelseplan.corpus=/tmp/corpus -cp benchmarks/target/benchmarks.jar \
 *     no.helseplan.benchmarks.RatioRun 12
 * </pre>
 * The corpus is that of {@link CorpusBenchmarks} ({@code -Dhelseplan.corpus}, else generated in memory); the
 * argument is the number of rounds (default 12, at least 3), of which the first two warm the code up and are not
 * counted; {@code -Dhelseplan.municipalities=N} takes the first N municipalities only (default 357).
 * Printed: each round's times and ratios, then the median and the range of each ratio over the counted rounds.
 */
public final class RatioRun {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final int WARM_UP_ROUNDS = 2;

  private RatioRun() {}

  /** One block of work over the whole corpus; returns a number derived from its results so none is dead code. */
  private record Block(String name, ToIntFunction<CorpusBenchmarks.Texts> work) {}

  /**
   * Runs the rounds and prints the ratios.
   *
   * @param args {@code [ROUNDS]}
   * @throws IOException if the corpus directory cannot be read
   */
  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 12;
    if (rounds <= WARM_UP_ROUNDS) {
      System.err.println("usage: RatioRun [ROUNDS], ROUNDS more than " + WARM_UP_ROUNDS + " (the warm-up rounds)");
      System.exit(2);
    }
    CorpusBenchmarks.Texts texts = new CorpusBenchmarks.Texts();
    texts.municipalities = Integer.getInteger("helseplan.municipalities", 357);
    texts.setUp();
    List<Plan> plans = new ArrayList<>();
    for (String text : texts.json) {
      plans.add(PlanReader.strict().read(text, PlanFormat.JSON));
    }
    List<Block> blocks = List.of(
        new Block("floorJsonTree", t -> sum(t.json, text -> t.jsonMapper.readTree(text).size())),
        new Block("readJson", t -> sum(t.json, text -> read(text, PlanFormat.JSON).getFocusAreas().size())),
        new Block("readValidateJson", t -> sum(t.json,
            text -> t.validator.validate(read(text, PlanFormat.JSON)).getFindings().size())),
        new Block("validate", t -> sum(plans, plan -> t.validator.validate(plan).getFindings().size())),
        new Block("floorYamlTree", t -> sum(t.yaml, text -> t.yamlMapper.readTree(text).size())),
        new Block("readYaml", t -> sum(t.yaml, text -> read(text, PlanFormat.YAML).getFocusAreas().size())));
    double[][] ratios = new double[3][rounds - WARM_UP_ROUNDS];
    long check = 0;
    for (int round = 0; round < rounds; round++) {
      long[] cpu = new long[blocks.size()];
      for (int k = 0; k < blocks.size(); k++) {
        int b = (k + round) % blocks.size();
        long start = THREADS.getCurrentThreadCpuTime();
        check += blocks.get(b).work().applyAsInt(texts);
        cpu[b] = THREADS.getCurrentThreadCpuTime() - start;
      }
      double read = (double) cpu[1] / cpu[0];
      double readValidate = (double) cpu[2] / cpu[0];
      double yaml = (double) cpu[5] / cpu[1];
      System.out.printf(Locale.ROOT, "round %2d%s: floor %.3f s, read %.3f s, read+validate %.3f s, validate %.3f s,"
              + " YAML floor %.3f s, YAML read %.3f s (CPU); read/floor %.2f, read+validate/floor %.2f,"
              + " YAML read/JSON read %.2f%n",
          round + 1, round < WARM_UP_ROUNDS ? " (warm-up)" : "", cpu[0] / 1e9, cpu[1] / 1e9, cpu[2] / 1e9,
          cpu[3] / 1e9, cpu[4] / 1e9, cpu[5] / 1e9, read, readValidate, yaml);
      if (round >= WARM_UP_ROUNDS) {
        ratios[0][round - WARM_UP_ROUNDS] = read;
        ratios[1][round - WARM_UP_ROUNDS] = readValidate;
        ratios[2][round - WARM_UP_ROUNDS] = yaml;
      }
    }
    String[] names = {"typed JSON read / JSON tree floor (target 1.5)",
        "JSON read + validate / JSON tree floor (target 3.0)", "typed YAML read / typed JSON read (target 3.0)"};
    for (int r = 0; r < names.length; r++) {
      double[] sorted = ratios[r].clone();
      Arrays.sort(sorted);
      System.out.printf(Locale.ROOT, "%s: median %.2f, range %.2f–%.2f over %d rounds%n", names[r],
          median(sorted), sorted[0], sorted[sorted.length - 1], sorted.length);
    }
    System.out.println("(check " + check + ")");
  }

  private static Plan read(String text, PlanFormat format) {
    return PlanReader.strict().read(text, format);
  }

  private static <T> int sum(List<T> items, ToIntFunction<T> each) {
    int sum = 0;
    for (T item : items) {
      sum += each.applyAsInt(item);
    }
    return sum;
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
