package no.helseplan.municipality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests of {@link MunicipalityRegister} against the bundled file and broken test files. */
class MunicipalityRegisterTest {

  /** Loaded once: the register is immutable and meant to be shared. */
  private static final MunicipalityRegister REGISTER = MunicipalityRegister.bundled();

  private static final LocalDate REFORM_2020 = LocalDate.of(2020, 1, 1);
  private static final LocalDate SPLIT_2024 = LocalDate.of(2024, 1, 1);

  private static long seed() {
    return Long.getLong("helseplan.seed", 20261126L);
  }

  private static List<String> numbers(List<MunicipalityEntry> entries) {
    return entries.stream().map(MunicipalityEntry::getNumber).collect(Collectors.toList());
  }

  // -----------------------------------------------------------------------
  // validOn(LocalDate): counts known from the municipal division, not from the file

  @ParameterizedTest(name = "{0}: {1} municipalities")
  @CsvSource({
    "2024-01-01, 357", // after the split-up of Viken, Vestfold og Telemark, Troms og Finnmark
    "2026-11-26, 357",
    "2023-12-31, 356",
    "2021-06-01, 356",
    "2020-01-01, 356", // the municipal reform
    "2019-12-31, 422", // the division of 2019
  })
  void test_validOn_counts(LocalDate date, int expected) {
    assertEquals(expected, REGISTER.validOn(date).size(), "municipalities valid on " + date);
  }

  /** County (fylke) of each number: its first two digits. Counts per county as published for each year. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("data_countyCounts")
  void test_validOn_perCounty(LocalDate date, Map<String, Integer> expected) {
    Map<String, Integer> actual = new TreeMap<>();
    for (MunicipalityEntry entry : REGISTER.validOn(date)) {
      actual.merge(entry.getNumber().substring(0, 2), 1, Integer::sum);
    }
    assertEquals(new TreeMap<>(expected), actual, "municipalities per county on " + date);
  }

  static Stream<Arguments> data_countyCounts() {
    Map<String, Integer> from2024 = new TreeMap<>();
    from2024.putAll(Map.of("03", 1, "11", 23, "15", 27, "18", 41, "31", 12, "32", 21, "33", 18, "34", 46));
    from2024.putAll(Map.of("39", 6, "40", 17, "42", 25, "46", 43, "50", 38, "55", 21, "56", 18));
    Map<String, Integer> from2020 = new TreeMap<>();
    from2020.putAll(Map.of("03", 1, "11", 23, "15", 26, "18", 41, "30", 51, "34", 46));
    from2020.putAll(Map.of("38", 23, "42", 25, "46", 43, "50", 38, "54", 39));
    return Stream.of(
        Arguments.of(SPLIT_2024, from2024),
        Arguments.of(LocalDate.of(2021, 6, 1), from2020),
        Arguments.of(LocalDate.of(2023, 12, 31), from2020));
  }

  // -----------------------------------------------------------------------
  // properties of the whole register

  /** One municipality per number on any date: every first and last day of a period, and seeded random days. */
  @Test
  void test_property_oneEntryPerNumberOnAnyDate() {
    Set<LocalDate> dates = new HashSet<>();
    for (MunicipalityEntry entry : REGISTER.getEntries()) {
      if (!entry.getValidity().isUnboundedStart()) {
        dates.add(entry.getValidity().getStart());
        dates.add(entry.getValidity().getStart().minusDays(1));
      }
    }
    Random random = new Random(seed());
    for (int i = 0; i < 200; i++) {
      dates.add(LocalDate.of(2005, 1, 1).plusDays(random.nextInt(365 * 25)));
    }
    for (LocalDate date : dates) {
      List<String> numbers = numbers(REGISTER.validOn(date));
      assertEquals(
          numbers.size(), new HashSet<>(numbers).size(), "a number twice on " + date + ", seed " + seed());
      for (String number : numbers) {
        assertTrue(REGISTER.isValid(number, date), number + " on " + date + ", seed " + seed());
      }
    }
  }

  @Test
  void test_property_everySuccessorStartsTheDayItsPredecessorEnds() {
    int checked = 0;
    for (MunicipalityEntry entry : REGISTER.getEntries()) {
      if (entry.isCurrent()) {
        assertTrue(entry.getSuccessorNumbers().isEmpty(), entry.toString());
        continue;
      }
      LocalDate end = entry.getValidity().getEnd();
      assertFalse(entry.getSuccessorNumbers().isEmpty(), entry + " ends without a successor");
      for (String number : entry.getSuccessorNumbers()) {
        MunicipalityEntry successor =
            REGISTER.find(number, end).orElseThrow(() -> new AssertionError(entry + ": no " + number));
        assertEquals(end, successor.getValidity().getStart(), entry + " -> " + successor);
        checked++;
      }
      assertEquals(entry.getSuccessorNumbers().size(), REGISTER.successors(entry).size(), entry.toString());
    }
    long ended = REGISTER.getEntries().stream().filter(e -> !e.isCurrent()).count();
    // at least the 2019 municipalities changed in 2020 and the 2020-2023 ones changed in 2024
    assertTrue(ended > (422 - 356) + 113, "ended entries: " + ended);
    assertTrue(checked >= ended, "successor links checked: " + checked);
  }

  /** Every municipality, followed through its successors, reaches one of today's 357. */
  @ParameterizedTest(name = "seed offset {0}")
  @ValueSource(ints = {0, 1, 2})
  void test_property_everyLineageReachesToday(int offset) {
    Random random = new Random(seed() + offset);
    List<MunicipalityEntry> all = REGISTER.getEntries();
    Set<MunicipalityEntry> today = new HashSet<>(REGISTER.validOn(LocalDate.of(2026, 1, 1)));
    for (int i = 0; i < 100; i++) {
      MunicipalityEntry entry = all.get(random.nextInt(all.size()));
      LocalDate day =
          entry.getValidity().isUnboundedStart()
              ? entry.getValidity().getEnd().minusDays(1 + random.nextInt(300))
              : entry.getValidity().getStart();
      if (entry.getValidity().isUnboundedStart() && entry.isCurrent()) {
        day = LocalDate.of(2000 + random.nextInt(30), 1 + random.nextInt(12), 1);
      }
      List<MunicipalityEntry> now = REGISTER.currentSuccessors(entry.getNumber(), day);
      String where = entry + " on " + day + ", seed " + (seed() + offset);
      assertFalse(now.isEmpty(), where);
      assertTrue(today.containsAll(now), where + " -> " + now);
    }
  }

  /** Every entry is found by each of its names on a day it is valid. */
  @Test
  void test_property_everyNameFindsItsEntry() {
    for (MunicipalityEntry entry : REGISTER.getEntries()) {
      LocalDate day =
          entry.getValidity().isUnboundedStart()
              ? entry.getValidity().getEnd().minusDays(1)
              : entry.getValidity().getStart();
      if (entry.getValidity().isUnboundedStart() && entry.isCurrent()) {
        day = SPLIT_2024;
      }
      for (MunicipalityName name : entry.getNames()) {
        NameMatch match = REGISTER.findByName(name.getName(), day);
        assertTrue(match.getCandidates().contains(entry), name + " on " + day + ": " + match);
        assertTrue(match.isExact(), match.toString());
      }
      assertTrue(REGISTER.findByName(entry.getOfficialName(), day).getCandidates().contains(entry));
      assertEquals(entry.getNumber(), entry.toMunicipality().getNumber());
    }
  }

  // -----------------------------------------------------------------------
  // find(String, LocalDate), isValid, history, successors

  @Test
  void test_find_5444_onlyIn2020to2023() {
    MunicipalityEntry sorVaranger = REGISTER.find("5444", LocalDate.of(2021, 6, 1)).orElseThrow();
    assertEquals("Sør-Varanger", sorVaranger.getName());
    assertEquals(REFORM_2020, sorVaranger.getValidity().getStart());
    assertEquals(SPLIT_2024, sorVaranger.getValidity().getEnd());
    assertTrue(REGISTER.find("5444", LocalDate.of(2024, 6, 1)).isEmpty());
    assertFalse(REGISTER.isValid("5444", LocalDate.of(2024, 6, 1)));
    assertTrue(REGISTER.isValid("5444", LocalDate.of(2023, 12, 31)));
    assertFalse(REGISTER.isValid("5444", LocalDate.of(2019, 12, 31)));
    assertEquals(List.of("5605"), numbers(REGISTER.successors("5444")));
    assertEquals(List.of("5605"), numbers(REGISTER.currentSuccessors("2030", LocalDate.of(2019, 6, 1))));
    assertEquals(
        List.of("2030"), numbers(REGISTER.findByName("Sør-Varanger", LocalDate.of(2019, 6, 1)).getCandidates()));
  }

  @Test
  void test_find_5605_from2024() {
    MunicipalityEntry entry = REGISTER.find("5605", SPLIT_2024).orElseThrow();
    assertEquals(SPLIT_2024, entry.getValidity().getStart());
    assertTrue(entry.isCurrent());
    assertFalse(REGISTER.isValid("5605", LocalDate.of(2023, 12, 31)));
    assertEquals(entry, REGISTER.find("5605").orElseThrow());
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    // number, Norwegian name, valid from (empty: before the sources), day to look up
    "1515, Herøy,      ,           2024-06-01",
    "1515, Herøy,      ,           2015-06-01",
    "1579, Hustadvika, 2020-01-01, 2024-06-01",
    "1836, Rødøy,      ,           2024-06-01",
    "4621, Voss,       2020-01-01, 2021-06-01",
    "5612, Kautokeino, 2024-01-01, 2024-06-01",
    "5430, Kautokeino, 2020-01-01, 2021-06-01",
    "1580, Haram,      2024-01-01, 2025-01-01",
    "1507, Ålesund,    2020-01-01, 2023-06-01",
    "1235, Voss,       ,           2019-06-01",
    "5030, Klæbu,      2018-01-01, 2019-06-01",
  })
  void test_find_numberAtDate(String number, String name, LocalDate from, LocalDate day) {
    MunicipalityEntry entry =
        REGISTER.find(number, day).orElseThrow(() -> new AssertionError(number + " on " + day));
    assertEquals(name, entry.getName());
    assertEquals(number, entry.getNumber());
    if (from == null) {
      assertTrue(entry.getValidity().isUnboundedStart(), entry.toString());
    } else {
      assertEquals(from, entry.getValidity().getStart());
      assertFalse(REGISTER.isValid(number, from.minusDays(1)), number + " before " + from);
    }
  }

  @ParameterizedTest(name = "{0} before {1}")
  @CsvSource({
    "1579, 2020-01-01", // Hustadvika did not exist in 2019
    "4621, 2020-01-01",
    "1580, 2024-01-01", // Haram 1580 is new in 2024
    "1235, 2020-01-01", // Voss had 1235 until 2020
  })
  void test_find_notYetOrNoLongerValid(String number, LocalDate boundary) {
    boolean validAfter = REGISTER.isValid(number, boundary);
    boolean validBefore = REGISTER.isValid(number, boundary.minusDays(1));
    assertTrue(validAfter != validBefore, number + " changes validity on " + boundary);
  }

  @Test
  void test_find_unknownNumber() {
    assertTrue(REGISTER.find("9999").isEmpty());
    assertTrue(REGISTER.find("0000", SPLIT_2024).isEmpty());
    assertTrue(REGISTER.history("12").isEmpty());
    assertTrue(REGISTER.successors("9999").isEmpty());
    assertTrue(REGISTER.currentSuccessors("9999", SPLIT_2024).isEmpty());
  }

  @Test
  void test_history_trondheimRenamed2023() {
    List<MunicipalityEntry> history = REGISTER.history("5001");
    assertEquals(3, history.size(), history.toString());
    assertEquals("Trondheim", history.get(1).getOfficialName());
    assertEquals("Trondheim - Tråante", history.get(2).getOfficialName());
    assertEquals(LocalDate.of(2023, 1, 1), history.get(2).getValidity().getStart());
    assertEquals(List.of("5001"), history.get(1).getSuccessorNumbers());
    assertEquals("Tråante", history.get(2).getName(NameLanguage.SOUTHERN_SAMI).orElseThrow());
  }

  @Test
  void test_successors_split2024() {
    assertEquals(List.of("1508", "1580"), numbers(REGISTER.successors("1507")));
    assertEquals(
        List.of("1508", "1580"), numbers(REGISTER.currentSuccessors("1507", LocalDate.of(2021, 6, 1))));
    assertEquals(List.of(), REGISTER.successors("1508"));
    // Snillfjord was split in three on 2020-01-01
    assertEquals(List.of("5055", "5056", "5059"), numbers(REGISTER.successors("5012")));
  }

  // -----------------------------------------------------------------------
  // names: official names as Statistics Norway lists them (2024), languages

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "5612 | Guovdageaidnu - Kautokeino",
        "5610 | Kárášjohka - Karasjok",
        "5628 | Deatnu - Tana",
        "5636 | Unjárga - Nesseby",
        "5538 | Storfjord - Omasvuotna - Omasvuono",
        "5540 | Gáivuotna - Kåfjord - Kaivuono",
        "5544 | Nordreisa - Ráisa - Raisi",
        "5603 | Hammerfest - Hámmerfeasta",
        "1875 | Hábmer - Hamarøy",
        "1826 | Aarborte - Hattfjelldal",
        "1833 | Rana - Raane",
        "1845 | Sørfold - Fuolldá",
        "5037 | Levanger - Levangke",
        "5516 | Gratangen - Rivtták",
        "5001 | Trondheim - Tråante",
        "5041 | Snåase - Snåsa",
        "5605 | Sør-Varanger",
        "5501 | Tromsø",
      })
  void test_getOfficialName_asStatisticsNorway(String number, String official) {
    assertEquals(official, REGISTER.find(number, SPLIT_2024).orElseThrow().getOfficialName());
  }

  @ParameterizedTest(name = "{0}: {2} ({1})")
  @CsvSource({
    "5612, NORTHERN_SAMI, Guovdageaidnu",
    "5612, NORWEGIAN,     Kautokeino",
    "5622, KVEN,          Porsanki",
    "5622, NORTHERN_SAMI, Porsáŋgu",
    "1875, LULE_SAMI,     Hábmer",
    "1841, LULE_SAMI,     Fuossko",
    "5041, SOUTHERN_SAMI, Snåase",
    "5538, KVEN,          Omasvuono",
  })
  void test_getName_language(String number, NameLanguage language, String name) {
    MunicipalityEntry entry = REGISTER.find(number, SPLIT_2024).orElseThrow();
    assertEquals(name, entry.getName(language).orElseThrow());
    assertTrue(entry.getNames().contains(MunicipalityName.of(name, language)));
  }

  @Test
  void test_getName_noNameInLanguage() {
    MunicipalityEntry heroy = REGISTER.find("1818", SPLIT_2024).orElseThrow();
    assertTrue(heroy.getName(NameLanguage.NORTHERN_SAMI).isEmpty());
    assertEquals(List.of(MunicipalityName.of("Herøy", NameLanguage.NORWEGIAN)), heroy.getNames());
  }

  // -----------------------------------------------------------------------
  // findByName

  @Test
  void test_findByName_heroyIsAmbiguous() {
    NameMatch match = REGISTER.findByName("Herøy");
    assertEquals(NameMatchKind.AMBIGUOUS, match.getKind());
    assertTrue(match.isAmbiguous());
    assertEquals(List.of("1515", "1818"), numbers(match.getCandidates()));
    assertTrue(match.getMunicipality().isEmpty());
    assertEquals("Herøy", match.getQuery());
    NameMatch in2021 = REGISTER.findByName("herøy kommune", LocalDate.of(2021, 6, 1));
    assertEquals(List.of("1515", "1818"), numbers(in2021.getCandidates()));
    assertEquals("Tvetydig", match.getKind().getLabel().getNb());
    assertEquals("Tvitydig", match.getKind().getLabel().getNn());
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(
      strings = {
        "Sør-Varanger",
        "sør-varanger",
        "SØR-VARANGER",
        "  Sør-Varanger  ",
        "Sør–Varanger",
        "Sør - Varanger",
        "Sør-Varanger kommune",
        "Sør-Varanger\u00a0kommune",
      })
  void test_findByName_caseAndSpacing(String query) {
    NameMatch match = REGISTER.findByName(query);
    assertEquals(NameMatchKind.ONE, match.getKind(), match.toString());
    assertEquals("5605", match.getMunicipality().orElseThrow().getNumber());
    assertTrue(match.isExact());
    assertEquals(query, match.getQuery());
  }

  /** How the seed plans name their municipality (Hustadvika, Voss, Rødøy, Sør-Varanger). */
  @ParameterizedTest(name = "''{0}''")
  @CsvSource({
    "Hustadvika kommune,   1579",
    "Hustadvika kommunes,  1579",
    "Voss herad,           4621",
    "Voss heradS,          4621",
    "Rødøy kommune,        1836",
    "Sør-Varanger kommune, 5605",
    "Kommune,              ",
  })
  void test_findByName_asPlansWriteIt(String query, String number) {
    NameMatch match = REGISTER.findByName(query, LocalDate.of(2025, 6, 5));
    if (number == null) {
      assertEquals(NameMatchKind.NONE, match.getKind(), match.toString());
    } else {
      assertEquals(number, match.getMunicipality().orElseThrow(() -> new AssertionError(match)).getNumber());
    }
  }

  @ParameterizedTest(name = "''{0}'' on {1} -> {2}")
  @CsvSource({
    "Sør-Varanger,          2021-06-01, 5444, true",
    "Sør-Varanger,          2019-06-01, 2030, true",
    "Sor-Varanger,          2024-06-01, 5605, false",
    "Tromso,                2024-06-01, 5501, false",
    "Tromsø,                2021-06-01, 5401, true",
    "Guovdageaidnu,         2024-06-01, 5612, true",
    "Kautokeino,            2024-06-01, 5612, true",
    "Guovdageaidnu - Kautokeino, 2021-06-01, 5430, true",
    "karasjohka,            2024-06-01, 5610, false",
    "Porsangu,              2024-06-01, 5622, false",
    "Kautokeino - Guovdageaidnu, 2024-06-01, 5612, true",
    "Kautokeino – Guovdageaidnu kommune, 2024-06-01, 5612, true",
    "Røros - Rosse,         2024-06-01, 5025, true",
    "Rosse - Røros,         2024-06-01, 5025, true",
    "Karasjok - Karasjohka, 2024-06-01, 5610, false",
    "Porsanki - Porsanger,  2021-06-01, 5436, true",
    "Klæbu,                 2019-06-01, 5030, true",
    "Hustadvika,            2020-01-01, 1579, true",
    "ålesund,               2024-06-01, 1508, true",
    "Alesund,               2021-06-01, 1507, false",
  })
  void test_findByName_atDate(String query, LocalDate day, String number, boolean exact) {
    NameMatch match = REGISTER.findByName(query, day);
    assertEquals(NameMatchKind.ONE, match.getKind(), match.toString());
    assertEquals(number, match.getMunicipality().orElseThrow().getNumber());
    assertEquals(exact, match.isExact(), match.toString());
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(
      strings = {
        "Klæbu", "Hustadvika kommune kommune", "Herøy (Nordland)", "Oslo by", "Varanger", "", "  ", "-", " - ",
        "Herøy - Kautokeino", "Kautokeino - ", "Guovdageaidnu - Kautokeino - Karasjok"
      })
  void test_findByName_none(String query) {
    NameMatch match = REGISTER.findByName(query);
    assertEquals(NameMatchKind.NONE, match.getKind(), match.toString());
    assertTrue(match.getCandidates().isEmpty());
    assertFalse(match.isExact());
  }

  @Test
  void test_findByName_neverThrows() {
    Random random = new Random(seed());
    List<String> queries = new ArrayList<>(List.of("\u0000", "\t\n\r", "a".repeat(100_000), "Тромсё", "東京"));
    for (int i = 0; i < 200; i++) {
      queries.add(
          IntStream.range(0, random.nextInt(40))
              .map(k -> random.nextInt(0x3000))
              .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
              .toString());
    }
    for (String query : queries) {
      NameMatch match = REGISTER.findByName(query, SPLIT_2024);
      assertNotNull(match.getKind(), "seed " + seed());
    }
  }

  // -----------------------------------------------------------------------
  // read(Reader, String)

  @Test
  void test_read_smallFile() throws IOException {
    MunicipalityRegister small = readResource("small.csv");
    assertEquals(4, small.getEntries().size());
    assertEquals(List.of("5605"), numbers(small.currentSuccessors("2030", LocalDate.of(2010, 1, 1))));
    assertEquals(NameMatchKind.ONE, small.findByName("Herøy").getKind());
  }

  @Test
  void test_read_windowsLineEndsAndByteOrderMark() {
    String text =
        "\uFEFF# comment\r\n" + MunicipalityRegister.HEADER + "\r\n" + "5605,Sør-Varanger,nor,2024-01-01,,\r\n";
    MunicipalityRegister register = MunicipalityRegister.read(new StringReader(text), "crlf.csv");
    assertEquals("Sør-Varanger", register.find("5605").orElseThrow().getName());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "broken-language.csv   | 6 | unknown language 'xx'",
        "broken-date.csv       | 4 | valid_to '2024-13-01' is not an ISO date",
        "broken-fields.csv     | 5 | expected 6 fields",
        "broken-successor.csv  | 3 | the successor 5606 of 5444 has no period starting on 2024-01-01",
        "broken-overlap.csv    | 5 | 5444 [2023-01-01, 2024-01-01) overlaps [2020-01-01, 2024-01-01) on line 3",
        "broken-header.csv     | 3 | expected the header",
        "broken-number.csv     | 4 | the number '515' is not four digits",
        "broken-norwegian.csv  | 3 | must have exactly one Norwegian name",
        "broken-order.csv      | 3 | valid_to 2020-01-01 is not after valid_from 2024-01-01",
      })
  void test_read_brokenFile(String file, int line, String message) {
    MalformedRegisterException e = assertThrows(MalformedRegisterException.class, () -> readResource(file));
    assertEquals(file, e.getSourceName());
    assertEquals(line, e.getLineNumber(), e.getMessage());
    assertTrue(e.getOriginalMessage().contains(message), e.getOriginalMessage());
    assertTrue(e.getMessage().startsWith(file + ":" + line + ": "), e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "quoted name        | 5605,\"Sør-Varanger\",nor,2024-01-01,, | contains a quote",
        "space in field     | 5605, Sør-Varanger,nor,2024-01-01,,   | leading or trailing white space",
        "empty name         | 5605,,nor,2024-01-01,,                | the name is empty",
        "successor ongoing  | 5605,Sør-Varanger,nor,2024-01-01,,5606 | still valid",
        "no successor       | 5605,Sør-Varanger,nor,2020-01-01,2024-01-01, | needs at least one successor",
        "bad successor      | 5605,Sør-Varanger,nor,2020-01-01,2024-01-01,56 | the successor '56'",
        "bad from           | 5605,Sør-Varanger,nor,1.1.2024,, | valid_from '1.1.2024' is not an ISO date",
        "seven fields       | 5605,Sør-Varanger,nor,2024-01-01,,, | found 7",
      })
  void test_read_badRowOnLine3(String what, String row, String message) {
    String text = "# " + what + "\n" + MunicipalityRegister.HEADER + "\n" + row + "\n";
    MalformedRegisterException e =
        assertThrows(
            MalformedRegisterException.class,
            () -> MunicipalityRegister.read(new StringReader(text), "inline.csv"));
    assertEquals(3, e.getLineNumber(), e.getMessage());
    assertTrue(e.getOriginalMessage().contains(message), e.getMessage());
  }

  @Test
  void test_read_secondNameInSameLanguage() {
    String text =
        MunicipalityRegister.HEADER + "\n"
            + "5605,Sør-Varanger,nor,2024-01-01,,\n"
            + "5605,Mátta-Várjjat,sme,2024-01-01,,\n"
            + "5605,Lulli-Várjjat,sme,2024-01-01,,\n";
    MalformedRegisterException e =
        assertThrows(
            MalformedRegisterException.class,
            () -> MunicipalityRegister.read(new StringReader(text), "twice.csv"));
    assertEquals(4, e.getLineNumber());
    assertEquals("twice.csv:4: a second sme name for 5605 in the same period", e.getMessage());
  }

  @Test
  void test_read_samePeriodTwiceApart() {
    String text =
        MunicipalityRegister.HEADER + "\n"
            + "5605,Sør-Varanger,nor,2024-01-01,,\n"
            + "1818,Herøy,nor,,,\n"
            + "5605,Sør-Varanger,nor,2024-01-01,,\n";
    MalformedRegisterException e =
        assertThrows(
            MalformedRegisterException.class, () -> MunicipalityRegister.read(new StringReader(text), "d.csv"));
    assertEquals("d.csv:4: 5605 [2024-01-01, ) overlaps [2024-01-01, ) on line 2", e.getMessage());
  }

  @Test
  void test_read_differentSuccessorsInOnePeriod() {
    String text =
        MunicipalityRegister.HEADER + "\n"
            + "5430,Guovdageaidnu,sme,2020-01-01,2024-01-01,5612\n"
            + "5430,Kautokeino,nor,2020-01-01,2024-01-01,5613\n"
            + "5612,Kautokeino,nor,2024-01-01,,\n";
    MalformedRegisterException e =
        assertThrows(
            MalformedRegisterException.class, () -> MunicipalityRegister.read(new StringReader(text), "s.csv"));
    assertEquals(3, e.getLineNumber());
    assertTrue(e.getOriginalMessage().contains("differ from '5612' on line 2"), e.getMessage());
  }

  @Test
  void test_read_emptyAndHeaderOnly() {
    MalformedRegisterException empty =
        assertThrows(
            MalformedRegisterException.class, () -> MunicipalityRegister.read(new StringReader(""), "e.csv"));
    assertEquals("e.csv:1: no header '" + MunicipalityRegister.HEADER + "' and no rows", empty.getMessage());
    MunicipalityRegister none =
        MunicipalityRegister.read(new StringReader(MunicipalityRegister.HEADER + "\n"), "h.csv");
    assertTrue(none.getEntries().isEmpty());
    assertEquals(NameMatchKind.NONE, none.findByName("Herøy").getKind());
  }

  @Test
  void test_read_tooLongLine() {
    String text = MunicipalityRegister.HEADER + "\n" + "x".repeat(100_000) + "\n";
    MalformedRegisterException e =
        assertThrows(
            MalformedRegisterException.class, () -> MunicipalityRegister.read(new StringReader(text), "l.csv"));
    assertEquals(2, e.getLineNumber());
    assertTrue(e.getOriginalMessage().startsWith("line longer than"), e.getMessage());
  }

  /** The bundled file states its sources, their licences and the retrieval date in its header comment. */
  @Test
  void test_bundled_headerStatesSourceAndLicence() throws IOException {
    String header;
    try (InputStream in = MunicipalityRegister.class.getResourceAsStream("municipalities.csv")) {
      assertNotNull(in);
      header =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .takeWhile(line -> line.startsWith("#"))
              .collect(Collectors.joining("\n"));
    }
    for (String required :
        List.of("Statistics Norway (SSB)", "classification 131", "Kartverket", "NLOD 2.0", "CC BY 4.0",
            "retrieved 2026-11-26", "valid_to    first day no longer valid (exclusive)")) {
      assertTrue(header.contains(required), "header lacks '" + required + "'");
    }
  }

  private static MunicipalityRegister readResource(String name) throws IOException {
    InputStream in = MunicipalityRegisterTest.class.getResourceAsStream(name);
    assertNotNull(in, name);
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return MunicipalityRegister.read(reader, name);
    }
  }
}
