package no.helseplan.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.helseplan.analysis.PlanCorpus;
import no.helseplan.io.PlanFormat;
import no.helseplan.io.PlanReader;
import no.helseplan.io.PlanWriter;
import no.helseplan.io.ReadLimits;
import no.helseplan.io.internal.Mappers;
import no.helseplan.measure.Resources;
import no.helseplan.municipality.MunicipalityRegister;
import no.helseplan.plan.Plan;
import no.helseplan.responsibility.Responsibility;
import no.helseplan.timeframe.Timeframe;
import no.helseplan.timeframe.TimeframeContext;
import no.helseplan.validation.PlanValidator;
import no.helseplan.validation.WrittenStandardDetector;
import no.helseplan.vocabulary.Language;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.ObjectMapper;

/**
 * Benchmarks of the whole national corpus (nb/nn: <i>nasjonalt plankorpus</i>, see {@link NationalCorpus}): one
 * operation is all 357 plans (fewer with {@code -p municipalities=N}), or 10 000 phrases for the phrase
 * benchmarks, on one thread.
 *
 * <p>The floor is {@link #floorJsonTree}: Jackson parsing the very same JSON text into a {@code JsonNode} tree
 * with the io module's own configured mapper (its limits and duplicate detection included). The typed read
 * ({@link #readJson}) and read-and-validate ({@link #readValidateJson}) are compared with it;
 * {@code ratios.py} prints the ratios from a JMH JSON result.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class CorpusBenchmarks {
  /** How many phrases one phrase operation interprets. */
  public static final int PHRASES = 10_000;

  /** The corpus as plans; generated once per fork, only for the benchmarks that need it. */
  @State(Scope.Benchmark)
  public static class Plans {
    /** How many municipalities of the corpus, in register order; 357 is the whole country. */
    @Param("357")
    public int municipalities;
    List<Plan> plans;
    PlanValidator validator;

    /** Generates the corpus. */
    @Setup(Level.Trial)
    public void setUp() {
      plans = NationalCorpus.generate(Long.getLong("helseplan.seed", NationalCorpus.DEFAULT_SEED), municipalities)
          .getPlans();
      validator = newValidator();
    }
  }

  /**
   * The corpus as JSON and YAML text: read from the directory {@code -Dhelseplan.corpus} names when it holds
   * the files {@link NationalRun} writes (much faster on a loaded machine), else generated and written in memory.
   */
  @State(Scope.Benchmark)
  public static class Texts {
    /** How many municipalities of the corpus, in register order; 357 is the whole country. */
    @Param("357")
    public int municipalities;
    List<String> json;
    List<String> yaml;
    ObjectMapper jsonMapper;
    ObjectMapper yamlMapper;
    PlanValidator validator;

    /** Loads or generates the texts. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
      json = new ArrayList<>();
      yaml = new ArrayList<>();
      String dir = System.getProperty("helseplan.corpus");
      if (dir != null && Files.isDirectory(Path.of(dir))) {
        try (Stream<Path> files = Files.list(Path.of(dir))) {
          for (Path file : files.sorted().collect(Collectors.toList())) {
            String name = file.getFileName().toString();
            if (name.endsWith(".json") && json.size() < municipalities) {
              json.add(Files.readString(file));
            } else if (name.endsWith(".yaml") && yaml.size() < municipalities) {
              yaml.add(Files.readString(file));
            }
          }
        }
      } else {
        for (Plan plan : NationalCorpus.generate(Long.getLong("helseplan.seed", NationalCorpus.DEFAULT_SEED),
            municipalities).getPlans()) {
          json.add(PlanWriter.canonical().toString(plan, PlanFormat.JSON));
          yaml.add(PlanWriter.canonical().toString(plan, PlanFormat.YAML));
        }
      }
      jsonMapper = Mappers.json(ReadLimits.defaults());
      yamlMapper = Mappers.yaml(ReadLimits.defaults());
      validator = newValidator();
    }
  }

  /** Phrases as written in the time-frame, resources and responsibility columns. */
  @State(Scope.Benchmark)
  public static class Phrases {
    List<String> timeframes;
    List<String> resources;
    List<String> responsibilities;
    TimeframeContext context;

    /** Generates the phrases. */
    @Setup(Level.Trial)
    public void setUp() {
      timeframes = NationalCorpus.phrases("timeframe", PHRASES, 1);
      resources = NationalCorpus.phrases("resources", PHRASES, 2);
      responsibilities = NationalCorpus.phrases("responsibility", PHRASES, 3);
      context = TimeframeContext.ofPeriod(2024, 2030);
    }
  }

  /**
   * The validator a national register would use: the municipality register and the default written-standard
   * detector ({@link WrittenStandardDetector#standard()}, which reads the plan's texts one
   * by one and trusts a guess from a confidence of 0.8).
   *
   * @return the validator
   */
  public static PlanValidator newValidator() {
    MunicipalityRegister register = MunicipalityRegister.bundled();
    return PlanValidator.builder()
        .language(Language.NB)
        .municipalities((number, date) -> register.find(number, date).isPresent())
        .writtenStandard(WrittenStandardDetector.standard())
        .build();
  }

  /** (a) The floor: the JSON text parsed into a tree. */
  @Benchmark
  public void floorJsonTree(Texts t, Blackhole hole) {
    for (String text : t.json) {
      hole.consume(t.jsonMapper.readTree(text));
    }
  }

  /** (a') The YAML floor: the YAML text parsed into a tree. */
  @Benchmark
  public void floorYamlTree(Texts t, Blackhole hole) {
    for (String text : t.yaml) {
      hole.consume(t.yamlMapper.readTree(text));
    }
  }

  /** (b) Typed read of the JSON corpus. */
  @Benchmark
  public void readJson(Texts t, Blackhole hole) {
    for (String text : t.json) {
      hole.consume(PlanReader.strict().read(text, PlanFormat.JSON));
    }
  }

  /** (b') Typed read of the YAML corpus. */
  @Benchmark
  public void readYaml(Texts t, Blackhole hole) {
    for (String text : t.yaml) {
      hole.consume(PlanReader.strict().read(text, PlanFormat.YAML));
    }
  }

  /** (c) Read and validate the JSON corpus. */
  @Benchmark
  public void readValidateJson(Texts t, Blackhole hole) {
    for (String text : t.json) {
      hole.consume(t.validator.validate(PlanReader.strict().read(text, PlanFormat.JSON)));
    }
  }

  /** (c') Validate plans already read. */
  @Benchmark
  public void validate(Plans p, Blackhole hole) {
    for (Plan plan : p.plans) {
      hole.consume(p.validator.validate(plan));
    }
  }

  /** (d) Write the corpus as JSON. */
  @Benchmark
  public void writeJson(Plans p, Blackhole hole) {
    for (Plan plan : p.plans) {
      hole.consume(PlanWriter.canonical().toString(plan, PlanFormat.JSON));
    }
  }

  /** (d') Write the corpus as YAML. */
  @Benchmark
  public void writeYaml(Plans p, Blackhole hole) {
    for (Plan plan : p.plans) {
      hole.consume(PlanWriter.canonical().toString(plan, PlanFormat.YAML));
    }
  }

  /** (e) Interpret 10 000 time-frame phrases. */
  @Benchmark
  public void interpretTimeframes(Phrases f, Blackhole hole) {
    for (int i = 0; i < f.timeframes.size(); i++) {
      hole.consume(Timeframe.parse(f.timeframes.get(i), (i & 1) == 0 ? Language.NB : Language.NN, f.context));
    }
  }

  /** (e) Interpret 10 000 resources phrases. */
  @Benchmark
  public void interpretResources(Phrases f, Blackhole hole) {
    for (int i = 0; i < f.resources.size(); i++) {
      hole.consume(Resources.parse(f.resources.get(i), (i & 1) == 0 ? Language.NB : Language.NN));
    }
  }

  /** (e) Interpret 10 000 responsibility phrases. */
  @Benchmark
  public void interpretResponsibilities(Phrases f, Blackhole hole) {
    for (int i = 0; i < f.responsibilities.size(); i++) {
      hole.consume(Responsibility.parse(f.responsibilities.get(i), (i & 1) == 0 ? Language.NB : Language.NN));
    }
  }

  /** (f) The analysis aggregations over the corpus: every table of {@link PlanCorpus}. */
  @Benchmark
  public void analysis(Plans p, Blackhole hole) {
    PlanCorpus corpus = PlanCorpus.of(p.plans);
    hole.consume(corpus.countByFocusArea(Language.NB));
    hole.consume(corpus.countByTimeframeKind(Language.NB));
    hole.consume(corpus.countByLeadKind(Language.NB));
    hole.consume(corpus.resourceTotals(Language.NB));
    hole.consume(corpus.dueIn(2026, Language.NB));
    hole.consume(corpus.concreteness(Language.NB));
    hole.consume(corpus.countByTheme(Language.NB));
  }
}
