package no.helseplan.validation;

import no.helseplan.io.Severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.helseplan.municipality.Municipality;
import no.helseplan.plan.Adoption;
import no.helseplan.plan.Plan;
import no.helseplan.testing.Generated;
import no.helseplan.testing.PlanGenerator;
import no.helseplan.testing.Seeds;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The defaults of {@link PlanValidator#forLanguage}: the bundled municipality register (numbers checked against
 * public facts about Norway's mergers) and the core module's written-standard detector; and the lead's
 * generator of valid plans, which must validate without errors.
 */
class DefaultsTest {
  static final PlanValidator VALIDATOR = PlanValidator.forLanguage(Language.NN);

  static Plan adopted(String number, String name, LocalDate date) {
    return Plans.plan().municipality(Municipality.of(number, name))
        .adoption(Adoption.builder().date(date).build()).build();
  }

  static Stream<Arguments> data_municipalities() {
    return Stream.of(
        // Herøy (Møre og Romsdal) has been 1515 throughout.
        Arguments.of("1515", "Herøy", LocalDate.of(2025, 2, 12), true),
        // Haram was 1534 until the merger into Ålesund on 2020-01-01, and 1580 from 2024-01-01.
        Arguments.of("1534", "Haram", LocalDate.of(2019, 6, 20), true),
        Arguments.of("1534", "Haram", LocalDate.of(2025, 2, 12), false),
        Arguments.of("1580", "Haram", LocalDate.of(2025, 2, 12), true),
        Arguments.of("1580", "Haram", LocalDate.of(2021, 2, 12), false),
        // Voss herad: 1235 until 2020, 4621 since. Sør-Varanger: 2030 until 2020 (Finnmark), 5444 in 2020-2023
        // (Troms og Finnmark), 5605 since 2024 (Finnmark again).
        Arguments.of("4621", "Voss herad", LocalDate.of(2024, 9, 1), true),
        Arguments.of("1235", "Voss", LocalDate.of(2024, 9, 1), false),
        Arguments.of("1235", "Voss", LocalDate.of(2019, 9, 1), true),
        Arguments.of("5605", "Sør-Varanger", LocalDate.of(2024, 9, 1), true),
        Arguments.of("5444", "Sør-Varanger", LocalDate.of(2024, 9, 1), false),
        Arguments.of("5444", "Sør-Varanger", LocalDate.of(2021, 9, 1), true),
        Arguments.of("2030", "Sør-Varanger", LocalDate.of(2021, 9, 1), false),
        Arguments.of("9999", "Ingen", LocalDate.of(2024, 9, 1), false));
  }

  // forLanguage(Language): the bundled register

  @ParameterizedTest(name = "{0} {1} on {2}: {3}")
  @MethodSource("data_municipalities")
  void test_forLanguage_bundledRegister(String number, String name, LocalDate date, boolean exists) {
    List<String> codes = VALIDATOR.validate(adopted(number, name, date)).getFindings().stream()
        .map(Finding::getCode).collect(Collectors.toList());
    assertEquals(exists ? List.of() : List.of(Rule.MUNICIPALITY_UNKNOWN.getCode()), codes);
  }

  // forLanguage(Language): the written-standard detector

  @Test
  void test_forLanguage_detectsBokmalInANynorskPlan() {
    Plan plan = Plans.plan(Plans.area("omrade-1").name("Brukermedvirkning")
        .addGoals(no.helseplan.goal.Goal.builder().id("mal-1").statement("Brukerne opplever mestring i egen hverdag")
            .build())
        .addMeasures(Plans.measure("tiltak-1")
            .title("Vi skal ikke glemme hva som er viktig for deg, og hvordan vi jobber sammen med noen andre")
            .build()).build()).build();
    List<Finding> findings = VALIDATOR.validate(plan).getFindings();
    assertEquals(List.of("language.mismatch /language"), findings.stream().map(f -> f.getCode() + " "
        + f.getPointer()).collect(Collectors.toList()));
    assertEquals("Målforma er oppgitt som «nn», men teksten er skriven på bokmål", findings.get(0).getMessage());
  }

  @Test
  void test_forLanguage_nynorskPlanDeclaredNynorskIsQuiet() {
    Plan plan = Plans.plan(Plans.areaWith(Plans.measure("tiltak-1")
        .title("Vi skal ikkje gløyme kva som er viktig for deg, og korleis vi jobbar saman med nokon andre")
        .build())).build();
    assertEquals(List.of(), VALIDATOR.validate(plan).getFindings());
    assertEquals(Optional.of(Language.NN), WrittenStandardDetector.standard()
        .detect("Vi skal ikkje gløyme kva som er viktig, og korleis vi jobbar saman med nokon"));
    assertEquals(Optional.empty(), WrittenStandardDetector.standard().detect("Helse og omsorg"));
  }

  /** Several texts are read as their join with sentence breaks: by the standard detector and by default. */
  @Test
  void test_detectTexts_asTheirJoin() {
    List<String> texts = List.of("Tenester", "ikkje kva", "ikke hva hvordan", "kva", "", "korleis");
    WrittenStandardDetector joining = text -> WrittenStandardDetector.standard().detect(text);
    for (int n = 0; n <= texts.size(); n++) {
      List<String> some = texts.subList(0, n);
      Optional<Language> expected = WrittenStandardDetector.standard().detect(String.join(". ", some));
      assertEquals(expected, WrittenStandardDetector.standard().detect(some), some.toString());
      assertEquals(expected, joining.detect(some), some.toString());
    }
    assertEquals(Optional.of(Language.NN), WrittenStandardDetector.standard().detect(texts.subList(0, 2)));
    assertEquals(Optional.empty(), WrittenStandardDetector.standard().detect(texts.subList(0, 3)));
  }

  // validate(Plan) over the lead's generator of valid plans

  /** The generator picks municipality numbers without asking the register, so that rule is off here. */
  static final PlanValidator GENERATED = PlanValidator.builder().language(Language.EN)
      .municipalities((number, date) -> true).build();

  static List<Generated<Plan>> data_validPlans() {
    return Seeds.cases(150, random -> new PlanGenerator(random).plan());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("data_validPlans")
  void test_validate_generatedValidPlansHaveNoErrors(Generated<Plan> plan) {
    ValidationReport report = GENERATED.validate(plan.value());
    assertTrue(report.isValid(), () -> plan + "\n" + report.getFindings(Severity.ERROR));
  }
}
