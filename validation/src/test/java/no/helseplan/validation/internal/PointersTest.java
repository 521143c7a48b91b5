package no.helseplan.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JSON pointers: escaping and document order. */
class PointersTest {

  // escape(String)

  @Test
  void test_escape() {
    assertEquals("a~1b~0c", Pointers.escape("a/b~c"));
    assertEquals("tiltak", Pointers.escape("tiltak"));
  }

  // ORDER

  @Test
  void test_order_numbersAsNumbersParentsFirst() {
    List<String> pointers = new ArrayList<>(List.of("/measures/10/title", "/focusAreas/2", "/measures/2/title",
        "/focusAreas/10/goals/0", "", "/focusAreas/2/goals/1", "/focusAreas/2/goals/0/id", "/measures/2"));
    pointers.sort(Pointers.ORDER);
    assertEquals(List.of("", "/focusAreas/2", "/focusAreas/2/goals/0/id", "/focusAreas/2/goals/1",
        "/focusAreas/10/goals/0", "/measures/2", "/measures/2/title", "/measures/10/title"), pointers);
  }

  /**
   * The order is a total order that agrees with its definition written out plainly (split at every slash,
   * tokens of 1–9 digits as numbers, other tokens as text, fewer tokens first), over seeded random pointers.
   */
  @Test
  void test_order_agreesWithPlainDefinition() {
    long seed = Long.getLong("helseplan.seed", 20261126L);
    java.util.Random random = new java.util.Random(seed);
    String[] tokens = {"", "0", "1", "2", "9", "10", "01", "123456789", "1234567890", "goals", "goal", "measures",
        "a~1b", "æ", "Ø"};
    List<String> pointers = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      StringBuilder p = new StringBuilder();
      int n = random.nextInt(5);
      for (int k = 0; k < n; k++) {
        p.append('/').append(tokens[random.nextInt(tokens.length)]);
      }
      pointers.add(random.nextInt(10) == 0 ? p.toString().replaceFirst("^/", "") : p.toString());
    }
    for (String a : pointers) {
      for (String b : pointers) {
        assertEquals(Integer.signum(plain(a, b)), Integer.signum(Pointers.ORDER.compare(a, b)),
            () -> "seed " + seed + ": «" + a + "» against «" + b + "»");
      }
    }
  }

  private static int plain(String a, String b) {
    String[] x = a.split("/", -1);
    String[] y = b.split("/", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      boolean na = x[i].matches("[0-9]{1,9}");
      boolean nb = y[i].matches("[0-9]{1,9}");
      int c = na && nb && x[i].length() != y[i].length()
          ? Integer.compare(x[i].length(), y[i].length()) : x[i].compareTo(y[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }
}
