package no.helseplan.benchmarks;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.helseplan.io.PlanFormat;
import no.helseplan.io.PlanReader;
import no.helseplan.io.ReadLimits;
import no.helseplan.io.internal.Mappers;
import no.helseplan.io.internal.PhraseMemo;
import no.helseplan.io.PlanWriter;
import no.helseplan.plan.Plan;
import no.helseplan.validation.PlanValidator;
import no.helseplan.validation.ValidationReport;
import tools.jackson.databind.ObjectMapper;

/**
 * The national run (nb/nn: <i>nasjonal køyring</i>) as a research project does it, outside JMH: every plan file
 * of a directory read and validated on one thread, the plans kept, the time and the heap reported.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar no.helseplan.benchmarks.NationalRun write /tmp/corpus
 * java -Xmx400m -cp benchmarks/target/benchmarks.jar no.helseplan.benchmarks.NationalRun read /tmp/corpus 5
 * </pre>
 * The second command reads the directory the given number of times in one JVM (the first time cold) and prints
 * for each pass the CPU time of this one thread (so a shared, loaded machine does not distort it) spent reading
 * the files and validating, and for comparison parsing the same texts into a Jackson tree (the floor); the wall
 * time; the heap used after a full collection with all plans held; and the collectors' counts. With
 * {@code -Dhelseplan.coldPhrases=true} the readers' memo of interpreted phrases is emptied before every pass, so
 * that each pass reads as a first reading of the corpus does (with the code compiled).
 */
public final class NationalRun {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private NationalRun() {}

  /**
   * Writes or reads the corpus.
   *
   * @param args {@code write DIR [json|yaml|both]} or {@code read DIR [PASSES]}
   * @throws IOException if the directory cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: NationalRun write DIR | read DIR [PASSES]");
      System.exit(2);
    }
    Path dir = Path.of(args[1]);
    if (args[0].equals("write")) {
      Files.createDirectories(dir);
      NationalCorpus corpus = NationalCorpus.generate(Long.getLong("helseplan.seed", NationalCorpus.DEFAULT_SEED));
      for (Plan plan : corpus.getPlans()) {
        PlanWriter.canonical().write(plan, dir.resolve(plan.getId() + ".json"));
        PlanWriter.canonical().write(plan, dir.resolve(plan.getId() + ".yaml"));
      }
      System.out.println("wrote " + corpus.getPlans().size() + " plans as JSON and YAML to " + dir);
      return;
    }
    int passes = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.sorted().collect(Collectors.toList());
    }
    ObjectMapper json = Mappers.json(ReadLimits.defaults());
    ObjectMapper yaml = Mappers.yaml(ReadLimits.defaults());
    List<Object> hole = new ArrayList<>(1);
    // One validator for the whole run, as a research project or a service keeps one; its building is timed apart.
    long built = THREADS.getCurrentThreadCpuTime();
    PlanValidator validator = CorpusBenchmarks.newValidator();
    long buildCpu = THREADS.getCurrentThreadCpuTime() - built;
    System.out.printf(Locale.ROOT, "validator built in %.3f s CPU%n", buildCpu / 1e9);
    for (String extension : List.of(".json", ".yaml")) {
      List<Path> chosen = files.stream().filter(f -> f.toString().endsWith(extension)).collect(Collectors.toList());
      if (chosen.isEmpty()) {
        continue;
      }
      long bytes = 0;
      for (Path file : chosen) {
        bytes += Files.size(file);
      }
      for (int pass = 1; pass <= passes; pass++) {
        if (Boolean.getBoolean("helseplan.coldPhrases")) {
          PhraseMemo.clear();
        }
        long start = System.nanoTime();
        List<Plan> plans = new ArrayList<>(chosen.size());
        int findings = 0;
        long floorCpu = 0;
        long readCpu = 0;
        long validateCpu = 0;
        long cpu = 0;
        PlanFormat format = extension.equals(".json") ? PlanFormat.JSON : PlanFormat.YAML;
        ObjectMapper mapper = format == PlanFormat.JSON ? json : yaml;
        for (Path file : chosen) {
          long t0 = THREADS.getCurrentThreadCpuTime();
          String text = Files.readString(file);
          long t1 = THREADS.getCurrentThreadCpuTime();
          Plan plan = PlanReader.strict().read(text, format);
          long t2 = THREADS.getCurrentThreadCpuTime();
          ValidationReport report = validator.validate(plan);
          long t3 = THREADS.getCurrentThreadCpuTime();
          hole.add(mapper.readTree(text));
          hole.clear();
          long t4 = THREADS.getCurrentThreadCpuTime();
          cpu += t3 - t0;
          readCpu += t2 - t1;
          validateCpu += t3 - t2;
          floorCpu += t4 - t3;
          findings += report.getFindings().size();
          plans.add(plan);
        }
        long nanos = System.nanoTime() - start;
        System.gc();
        long used = heapUsed();
        System.out.printf(Locale.ROOT,
            "%s pass %d: %d plans, %.1f MB; read from disk and validated: %.3f s CPU of this thread (read %.3f s,"
                + " validate %.3f s; tree-parse floor of the same texts %.3f s: read/floor %.2f, read+validate/floor %.2f);"
                + " wall %.1f s for all (floor included) on a shared machine; %d findings;"
                + " heap used with all plans held: %.1f MB of max %.0f MB; GCs so far: %s%n",
            extension.substring(1), pass, plans.size(), bytes / 1e6, cpu / 1e9, readCpu / 1e9,
            validateCpu / 1e9, floorCpu / 1e9, (double) readCpu / floorCpu, (double) (readCpu + validateCpu) / floorCpu,
            nanos / 1e9, findings, used / 1e6,
            Runtime.getRuntime().maxMemory() / 1e6, gcs());
        plans.clear();
      }
    }
  }

  private static long heapUsed() {
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        used += pool.getUsage().getUsed();
      }
    }
    return used;
  }

  private static String gcs() {
    StringBuilder text = new StringBuilder();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      text.append(gc.getName()).append('=').append(gc.getCollectionCount()).append(' ');
    }
    return text.toString().trim();
  }
}
