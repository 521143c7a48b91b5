package no.helseplan.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link RatioRun} on a few municipalities: every round timed, the three ratios summed up over the counted rounds.
 */
class RatioRunTest {

  @Test
  void test_main_printsEachRoundAndTheThreeRatios() throws Exception {
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setProperty("helseplan.municipalities", "4");
    try {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      RatioRun.main(new String[] {"4"});
    } finally {
      System.setOut(out);
      System.clearProperty("helseplan.municipalities");
    }
    List<String> lines = Arrays.asList(printed.toString(StandardCharsets.UTF_8).split("\n"));
    List<String> rounds = lines.stream().filter(l -> l.startsWith("round")).collect(Collectors.toList());
    assertEquals(4, rounds.size(), lines::toString);
    assertEquals(2, rounds.stream().filter(l -> l.contains("(warm-up)")).count(), lines::toString);
    for (String ratio : List.of("typed JSON read / JSON tree floor", "JSON read + validate / JSON tree floor",
        "typed YAML read / typed JSON read")) {
      assertTrue(lines.stream().anyMatch(l -> l.startsWith(ratio) && l.endsWith("over 2 rounds")),
          ratio + " in " + lines);
    }
  }
}
