package no.helseplan.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Tables print aligned, export to RFC 4180 CSV and reject malformed rows with the row and column named. */
class TableTest {

  // toString()

  @Test
  void test_toString_alignsTextLeftAndNumbersRight() {
    Table table = Table.of(List.of("Kommune", "Tiltak", "Del"),
        List.of(List.of("Herøy", 65, new BigDecimal("0.231")), List.of("Sør-Varanger", 28L, new BigDecimal("1.000")),
            List.of("Voss", 51, "")));
    assertEquals(""
        + "Kommune       Tiltak    Del\n"
        + "------------  ------  -----\n"
        + "Herøy             65  0.231\n"
        + "Sør-Varanger      28  1.000\n"
        + "Voss              51\n", table.toString());
  }

  @Test
  void test_toString_decomposedLettersCountOnce() {
    // "Pårörande" with its å and ö written as a letter and a combining mark: shown composed, one column each.
    String decomposed = "Pa\u030Aro\u0308rande";
    Table table = Table.of(List.of("Tema", "N"), List.of(List.of(decomposed, 1), List.of("Pårørande", 2),
        List.of("Ærlig", 3)));
    String[] lines = table.toString().split("\n");
    assertEquals("Tema       N", lines[0]);
    assertEquals("Pårörande  1", lines[2]);
    assertEquals("Pårørande  2", lines[3]);
    assertEquals("Ærlig      3", lines[4]);
    assertEquals(9, Table.width(decomposed));
    assertEquals(0, Table.width("\u00AD"));
  }

  @Test
  void test_toString_longAndMultilineCellsShownOnOneLine() {
    String longTitle = "Utarbeide lokal helseberedskapsplan for å sikre innbyggarane forsvarlege helse og "
        + "omsorgstenester i tråd med samfunnsutviklinga";
    Table table = Table.of(List.of("Tiltak"), List.of(List.of(longTitle), List.of("linje ein\nlinje to\tslutt")));
    String[] lines = table.toString().split("\n");
    assertEquals(Table.MAX_PRINTED_WIDTH, Table.width(lines[2]));
    assertEquals(longTitle.substring(0, Table.MAX_PRINTED_WIDTH - 1) + "…", lines[2]);
    assertEquals("linje ein linje to slutt", lines[3]);
    // The cell itself is kept whole.
    assertEquals(longTitle, table.get(0, "Tiltak"));
  }

  @Test
  void test_toString_emptyTable() {
    assertEquals("A  B\n-  -\n", Table.of(List.of("A", "B"), List.of()).toString());
  }

  @Test
  void test_toString_realTableEveryLineAsWideAsTheRule() {
    Table table = PlanCorpus.of(SeedPlans.heroy(), SeedPlans.sorVaranger()).countByTimeframeKind(Language.NN);
    String[] lines = table.toString().split("\n");
    int width = Table.width(lines[1]);
    // Every row ends in the right-aligned total, so it reaches the end of the rule.
    Arrays.stream(lines).skip(2).forEach(line -> assertEquals(width, Table.width(line), line));
    assertEquals("Herøy         heroy-handlingsplan-2025               43            4         14        1          0"
        + "                        0            0               3     65", lines[2]);
  }

  // writeCsv, toCsv

  static Stream<Arguments> csvFields() {
    return Stream.of(
        Arguments.of("Herøy", "Herøy"),
        Arguments.of("Egne rammer / OU midler", "Egne rammer / OU midler"),
        Arguments.of("Dagleg leiar ved Svingen, saman med leiargruppa",
            "\"Dagleg leiar ved Svingen, saman med leiargruppa\""),
        Arguments.of("Bruke “kva er viktig for deg” som metode", "Bruke “kva er viktig for deg” som metode"),
        Arguments.of("«Hva er viktig for deg?» \"sitat\"", "\"«Hva er viktig for deg?» \"\"sitat\"\"\""),
        Arguments.of("linje ein\nlinje to", "\"linje ein\nlinje to\""),
        Arguments.of("a\r\nb", "\"a\r\nb\""),
        Arguments.of(" ledande mellomrom", "\" ledande mellomrom\""),
        Arguments.of("etterfølgjande ", "\"etterfølgjande \""),
        Arguments.of("", ""),
        Arguments.of("1,7", "\"1,7\""));
  }

  @ParameterizedTest
  @MethodSource("csvFields")
  void test_writeCsv_quotesOnlyWhatNeedsIt(String cell, String field) {
    Table table = Table.of(List.of("A", "B"), List.of(List.of(cell, 1)));
    assertEquals("A,B\r\n" + field + ",1\r\n", table.toCsv());
  }

  @Test
  void test_writeCsv_numbersAndDatesPlain() throws IOException {
    Table table = Table.of(List.of("Kroner", "Del", "Frist", "N"),
        List.of(List.of(new BigDecimal("1.5E+6"), new BigDecimal("0.250"), LocalDate.of(2026, 12, 31), 3)));
    StringWriter out = new StringWriter();
    table.writeCsv(out);
    assertEquals("Kroner,Del,Frist,N\r\n1500000,0.250,2026-12-31,3\r\n", out.toString());
  }

  @Test
  void test_writeCsv_headerQuotedToo() {
    Table table = Table.of(List.of("Kommune, namn", "Tiltak"), List.of());
    assertEquals("\"Kommune, namn\",Tiltak\r\n", table.toCsv());
  }

  // of(List, List)

  @Test
  void test_of_rowOfWrongLengthNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Table.of(List.of("A", "B"), List.of(List.of("x", 1), List.of("y"))));
    assertEquals("Row 2 has 1 cells; the table has 2 columns", e.getMessage());
  }

  @Test
  void test_of_nullCellNamed() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> Table.of(List.of("A", "B"), List.of(Arrays.asList("x", null))));
    assertEquals("Row 1, column 'B' is null; use \"\" for none", e.getMessage());
  }

  @Test
  void test_of_otherTypeNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Table.of(List.of("A"), List.of(List.of(1.5))));
    assertEquals("Row 1, column 'A' holds a Double; a cell is a String, Long, BigDecimal or LocalDate",
        e.getMessage());
  }

  @Test
  void test_of_columnNamesChecked() {
    assertEquals("Column 2 repeats the name 'A'", assertThrows(IllegalArgumentException.class,
        () -> Table.of(List.of("A", "A"), List.of())).getMessage());
    assertEquals("Column 1 has a blank name", assertThrows(IllegalArgumentException.class,
        () -> Table.of(List.of(" "), List.of())).getMessage());
  }

  @Test
  void test_of_integersStoredAsLong() {
    Table table = Table.of(List.of("N"), List.of(List.of(3)));
    assertEquals(3L, table.get(0, "N"));
    assertEquals(table, Table.of(List.of("N"), List.of(List.of(3L))));
    assertNotEquals(table, Table.of(List.of("N"), List.of(List.of(4L))));
  }

  @Test
  void test_getColumn_unknownColumnNamed() {
    Table table = Table.of(List.of("Kommune"), List.of(List.of("Voss")));
    assertEquals(List.of("Voss"), table.getColumn("Kommune"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> table.get(0, "Plan"));
    assertEquals("The table has no column 'Plan'; its columns are [Kommune]", e.getMessage());
  }

  @Test
  void test_getRows_immutable() {
    Table table = Table.of(List.of("N"), List.of(List.of(1)));
    assertThrows(UnsupportedOperationException.class, () -> table.getRows().get(0).set(0, 2L));
    assertThrows(UnsupportedOperationException.class, () -> table.getRows().clear());
  }
}
