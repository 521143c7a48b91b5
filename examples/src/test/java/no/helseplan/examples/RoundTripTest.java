package no.helseplan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import no.helseplan.io.PlanFormat;
import no.helseplan.io.PlanReader;
import no.helseplan.io.PlanWriter;
import no.helseplan.plan.Plan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every bundled plan survives writing and reading back unchanged, in YAML and in JSON. */
class RoundTripTest {

  @ParameterizedTest
  @CsvSource({
      "heroy, YAML", "sor-varanger, YAML", "hustadvika, YAML", "voss, YAML", "rodoy, YAML",
      "heroy, JSON", "sor-varanger, JSON", "hustadvika, JSON", "voss, JSON", "rodoy, JSON"})
  void test_writeThenRead_equal(String name, PlanFormat format) {
    Plan plan = Examples.byName(name).orElseThrow();
    String written = PlanWriter.canonical().toString(plan, format);
    Plan read = PlanReader.strict().read(written, format);
    assertEquals(plan, read, name + " in " + format);
    // Writing is stable: the second writing is the first.
    assertEquals(written, PlanWriter.canonical().toString(read, format), name + " in " + format);
  }
}
