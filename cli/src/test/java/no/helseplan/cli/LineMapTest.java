package no.helseplan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import no.helseplan.io.PlanFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineMapTest {
  private static final String YAML = "formatVersion: \"1.0\"\n"
      + "focusAreas:\n"
      + "  - name: Meistring\n"
      + "    measures:\n"
      + "      - id: t-1\n"
      + "      - id: t-2\n"
      + "        timeframe: Haust 2025\n";
  private static final String JSON = "{\"formatVersion\": \"1.0\",\n"
      + " \"focusAreas\": [\n"
      + "  {\"name\": \"Meistring\",\n"
      + "   \"measures\": [{\"id\": \"t-1\"},\n"
      + "                {\"id\": \"t-2\", \"timeframe\": \"Haust 2025\"}]}]}\n";

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "YAML|/focusAreas/0/measures/1/timeframe|7|9",
      "YAML|/focusAreas/0/measures/1/id|6|9",
      "YAML|/focusAreas/0/measures/1|6|9",
      "YAML|/focusAreas/0/measures/1/responsibility|6|9",
      "YAML|/focusAreas/0/goals|3|5",
      "YAML|/formatVersion|1|1",
      "JSON|/focusAreas/0/measures/1/timeframe|5|31",
      "JSON|/focusAreas/0/measures/1/responsibility|5|17",
      "JSON|/focusAreas/0/measures/0/id|4|18",
      "JSON|/vision|1|1",
  })
  void test_find(PlanFormat format, String pointer, int line, int column) {
    LineMap map = LineMap.of(format == PlanFormat.YAML ? YAML : JSON, format);
    assertArrayEquals(new int[] {line, column}, map.find(pointer).orElseThrow(), pointer);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"YAML|a: [1, 2", "JSON|{\"a\": [1,", "JSON|''"})
  void test_of_brokenText_neverThrows(PlanFormat format, String text) {
    LineMap map = LineMap.of(text, format);
    assertTrue(map.find("/b/c").isEmpty() || map.find("/b/c").get()[0] == 1);
  }
}
