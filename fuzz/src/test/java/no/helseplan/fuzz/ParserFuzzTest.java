package no.helseplan.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.helseplan.measure.ResourceNeed;
import no.helseplan.measure.Resources;
import no.helseplan.priority.Priority;
import no.helseplan.responsibility.Actor;
import no.helseplan.responsibility.Responsibility;
import no.helseplan.text.TextRepair;
import no.helseplan.text.WrittenStandard;
import no.helseplan.timeframe.Timeframe;
import no.helseplan.timeframe.TimeframeContext;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz tests of the free-text parsers, which are documented never to throw: whatever the text, each returns a
 * reading that keeps the text verbatim, within the per-input time bound of {@link Timeout} (JUnit's in regression
 * mode, libFuzzer's {@code -timeout} when fuzzing; see {@link ReaderFuzzTest}). Each input is read in Bokmål and Nynorsk and against a plan period, a document
 * date and no context at all.
 *
 * <p>The input bytes are decoded as UTF-8, so a seed file is simply the phrase:
 * {@code src/test/resources/no/helseplan/fuzz/ParserFuzzTestInputs/<method>/}.
 */
class ParserFuzzTest {
  private static final List<TimeframeContext> CONTEXTS = List.of(
      TimeframeContext.none(),
      TimeframeContext.ofPeriod(2024, 2030),
      TimeframeContext.ofDate(LocalDate.of(2025, 6, 30)));
  private static final List<Language> LANGUAGES = List.of(Language.NB, Language.NN);

  private static String text(byte[] input) {
    return new String(input, StandardCharsets.UTF_8);
  }

  @FuzzTest(maxDuration = "2m")
  @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = SEPARATE_THREAD)
  void fuzzTimeframe(byte[] input) {
    String text = text(input);
    for (Language language : LANGUAGES) {
      for (TimeframeContext context : CONTEXTS) {
        Timeframe timeframe = Timeframe.parse(text, language, context);
        assertEquals(text, timeframe.getText(), "the text is kept verbatim");
        assertNotNull(timeframe.getKind());
        for (Language other : Language.values()) {
          assertNotNull(timeframe.describe(other));
        }
      }
    }
  }

  @FuzzTest(maxDuration = "2m")
  @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = SEPARATE_THREAD)
  void fuzzResources(byte[] input) {
    String text = text(input);
    for (Language language : LANGUAGES) {
      Resources resources = Resources.parse(text, language);
      assertEquals(text, resources.getText(), "the text is kept verbatim");
      for (ResourceNeed need : resources.getNeeds()) {
        assertNotNull(need.getKind());
        assertTrue(text.contains(need.getText()), "a need keeps its piece of the text: " + need.getText());
      }
    }
  }

  @FuzzTest(maxDuration = "2m")
  @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = SEPARATE_THREAD)
  void fuzzResponsibility(byte[] input) {
    String text = text(input);
    for (Language language : LANGUAGES) {
      Responsibility responsibility = Responsibility.parse(text, language);
      assertEquals(text, responsibility.getText(), "the text is kept verbatim");
      responsibility.getLead().ifPresent(lead -> assertFalse(lead.getName().isBlank(), "a lead has a name"));
      for (Actor partner : responsibility.getPartners()) {
        assertFalse(partner.getName().isBlank(), "a partner has a name");
      }
    }
  }

  @FuzzTest(maxDuration = "2m")
  @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = SEPARATE_THREAD)
  void fuzzTextRepair(byte[] input) {
    String text = text(input);
    String repaired = TextRepair.repair(text);
    assertNotNull(repaired);
    String collapsed = TextRepair.collapseWhitespace(text);
    assertEquals(collapsed, TextRepair.collapseWhitespace(collapsed), "collapsing whitespace is idempotent");
    assertNotNull(Actor.classify(text));
  }

  @FuzzTest(maxDuration = "2m")
  @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = SEPARATE_THREAD)
  void fuzzWrittenStandard(byte[] input) {
    WrittenStandard standard = WrittenStandard.detect(text(input));
    assertTrue(standard.getBokmalMarkers() >= 0 && standard.getNynorskMarkers() >= 0);
    standard.getGuess().ifPresent(guess -> assertTrue(guess == Language.NB || guess == Language.NN, "" + guess));
  }

  @FuzzTest(maxDuration = "2m")
  @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = SEPARATE_THREAD)
  void fuzzPriority(byte[] input) {
    String text = text(input);
    for (Language language : LANGUAGES) {
      Priority priority = Priority.parse(text, language);
      assertEquals(text, priority.getText(), "the text is kept verbatim");
      priority.getRank().ifPresent(rank -> assertTrue(rank > 0, "rank " + rank));
    }
  }
}
