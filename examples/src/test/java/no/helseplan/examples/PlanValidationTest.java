package no.helseplan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import no.helseplan.io.Severity;
import no.helseplan.municipality.MunicipalityRegister;
import no.helseplan.plan.Plan;
import no.helseplan.validation.PlanValidator;
import no.helseplan.validation.ValidationReport;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundled plan validates with zero errors; warnings (a weak plan) are allowed. */
class PlanValidationTest {
  private static final MunicipalityRegister REGISTER = MunicipalityRegister.bundled();
  private static final PlanValidator VALIDATOR = PlanValidator.builder()
      .language(Language.EN)
      .municipalities((number, date) -> REGISTER.isValid(number, date))
      .build();

  static java.util.List<String> names() {
    return Examples.names();
  }

  @ParameterizedTest
  @MethodSource("names")
  void test_validate_zeroErrors(String name) {
    Plan plan = Examples.byName(name).orElseThrow();
    ValidationReport report = VALIDATOR.validate(plan);
    assertEquals(0, report.count(Severity.ERROR), () -> name + ": " + report.getFindings(Severity.ERROR).stream()
        .map(Object::toString).collect(Collectors.joining("\n")));
    assertTrue(report.isValid(), name);
  }
}
