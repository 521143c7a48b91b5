package no.helseplan.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import no.helseplan.plan.Plan;
import no.helseplan.testing.Generated;
import no.helseplan.testing.PlanGenerator;
import no.helseplan.testing.Seeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Property: every generated plan survives JSON and YAML round trips with equal values and identical text. */
class RoundTripTest {

  static List<Generated<Plan>> plans() {
    return Seeds.cases(200, random -> new PlanGenerator(random).plan());
  }

  // JSON -> plan -> JSON

  @ParameterizedTest
  @MethodSource("plans")
  void test_roundTrip_json(Generated<Plan> generated) {
    roundTrip(generated, PlanFormat.JSON);
  }

  // YAML -> plan -> YAML

  @ParameterizedTest
  @MethodSource("plans")
  void test_roundTrip_yaml(Generated<Plan> generated) {
    roundTrip(generated, PlanFormat.YAML);
  }

  private static void roundTrip(Generated<Plan> generated, PlanFormat format) {
    Plan plan = generated.value();
    String text = PlanWriter.canonical().toString(plan, format);
    Plan read = PlanReader.strict().read(text, format);
    assertEquals(plan, read, () -> generated + ": the plan read back differs\n" + text);
    assertEquals(text, PlanWriter.canonical().toString(read, format), () -> generated + ": the text differs");
  }
}
