package no.helseplan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import no.helseplan.plan.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExamplesTest {

  // names(), all()

  @Test
  void test_names_stableOrder() {
    assertEquals(List.of("heroy", "sor-varanger", "hustadvika", "voss", "rodoy"), Examples.names());
  }

  @Test
  void test_all_sameOrderAsNames_andMunicipalities() {
    List<Plan> all = Examples.all();
    assertEquals(List.of("1515", "5444", "1579", "4621", "1836"),
        all.stream().map(p -> p.getMunicipality().getNumber()).collect(Collectors.toList()));
    assertEquals(List.of(Examples.heroy(), Examples.sorVaranger(), Examples.hustadvika(), Examples.voss(),
        Examples.rodoy()), all);
  }

  // caching

  @Test
  void test_plans_loadedOnce_sameInstance() {
    assertSame(Examples.heroy(), Examples.heroy());
    assertSame(Examples.voss(), Examples.byName("voss").orElseThrow());
    assertSame(Examples.all().get(4), Examples.rodoy());
  }

  @Test
  void test_plans_threadSafe_everyThreadSeesTheSameInstances() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Plan>>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 32; i++) {
        results.add(pool.submit(Examples::all));
      }
      List<Plan> first = results.get(0).get();
      for (Future<List<Plan>> result : results) {
        List<Plan> plans = result.get();
        for (int p = 0; p < plans.size(); p++) {
          assertSame(first.get(p), plans.get(p), "plan " + p);
        }
      }
    } finally {
      pool.shutdown();
    }
  }

  // byName(String)

  @ParameterizedTest
  @CsvSource({
      "heroy, 1515", "Herøy, 1515", "HEROY, 1515", "sor-varanger, 5444", "Sør-Varanger, 5444",
      "sor_varanger, 5444", "sør varanger, 5444", "hustadvika, 1579", "voss, 4621", "Rødøy, 1836",
      "' rodoy ', 1836"})
  void test_byName_known(String name, String number) {
    assertEquals(number, Examples.byName(name).orElseThrow(() -> new AssertionError(name)).getMunicipality()
        .getNumber());
  }

  @ParameterizedTest
  @CsvSource({"oslo", "heroy.yaml", "''", "voss2", "../voss"})
  void test_byName_unknown(String name) {
    assertTrue(Examples.byName(name).isEmpty(), name);
  }
}
