package no.helseplan.text;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Seeded random strings for the parsers' never-throws properties: empty, white space only, control characters,
 * mixed scripts, arbitrary UTF-16 units (unpaired surrogates included), soups of a parser's own vocabulary, and
 * huge texts. The same seed gives the same strings.
 */
public final class RandomText {
  private static final String[] SCRIPTS = {"abcæøåÆØÅ", "абвгдеж", "αβγδε", "مرحبا", "漢字かなカナ", "שלום",
      "\uD83D\uDE00\uD83C\uDDF3\uD83C\uDDF4", "ŋđčšžáŧ", "\u0301\u0308\u200B\u00AD\uFEFF", "0123456789",
      "-–—/.,:;()[]&%+"};
  private static final String SPACE = " \t\n\r\u00A0\u2007\u202F\u2028\u2029\u000B\f";

  private final RandomGenerator random;

  /**
   * Creates a generator.
   *
   * @param seed the seed
   */
  public RandomText(long seed) {
    this.random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
  }

  /**
   * Returns the next random string.
   *
   * @param vocabulary words to mix into soups, such as the parser's own words
   * @return a string, possibly empty
   */
  public String next(String[] vocabulary) {
    switch (random.nextInt(8)) {
      case 0:
        return "";
      case 1:
        return fromAlphabet(SPACE, 1 + random.nextInt(40));
      case 2:
        StringBuilder control = new StringBuilder();
        for (int i = random.nextInt(30); i >= 0; i--) {
          control.append((char) random.nextInt(0x20));
          if (random.nextBoolean()) {
            control.append(vocabulary[random.nextInt(vocabulary.length)]);
          }
        }
        return control.toString();
      case 3:
        StringBuilder mixed = new StringBuilder();
        for (int i = random.nextInt(12); i >= 0; i--) {
          mixed.append(fromAlphabet(SCRIPTS[random.nextInt(SCRIPTS.length)], 1 + random.nextInt(8)));
          if (random.nextBoolean()) {
            mixed.append(' ');
          }
        }
        return mixed.toString();
      case 4:
        StringBuilder units = new StringBuilder();
        for (int i = random.nextInt(60); i >= 0; i--) {
          units.append((char) random.nextInt(0x10000));
        }
        return units.toString();
      case 5:
        StringBuilder longer = new StringBuilder();
        for (int i = 200 + random.nextInt(3000); i >= 0; i--) {
          longer.append(random.nextInt(4) == 0 ? ' ' : (char) ('0' + random.nextInt(75)));
        }
        return longer.toString();
      default:
        StringBuilder soup = new StringBuilder();
        for (int i = random.nextInt(9); i >= 0; i--) {
          soup.append(vocabulary[random.nextInt(vocabulary.length)]);
          int sep = random.nextInt(6);
          soup.append(sep < 3 ? " " : sep == 3 ? "" : sep == 4 ? "\n" : "- ");
        }
        return soup.toString();
    }
  }

  /**
   * Returns a text of about a length, built from one of several patterns (words, spaces, digits, dashes).
   *
   * @param length the length in UTF-16 units
   * @param vocabulary words to repeat
   * @return the text
   */
  public String huge(int length, String[] vocabulary) {
    StringBuilder sb = new StringBuilder(length + 64);
    int pattern = random.nextInt(5);
    while (sb.length() < length) {
      switch (pattern) {
        case 0:
          sb.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
          break;
        case 1:
          sb.append(' ');
          break;
        case 2:
          sb.append((char) ('0' + random.nextInt(10)));
          break;
        case 3:
          sb.append("-\n");
          break;
        default:
          sb.append(fromAlphabet(SCRIPTS[random.nextInt(SCRIPTS.length)], 10));
      }
    }
    return sb.toString();
  }

  private String fromAlphabet(String alphabet, int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
