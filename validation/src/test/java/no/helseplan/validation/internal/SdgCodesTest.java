package no.helseplan.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The UN list: 17 goals and 169 targets, as the UN writes their codes. */
class SdgCodesTest {

  // all()

  @Test
  void test_all_17goalsAnd169targets() {
    long goals = SdgCodes.all().stream().filter(c -> c.indexOf('.') < 0).count();
    long targets = SdgCodes.all().size() - goals;
    assertEquals(17, goals);
    assertEquals(169, targets);
  }

  @Test
  void test_all_targetsPerGoal() {
    // Counts per goal as published by the UN (https://sdgs.un.org/goals): outcome targets + lettered targets.
    Map<Integer, Integer> expected = new TreeMap<>(Map.ofEntries(Map.entry(1, 7), Map.entry(2, 8),
        Map.entry(3, 13), Map.entry(4, 10), Map.entry(5, 9), Map.entry(6, 8), Map.entry(7, 5), Map.entry(8, 12),
        Map.entry(9, 8), Map.entry(10, 10), Map.entry(11, 10), Map.entry(12, 11), Map.entry(13, 5),
        Map.entry(14, 10), Map.entry(15, 12), Map.entry(16, 12), Map.entry(17, 19)));
    Map<Integer, Integer> actual = new TreeMap<>();
    SdgCodes.all().stream().filter(c -> c.indexOf('.') > 0)
        .forEach(c -> actual.merge(Integer.parseInt(c.substring(0, c.indexOf('.'))), 1, Integer::sum));
    assertEquals(expected, actual);
  }

  // isKnown(String)

  @ParameterizedTest
  @ValueSource(strings = {"1", "3", "17", "3.4", "3.b", "3.d", "1.a", "8.10", "16.10", "17.19", "14.c", "10.c"})
  void test_isKnown_true(String code) {
    assertTrue(SdgCodes.isKnown(code), code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "18", "03", "3.", ".4", "3.e", "3.B", "3.14", "17.20", "17.a", "13.c", "1.c", "",
      " 3", "3.4 ", "SDG 3", "3,4"})
  void test_isKnown_false(String code) {
    assertFalse(SdgCodes.isKnown(code), code);
  }
}
