package no.helseplan.municipality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.stream.Stream;
import no.helseplan.vocabulary.Labelled;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Tests of {@link NameLanguage} and the labels of the package's enums. */
class NameLanguageTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "nor, NORWEGIAN",
    "sme, NORTHERN_SAMI",
    "SMJ, LULE_SAMI",
    "' sma ', SOUTHERN_SAMI",
    "fkv, KVEN",
  })
  void test_ofCode(String code, NameLanguage expected) {
    assertEquals(Optional.of(expected), NameLanguage.ofCode(code));
    assertEquals(code.strip().toLowerCase(java.util.Locale.ROOT), expected.getCode());
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource({"no", "nb", "se", "''", "norsk"})
  void test_ofCode_unknown(String code) {
    assertTrue(NameLanguage.ofCode(code).isEmpty());
  }

  static Stream<Labelled> data_labelled() {
    return Stream.concat(Stream.of(NameLanguage.values()), Stream.of(NameMatchKind.values()));
  }

  /** Every constant has a label in nb, nn and en, and nn and nb differ where the languages do. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("data_labelled")
  void test_labels(Labelled constant) {
    for (Language language : Language.values()) {
      assertFalse(constant.getLabel(language).isBlank(), constant + " in " + language);
    }
  }

  @Test
  void test_labels_nynorsk() {
    assertEquals("Eitt treff", NameMatchKind.ONE.getLabel(Language.NN));
    assertEquals("Ett treff", NameMatchKind.ONE.getLabel(Language.NB));
    assertEquals("sørsamisk", NameLanguage.SOUTHERN_SAMI.getLabel(Language.NN));
    assertEquals("Kven", NameLanguage.KVEN.getLabel(Language.EN));
  }
}
