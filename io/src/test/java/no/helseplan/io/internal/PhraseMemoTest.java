package no.helseplan.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import no.helseplan.measure.Resources;
import no.helseplan.responsibility.Responsibility;
import no.helseplan.timeframe.Timeframe;
import no.helseplan.timeframe.TimeframeContext;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhraseMemoTest {
  private static final TimeframeContext PERIOD = TimeframeContext.ofPeriod(2024, 2027);

  @BeforeEach
  void forget() {
    PhraseMemo.clear();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "TIMEFRAME|Haust 2025|nn",
      "TIMEFRAME|I løpet av planperioden|nb",
      "TIMEFRAME|Oddetalsår|nn",
      "RESOURCES|Egne rammer / OU midler|nb",
      "RESOURCES|0,5 årsverk i heimetenesta|nn",
      "RESPONSIBILITY|Dagleg leiar ved Svingen, saman med leiargruppa|nn",
  })
  void gives_what_the_interpreter_gives_the_first_time_and_after(String kind, String text, String language) {
    Verbatim verbatim = Verbatim.valueOf(kind);
    Language lang = Language.ofCode(language).orElseThrow();
    Object direct = verbatim.interpret(text, lang, PERIOD);
    Object first = PhraseMemo.interpret(verbatim, text, lang, PERIOD);
    Object again = PhraseMemo.interpret(verbatim, text, lang, PERIOD);
    assertEquals(direct, first);
    assertSame(first, again, "the second reading comes from the memo");
  }

  @Test
  void a_time_frame_depends_on_the_context_and_the_language() {
    // "Haust" takes its year from the context: the plan's first year here, 2030 there.
    Object inPeriod = PhraseMemo.interpret(Verbatim.TIMEFRAME, "Haust", Language.NN, PERIOD);
    TimeframeContext later = TimeframeContext.ofPeriod(2030, 2033);
    Object otherPeriod = PhraseMemo.interpret(Verbatim.TIMEFRAME, "Haust", Language.NN, later);
    assertEquals(Timeframe.parse("Haust", Language.NN, PERIOD), inPeriod);
    assertEquals(Timeframe.parse("Haust", Language.NN, later), otherPeriod);
    assertNotEquals(inPeriod, otherPeriod);
    // Only the reference year counts: another plan starting in 2024 shares the reading.
    assertSame(inPeriod, PhraseMemo.interpret(Verbatim.TIMEFRAME, "Haust", Language.NN,
        TimeframeContext.ofPeriod(2024, 2035)));
    Object dated = PhraseMemo.interpret(Verbatim.TIMEFRAME, "innan 1 veke", Language.NN,
        TimeframeContext.ofDate(LocalDate.of(2025, 3, 1)));
    assertEquals(Timeframe.parse("innan 1 veke", Language.NN, TimeframeContext.ofDate(LocalDate.of(2025, 3, 1))),
        dated);
  }

  @Test
  void resources_and_responsibility_do_not_depend_on_the_context() {
    Object a = PhraseMemo.interpret(Verbatim.RESOURCES, "1 årsverk", Language.NB, PERIOD);
    Object b = PhraseMemo.interpret(Verbatim.RESOURCES, "1 årsverk", Language.NB, TimeframeContext.none());
    assertSame(a, b);
    assertEquals(Resources.parse("1 årsverk", Language.NB), a);
    Object lead = PhraseMemo.interpret(Verbatim.RESPONSIBILITY, "Kommunalsjef", Language.NB, PERIOD);
    assertEquals(Responsibility.parse("Kommunalsjef", Language.NB), lead);
    assertEquals(2, PhraseMemo.size());
  }

  @Test
  void stays_within_its_bound_and_keeps_no_long_text() {
    for (int i = 0; i < PhraseMemo.MAX_ENTRIES + 100; i++) {
      PhraseMemo.interpret(Verbatim.TIMEFRAME, "Haust " + (1000 + i), Language.NN, PERIOD);
      assertTrue(PhraseMemo.size() <= PhraseMemo.MAX_ENTRIES);
    }
    PhraseMemo.clear();
    String longText = "Jamleg ".repeat(PhraseMemo.MAX_TEXT);
    Object value = PhraseMemo.interpret(Verbatim.TIMEFRAME, longText, Language.NN, PERIOD);
    assertEquals(longText, ((Timeframe) value).getText());
    assertEquals(0, PhraseMemo.size());
  }

  @Test
  void finds_a_phrase_held_in_a_larger_buffer() {
    Object first = PhraseMemo.interpret(Verbatim.TIMEFRAME, "Haust 2025", Language.NN, PERIOD);
    char[] buffer = "{\"timeframe\": \"Haust 2025\"}".toCharArray();
    Object found = PhraseMemo.interpret(Verbatim.TIMEFRAME, buffer, 15, 10, null, Language.NN, PERIOD,
        PhraseMemo.yearOf(PERIOD));
    assertSame(first, found);
    Object other = PhraseMemo.interpret(Verbatim.TIMEFRAME, buffer, 15, 5, null, Language.NN, PERIOD,
        PhraseMemo.yearOf(PERIOD));
    assertEquals(Timeframe.parse("Haust", Language.NN, PERIOD), other);
    assertEquals(2, PhraseMemo.size());
  }

  @Test
  void gives_the_interpreters_readings_to_threads_reading_at_once() throws Exception {
    String[] phrases = new String[400];
    for (int i = 0; i < phrases.length; i++) {
      phrases[i] = (i % 2 == 0 ? "Haust " : "Innan utgangen av ") + (2000 + i % 50);
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      java.util.List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int seed = t;
        results.add(pool.submit(() -> {
          boolean same = true;
          for (int n = 0; n < 20_000; n++) {
            String text = phrases[(n * 7 + seed * 13) % phrases.length];
            if (n % 5_000 == 4_999) {
              PhraseMemo.clear();
            }
            same &= Timeframe.parse(text, Language.NN, PERIOD)
                .equals(PhraseMemo.interpret(Verbatim.TIMEFRAME, text, Language.NN, PERIOD));
          }
          return same;
        }));
      }
      for (java.util.concurrent.Future<Boolean> result : results) {
        assertTrue(result.get());
      }
    } finally {
      pool.shutdown();
    }
    int distinct = new java.util.HashSet<>(java.util.Arrays.asList(phrases)).size();
    assertTrue(PhraseMemo.size() <= distinct, () -> PhraseMemo.size() + " remembered of " + distinct + " phrases");
  }
}
