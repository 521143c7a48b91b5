package no.helseplan.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a value is quoted in a message: one line, at most {@link CheckValidator#MAX_QUOTED} characters. */
class CheckValidatorTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Jamleg|Jamleg",
      "'  Haust 2025  '|Haust 2025",
      "'Dagleg leiar\n ved Svingen'|Dagleg leiar ved Svingen",
      "'a\t\tb'|a b",
      "'a  b'|a b",
  })
  void test_quote_oneLine(String value, String quoted) {
    assertEquals(quoted, CheckValidator.quote(value));
  }

  @Test
  void test_quote_shortensLongValues() {
    String quoted = CheckValidator.quote("ord ".repeat(40));
    assertEquals(CheckValidator.MAX_QUOTED, quoted.length());
    assertEquals('…', quoted.charAt(quoted.length() - 1));
  }

  /** The quick path for one-line values gives what collapsing every whitespace run gives, over random text. */
  @Test
  void test_quote_sameAsCollapsingWhitespace() {
    long seed = Long.getLong("helseplan.seed", 20261126L);
    Random random = new Random(seed);
    char[] alphabet = {'a', 'ø', ' ', ' ', '\t', '\n', '\r', '\u000B', '\u001C', '\u00A0', '\u2028', '\u3000'};
    for (int n = 0; n < 5000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String value = text.toString();
      String line = value.strip().replaceAll("\\s+", " ");
      String expected = line.length() <= CheckValidator.MAX_QUOTED ? line
          : line.substring(0, CheckValidator.MAX_QUOTED - 1) + "…";
      int caseNumber = n;
      assertEquals(expected, CheckValidator.quote(value),
          () -> "seed " + seed + ", case " + caseNumber + ": «" + value + "»");
    }
  }

  /**
   * A parameter is passed unescaped only where Hibernate Validator's escaping (a backslash before each of
   * {@code \ { } $}) would leave it as it is, over random text.
   */
  @Test
  void test_needsEscaping_exactlyWhereEscapingChangesTheValue() {
    long seed = Long.getLong("helseplan.seed", 20261126L);
    Random random = new Random(seed);
    char[] alphabet = {'a', 'ø', ' ', '\\', '{', '}', '$', '#', '%', '€'};
    for (int n = 0; n < 5000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(8); i > 0; i--) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String value = text.toString();
      boolean changed = !value.replaceAll("([\\\\{}$])", "\\\\$1").equals(value);
      int caseNumber = n;
      assertEquals(changed, CheckValidator.needsEscaping(value),
          () -> "seed " + seed + ", case " + caseNumber + ": «" + value + "»");
    }
    assertFalse(CheckValidator.needsEscaping(42));
    assertFalse(CheckValidator.needsEscaping(Boolean.TRUE));
  }
}
