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
}
