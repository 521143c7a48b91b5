package no.helseplan.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.helseplan.io.PlanFormat;
import no.helseplan.io.PlanReadException;
import no.helseplan.io.PlanReader;
import no.helseplan.io.ReadProblem;
import no.helseplan.io.ReadResult;
import no.helseplan.io.csv.PlanCsv;
import no.helseplan.plan.Plan;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz tests of the readers: whatever the bytes, a reader returns a plan or throws {@link PlanReadException}
 * with at least one located problem. Any other exception, an error or a hang is a finding.
 *
 * <p>Each input must finish within the per-input bound of {@link Timeout}: in regression mode JUnit times each
 * input (in a separate thread, so that even a loop that never checks for interruption fails the test rather than
 * the build hanging); when fuzzing, JUnit's timeout is disabled in {@code pom.xml}, because JUnit would time the
 * whole fuzzing run as one invocation, and Jazzer passes the same bound to libFuzzer as {@code -timeout}.
 *
 * <p>{@code mvn verify} runs each test in regression mode on the empty input and the seeds under
 * {@code src/test/resources/no/helseplan/fuzz/ReaderFuzzTestInputs/<method>/}, then fuzzes each for a short while;
 * long runs are described in {@code benchmarks/README.md}.
 */
class ReaderFuzzTest {
  private static final PlanCsv CSV = PlanCsv.of(Language.NB);

  @FuzzTest(maxDuration = "2m")
  @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = SEPARATE_THREAD)
  void fuzzJson(byte[] input) {
    read(input, PlanFormat.JSON, PlanReader.strict());
    read(input, PlanFormat.JSON, PlanReader.lenient());
  }

  @FuzzTest(maxDuration = "2m")
  @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = SEPARATE_THREAD)
  void fuzzYaml(byte[] input) {
    read(input, PlanFormat.YAML, PlanReader.strict());
    read(input, PlanFormat.YAML, PlanReader.lenient());
  }

  /**
   * The CSV import of measure tables, {@link PlanCsv#read(String)}, over the bytes decoded as UTF-8. A table that
   * reads is also written and read again: writing what was read must give a table that reads back to the same
   * table, so nothing read is lost or altered on the way out.
   */
  @FuzzTest(maxDuration = "2m")
  @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = SEPARATE_THREAD)
  void fuzzCsv(byte[] input) {
    List<Plan> plans;
    try {
      plans = CSV.read(new String(input, StandardCharsets.UTF_8));
    } catch (PlanReadException e) {
      checkProblems(e);
      return;
    }
    assertNotNull(plans);
    String table = CSV.toString(plans);
    assertEquals(table, CSV.toString(CSV.read(table)), "a table written from what was read reads back unchanged");
  }

  /** Loads and compiles the readers once, so the per-input bound measures the input and not the cold start. */
  @BeforeAll
  static void warmUp() {
    for (PlanFormat format : PlanFormat.values()) {
      try {
        PlanReader.strict().read("{\"formatVersion\": \"1.0\"}", format);
      } catch (PlanReadException e) {
        checkProblems(e);
      }
    }
    assertEquals(List.of(), CSV.read(CSV.toString(List.of())), "a table of headers only holds no plans");
  }

  private static void read(byte[] input, PlanFormat format, PlanReader reader) {
    try {
      ReadResult result = reader.readWithWarnings(new ByteArrayInputStream(input), format);
      assertNotNull(result.getPlan());
    } catch (PlanReadException e) {
      checkProblems(e);
    }
  }

  private static void checkProblems(PlanReadException e) {
    assertFalse(e.getProblems().isEmpty(), "a read exception names at least one problem");
    for (ReadProblem problem : e.getProblems()) {
      assertNotNull(problem.getCode());
      assertNotNull(problem.getLocation());
      assertFalse(problem.getMessage(Language.NN).isBlank(), problem.getCode());
    }
    assertNotNull(e.getMessage());
  }
}
