package no.helseplan.municipality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.threeten.extra.LocalDateRange;

/** Tests of {@link MunicipalityEntry} and {@link MunicipalityName}. */
class MunicipalityEntryTest {

  private static final LocalDateRange FROM_2024 = LocalDateRange.of(LocalDate.of(2024, 1, 1), LocalDate.MAX);
  private static final LocalDateRange Y2020_TO_2023 =
      LocalDateRange.of(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 1, 1));
  private static final MunicipalityName KAUTOKEINO = MunicipalityName.of("Kautokeino", NameLanguage.NORWEGIAN);
  private static final MunicipalityName GUOVDAGEAIDNU =
      MunicipalityName.of("Guovdageaidnu", NameLanguage.NORTHERN_SAMI);

  // of(String, List, LocalDateRange, List)

  @Test
  void test_of_samiAndNorwegian() {
    MunicipalityEntry entry = MunicipalityEntry.of("5612", List.of(GUOVDAGEAIDNU, KAUTOKEINO), FROM_2024, List.of());
    assertEquals("Kautokeino", entry.getName());
    assertEquals("Guovdageaidnu - Kautokeino", entry.getOfficialName());
    assertEquals("Guovdageaidnu", entry.getName(NameLanguage.NORTHERN_SAMI).orElseThrow());
    assertTrue(entry.getName(NameLanguage.KVEN).isEmpty());
    assertTrue(entry.isCurrent());
    assertTrue(entry.isValidOn(LocalDate.of(2024, 1, 1)));
    assertFalse(entry.isValidOn(LocalDate.of(2023, 12, 31)));
    assertEquals(Municipality.of("5612", "Kautokeino"), entry.toMunicipality());
    assertEquals(entry, MunicipalityEntry.of("5612", List.of(GUOVDAGEAIDNU, KAUTOKEINO), FROM_2024, List.of()));
    assertEquals(
        entry.hashCode(),
        MunicipalityEntry.of("5612", List.of(GUOVDAGEAIDNU, KAUTOKEINO), FROM_2024, List.of()).hashCode());
  }

  @Test
  void test_of_endedWithSuccessor() {
    MunicipalityEntry entry = MunicipalityEntry.of("5430", List.of(KAUTOKEINO), Y2020_TO_2023, List.of("5612"));
    assertFalse(entry.isCurrent());
    assertTrue(entry.isValidOn(LocalDate.of(2023, 12, 31)));
    assertFalse(entry.isValidOn(LocalDate.of(2024, 1, 1)));
    assertEquals(List.of("5612"), entry.getSuccessorNumbers());
  }

  @Test
  void test_of_noNorwegianName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MunicipalityEntry.of("5612", List.of(GUOVDAGEAIDNU), FROM_2024, List.of()));
    assertEquals("Municipality 5612 must have exactly one Norwegian name, not 0", e.getMessage());
  }

  @Test
  void test_of_twoNamesInOneLanguage() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                MunicipalityEntry.of(
                    "5612",
                    List.of(KAUTOKEINO, GUOVDAGEAIDNU, MunicipalityName.of("Goutokeino", NameLanguage.NORTHERN_SAMI)),
                    FROM_2024,
                    List.of()));
    assertEquals("Municipality 5612 has two names in one language", e.getMessage());
  }

  @Test
  void test_of_noNames() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> MunicipalityEntry.of("5612", List.of(), FROM_2024, List.of()));
    assertEquals("Municipality 5612 has no name", e.getMessage());
  }

  @Test
  void test_of_successorWhileCurrent() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MunicipalityEntry.of("5612", List.of(KAUTOKEINO), FROM_2024, List.of("5613")));
    assertEquals("Municipality 5612 is still valid and cannot have successors [5613]", e.getMessage());
  }

  @Test
  void test_of_endedWithoutSuccessor() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MunicipalityEntry.of("5430", List.of(KAUTOKEINO), Y2020_TO_2023, List.of()));
    assertEquals("Municipality 5430 ends on 2024-01-01 and needs a successor", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "561", "56123", "56a2", "５６１２"})
  void test_of_badNumber(String number) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MunicipalityEntry.of(number, List.of(KAUTOKEINO), FROM_2024, List.of()));
    assertEquals("A municipality number has four digits, not '" + number + "'", e.getMessage());
  }

  // MunicipalityName.of(String, NameLanguage)

  @ParameterizedTest
  @ValueSource(strings = {"", " ", " Kautokeino", "Kautokeino "})
  void test_name_of_blankOrPadded(String name) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MunicipalityName.of(name, NameLanguage.NORWEGIAN));
    assertTrue(e.getMessage().contains("'" + name + "'"), e.getMessage());
  }

  @Test
  void test_name_equalsAndToString() {
    assertEquals(GUOVDAGEAIDNU, MunicipalityName.of("Guovdageaidnu", NameLanguage.NORTHERN_SAMI));
    assertFalse(GUOVDAGEAIDNU.equals(MunicipalityName.of("Guovdageaidnu", NameLanguage.LULE_SAMI)));
    assertEquals("Guovdageaidnu (sme)", GUOVDAGEAIDNU.toString());
  }
}
