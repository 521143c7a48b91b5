package no.helseplan.timeframe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.stream.IntStream;
import no.helseplan.text.RandomText;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of {@link Timeframe#parse} and {@link Timeframe#describe}, over seeded generators: the seed is
 * {@code -Dhelseplan.seed} (fixed by default) plus the case number, and every failure message names both.
 */
class TimeframePropertiesTest {
  static final long SEED = Long.getLong("helseplan.seed", 20261126L);

  static IntStream cases() {
    return IntStream.range(0, 400);
  }

  static IntStream fewCases() {
    return IntStream.range(0, 40);
  }

  /** describe then parse gives back the same time frame, in nb and in nn. */
  @ParameterizedTest(name = "case {0}")
  @MethodSource("cases")
  void test_describe_parse_roundTrip(int n) {
    TimeframeGenerator.Case c = new TimeframeGenerator(SEED + n).next();
    for (Language language : new Language[] {Language.NB, Language.NN}) {
      String description = c.timeframe.describe(language);
      Timeframe back = Timeframe.parse(description, language, c.context);
      assertEquals(withText(c.timeframe, description), back, () -> "seed " + (SEED + n) + " (helseplan.seed="
          + SEED + ", case " + n + "), " + language + ": «" + description + "» from " + c);
    }
  }

  /**
   * The context counts only through its reference year ({@link TimeframeContext#getReferenceYear()}): two
   * contexts with the same reference year give the same reading of any text (readers rely on this to
   * remember readings across plans).
   */
  @ParameterizedTest(name = "case {0}")
  @MethodSource("cases")
  void test_parse_dependsOnlyOnReferenceYear(int n) {
    TimeframeGenerator.Case c = new TimeframeGenerator(SEED + n).next();
    TimeframeContext other = c.context.getReferenceYear()
        .map(y -> TimeframeContext.builder().documentDate(java.time.LocalDate.of(y, 11, 30))
            .periodStart(y - 3).periodEnd(y + 9).build())
        .orElse(TimeframeContext.none());
    String random = new RandomText(SEED + n).next(VOCABULARY);
    for (Language language : new Language[] {Language.NB, Language.NN}) {
      for (String text : new String[] {c.timeframe.describe(language), c.timeframe.getText(), random}) {
        assertEquals(Timeframe.parse(text, language, c.context), Timeframe.parse(text, language, other),
            () -> "seed " + (SEED + n) + ", " + language + ": «" + text + "» in " + c.context + " and " + other);
      }
    }
  }

  /** Every shape describes itself in English too, in words, never as the verbatim text of a recognised shape. */
  @ParameterizedTest(name = "case {0}")
  @MethodSource("cases")
  void test_describe_english_isWords(int n) {
    TimeframeGenerator.Case c = new TimeframeGenerator(SEED + n).next();
    String en = c.timeframe.describe(Language.EN);
    assertFalse(en.isBlank(), () -> "seed " + (SEED + n) + ": blank description of " + c);
    if (!(c.timeframe instanceof Unrecognised)) {
      assertFalse(en.equals(c.timeframe.getText()), () -> "seed " + (SEED + n) + ": " + en);
    }
  }

  /** No string makes the parser throw, and the text always comes back verbatim. */
  @ParameterizedTest(name = "case {0}")
  @MethodSource("cases")
  void test_parse_neverThrows(int n) {
    RandomText random = new RandomText(SEED + n);
    String text = random.next(VOCABULARY);
    TimeframeContext context = n % 2 == 0 ? TimeframeContext.none() : TimeframeContext.ofPeriod(2025, 2028);
    for (Language language : Language.values()) {
      Timeframe t = Timeframe.parse(text, language, context);
      assertNotNull(t);
      assertEquals(text, t.getText(), () -> "seed " + (SEED + n) + ": text changed");
      // Neither bounds nor descriptions throw on what the parser made.
      t.getBounds(context);
      t.describe(language);
    }
  }

  /** Huge inputs return at once (as unrecognised), and do not throw. */
  @ParameterizedTest(name = "case {0}")
  @MethodSource("fewCases")
  void test_parse_hugeInput(int n) {
    String text = new RandomText(SEED + n).huge(100_000, VOCABULARY);
    Timeframe t = Timeframe.parse(text, Language.NB, TimeframeContext.none());
    assertEquals(TimeframeKind.UNRECOGNISED, t.getKind(), () -> "seed " + (SEED + n));
    assertEquals(text, t.getText());
  }

  /** Words of the grammar, mixed at random, fuzz the parser's paths. */
  static final String[] VOCABULARY = {"hvert", "kvart", "4.", "år", "-", "–", "/", "2026", "2027", "21", "innan",
      "innen", "utgangen", "av", "i", "løpet", "planperioden", "haust", "vår", "Q", "1", "kvartal", "halvår",
      "Tysdag", "24.", "juni", "aug", "sept.", "Frist", "Tidsramme:", "veke", "uker", "minst", "ein", "gong", "og",
      ",", "31.12.2025", "2026-02-12", "jamleg", "oddetalsår", "fra", "til", "Møte", "29.", "feb", "0", "99.",
      "(", ")", "den", "siste", "første", "h", "2", "mnd", "per", "etter", "12.13.2025", "31.02", "00.00.0000"};

  private static Timeframe withText(Timeframe t, String text) {
    if (t instanceof Ongoing) {
      return Ongoing.of(text);
    }
    if (t instanceof Unspecified) {
      return Unspecified.of(text);
    }
    if (t instanceof Unrecognised) {
      return Unrecognised.of(text);
    }
    if (t instanceof Point) {
      return Point.builder().from((Point) t).text(text).build();
    }
    if (t instanceof Span) {
      Span span = (Span) t;
      return Span.of(text, span.getFrom(), span.getTo());
    }
    if (t instanceof Recurring) {
      return Recurring.builder().from((Recurring) t).text(text).build();
    }
    return Relative.builder().from((Relative) t).text(text).build();
  }
}
