package no.helseplan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link TextRepair}: line-break hyphenation from the seed plans repaired, real hyphens kept. */
class TextRepairTest {
  static final long SEED = Long.getLong("helseplan.seed", 20261126L);

  static Stream<Arguments> repairs() {
    return Stream.of(
        // Line-break hyphens are joined (Herøy, Sør-Varanger).
        Arguments.of("Avdelingslei- arane", "Avdelingsleiarane"),
        Arguments.of("Avdelingslei-\narane i helse- \nog omsorg", "Avdelingsleiarane i helse- og omsorg"),
        Arguments.of("Kommunalsjef helse og om- sorg", "Kommunalsjef helse og omsorg"),
        Arguments.of("Kommunalsjef \nhelse og om-\nsorg", "Kommunalsjef helse og omsorg"),
        Arguments.of("brukarmed-\nverknad", "brukarmedverknad"),
        Arguments.of("Strategigrup-\npa for barn og \nunge ", "Strategigruppa for barn og unge"),
        Arguments.of("NAV og \nkvalifise-\nringssenteret", "NAV og kvalifiseringssenteret"),
        Arguments.of("Investe-\nring", "Investering"),
        Arguments.of("Res-\nsurs-\nbehov", "Ressursbehov"),
        Arguments.of("1 årsverk \nseksjon \nrehabili-\ntering", "1 årsverk seksjon rehabilitering"),
        // Words broken at a line break without a hyphen (Sør-Varanger's Finansiering column).
        Arguments.of("Investeringsmidle\nr ", "Investeringsmidler"),
        Arguments.of("Videreføring av \n\nkompetansemidl\n\ner ", "Videreføring av kompetansemidler"),
        // Real hyphens stay.
        Arguments.of("helse- og omsorg", "helse- og omsorg"),
        Arguments.of("helse- \nog omsorgstenester", "helse- og omsorgstenester"),
        Arguments.of("barn-, ung- og familieteam", "barn-, ung- og familieteam"),
        Arguments.of("lavterskel \nbarn-, ung- og \nfamilieteam", "lavterskel barn-, ung- og familieteam"),
        Arguments.of("drifts- og/eller investeringsmidler", "drifts- og/eller investeringsmidler"),
        Arguments.of("Bo trygt hjemme-reformen", "Bo trygt hjemme-reformen"),
        Arguments.of("e-post", "e-post"),
        Arguments.of("Sør-\nVaranger", "Sør-Varanger"),
        Arguments.of("NAV-\nkontoret", "NAV-kontoret"),
        Arguments.of("2020-\n\n2030", "2020-2030"),
        Arguments.of("01. sept – 10. okt", "01. sept – 10. okt"),
        Arguments.of("2020 - 2021", "2020 - 2021"),
        // Short real words on their own line are not joined to the word before.
        Arguments.of("Leiargruppa i \nhelse og \nomsorg", "Leiargruppa i helse og omsorg"),
        Arguments.of("Seksjon \nbarnevern \nsaman med \nresten av \nkommunen", "Seksjon barnevern saman med resten av kommunen"),
        // White space, soft hyphens, zero-width and control characters.
        Arguments.of("  August\n2025\t", "August 2025"),
        Arguments.of("kr\u00A0500\u00A0000", "kr 500 000"),
        Arguments.of("om\u00ADsorg", "omsorg"),
        Arguments.of("om\u00AD\nsorg", "omsorg"),
        Arguments.of("Jam\u200Bleg", "Jamleg"),
        Arguments.of("a\u0000b\u0007c", "a b c"),
        Arguments.of("", ""),
        Arguments.of(" \n\t ", ""));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("repairs")
  void test_repair(String text, String expected) {
    assertEquals(expected, TextRepair.repair(text));
  }

  @Test
  void test_collapseWhitespace_joinsNoWords() {
    assertEquals("Avdelingslei- arane i helse- og omsorg",
        TextRepair.collapseWhitespace(" Avdelingslei-\narane i helse- \nog omsorg "));
  }

  @Test
  void test_repair_null() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> TextRepair.repair(null));
    assertEquals("text", e.getMessage());
  }

  static IntStream cases() {
    return IntStream.range(0, 200);
  }

  /** Repair never throws, is idempotent, and never lengthens a text. */
  @ParameterizedTest(name = "case {0}")
  @MethodSource("cases")
  void test_repair_properties(int n) {
    String text = new RandomText(SEED + n).next(new String[] {"om-", "sorg", "\n", "helse-", "og", "r", "er",
        "midl", "-", "NAV-", "2020-", "2030", "\u00AD", " "});
    String once = TextRepair.repair(text);
    assertEquals(once, TextRepair.repair(once), () -> "seed " + (SEED + n) + ": not idempotent on «" + text + "»");
    assertEquals(true, once.length() <= text.length(), () -> "seed " + (SEED + n));
  }
}
