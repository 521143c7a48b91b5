package no.helseplan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link WrittenStandard}: excerpts of the five seed plans are told apart. */
class WrittenStandardTest {

  static Stream<Arguments> excerpts() {
    return Stream.of(
        // Herøy (nn)
        Arguments.of("Dei fleste av tiltaka i handlingsplanen er gjennomført, og treng difor reviderast. "
            + "Kommundelplanen skisserer seks satsingsområde som kvar for seg dannar grunnlaget for tiltaka. "
            + "Målsetting: Utvikle tenestene saman med pasientar, brukarar og deira pårørande. Gjennom meir "
            + "valfridom og eit større mangfald av tilbod, vil du som innbyggar få større påverknad i eigen kvardag.",
            Language.NN),
        // Voss (nn)
        Arguments.of("Born skal ikkje måtta ta ansvar for familie eller andre. Kartleggja og dokumentera kva "
            + "pårørande ynskjer og kan/vil bidra med. Tenestene tek initiativ til samtale og dialog med pårørande "
            + "minst ein gong kvart år.", Language.NN),
        // Sør-Varanger (nb)
        Arguments.of("Innbyggerne ivaretar og mestrer egen helse best mulig lengst mulig, og våre tjenester tar "
            + "utgangspunkt i hva som er viktig for innbyggeren. Botilbudene våre fyller behov innbyggere ikke "
            + "klarer å dekke selv.", Language.NB),
        // Hustadvika (nb)
        Arguments.of("Alle skal ha mulighet til å leve gode og trygge liv. Hver enkelt har ansvar for egen helse "
            + "og hverdag, og for å ta kloke valg for framtiden. Den enkelte har ansvar for eget liv og helse.",
            Language.NB),
        // Rødøy (nb)
        Arguments.of("Kommunen har et særlig ansvar for å sikre kvalitet, tilgjengelighet og koordinering av "
            + "tjenestene, samt for å dokumentere og evaluere tjenestene for kontinuerlig forbedring. Hva er "
            + "viktig for deg, og hvordan kan vi trene?", Language.NB));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("excerpts")
  void test_detect_seedExcerpt(String text, Language expected) {
    WrittenStandard w = WrittenStandard.detect(text);
    assertEquals(Optional.of(expected), w.getGuess(), () -> "evidence " + w.getEvidence());
    assertTrue(w.getConfidence() >= 0.75, () -> "confidence " + w.getConfidence() + ", evidence " + w.getEvidence());
    assertFalse(w.disagreesWith(expected, 0.8));
    assertTrue(w.disagreesWith(expected == Language.NB ? Language.NN : Language.NB, 0.75));
  }

  @Test
  void test_detect_countsEvidence() {
    WrittenStandard w = WrittenStandard.detect("Eg veit ikkje kva eg skal gjere, men ikkje korleis.");
    assertEquals(Optional.of(Language.NN), w.getGuess());
    assertEquals(0, w.getBokmalMarkers());
    assertEquals(7, w.getNynorskMarkers());
    assertEquals(Integer.valueOf(2), w.getEvidence().get("ikkje"));
    assertEquals(Integer.valueOf(2), w.getEvidence().get("eg"));
    assertEquals(8.0 / 9.0, w.getConfidence(), 1e-9);
  }

  @Test
  void test_detect_noEvidence_noGuess() {
    WrittenStandard w = WrittenStandard.detect("Helse og omsorg 2026");
    assertEquals(Optional.empty(), w.getGuess());
    assertEquals(0.0, w.getConfidence());
    assertFalse(w.disagreesWith(Language.NB, 0.0));
  }

  @Test
  void test_detect_tie_noGuess() {
    WrittenStandard w = WrittenStandard.detect("ikkje ikke");
    assertEquals(Optional.empty(), w.getGuess());
    assertEquals(1, w.getBokmalMarkers());
    assertEquals(1, w.getNynorskMarkers());
  }

  @Test
  void test_detect_english_neverDisagrees() {
    assertFalse(WrittenStandard.detect("ikkje kva korleis").disagreesWith(Language.EN, 0.0));
  }

  @Test
  void test_detect_hugeText() {
    String text = "tenester heime ikkje ".repeat(5_000);
    WrittenStandard w = WrittenStandard.detect(text);
    assertEquals(15_000, w.getNynorskMarkers());
    assertTrue(w.getConfidence() > 0.99);
  }

  /** Several texts are detected as their join with sentence breaks, words never running across a boundary. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void test_detectTexts_isDetectOfTheJoin(long seed) {
    Random random = new Random(seed);
    String[] words = {"ikkje", "ikke", "kva", "hva", "tenester", "tjenester", "og", "helse", "Ein", "EN", "de",
        "dei", "frå", "fra", "", " ", ".", "-", "\u00a0", "kvar", "hver", "ikk", "je", "tj", "enester", "𝕳"};
    List<String> texts = new ArrayList<>();
    for (int t = random.nextInt(6); t > 0; t--) {
      StringBuilder text = new StringBuilder();
      for (int w = random.nextInt(12); w > 0; w--) {
        text.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "" : " ");
      }
      texts.add(text.toString());
    }
    assertEquals(WrittenStandard.detect(String.join(". ", texts)), WrittenStandard.detect(texts),
        "seed " + seed + ": " + texts);
  }

  static Stream<Long> seeds() {
    long seed = Long.getLong("helseplan.seed", 20261126L);
    return LongStream.range(0, 300).mapToObj(i -> seed * 1_000_003L + i);
  }

  /**
   * The scan counts what the plain definition counts: every maximal run of letters, lower-cased a character at a
   * time, that is a marker word. Over random texts of marker words in any case, other words, other scripts,
   * unpaired surrogates and white space.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void test_detect_countsWhatThePlainDefinitionCounts(long seed) {
    Map<String, Language> markers = WrittenStandard.markers();
    List<String> vocabulary = new ArrayList<>(markers.keySet());
    vocabulary.addAll(List.of("HEIME", "Tenester", "ikkjeikkje", "helse", "kommunane", "sjukeheimane", "òG",
        "Ikkje-", "hva?", "kva\u00a0", "frå/fra"));
    RandomText random = new RandomText(seed);
    String text = random.next(vocabulary.toArray(new String[0]));
    Map<String, Integer> expected = new TreeMap<>();
    int nb = 0;
    int nn = 0;
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        word.append(Character.toLowerCase(c));
        continue;
      }
      Language marks = markers.get(word.toString());
      if (marks != null) {
        expected.merge(word.toString(), 1, Integer::sum);
        nb += marks == Language.NB ? 1 : 0;
        nn += marks == Language.NN ? 1 : 0;
      }
      word.setLength(0);
    }
    WrittenStandard detected = WrittenStandard.detect(text);
    assertEquals(expected, detected.getEvidence(), "seed " + seed + ": «" + text + "»");
    assertEquals(nb, detected.getBokmalMarkers(), "seed " + seed);
    assertEquals(nn, detected.getNynorskMarkers(), "seed " + seed);
  }
}
