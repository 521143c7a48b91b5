package no.helseplan.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import no.helseplan.measure.Measure;
import no.helseplan.municipality.Municipality;
import no.helseplan.plan.FocusArea;
import no.helseplan.plan.Plan;
import no.helseplan.plan.PlanKind;
import no.helseplan.plan.PlanPeriod;
import no.helseplan.responsibility.Responsibility;
import no.helseplan.timeframe.Ongoing;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.api.Test;

/**
 * Regression: findings that differ only in where they are must all be reported. Herøy's action plan has 43
 * measures that are all "Jamleg"; the report once kept one of them, because Hibernate Validator keeps its
 * violations in a set and the 43 had the same message and path.
 */
class DistinctFindingsTest {

  @Test
  void test_validate_sameMessageAtManyPlaces_allReported() {
    FocusArea area = FocusArea.builder().id("heilskap").name("Heilskap")
        .addMeasures(jamleg("t1"), jamleg("t2"), jamleg("t3")).build();
    Plan plan = Plan.builder().id("p").title("Handlingsplan").kind(PlanKind.ACTION_PLAN)
        .municipality(Municipality.of("1515", "Herøy")).language(Language.NN).period(PlanPeriod.of(2025, 2028))
        .addFocusAreas(area).build();

    List<String> pointers = PlanValidator.forLanguage(Language.NN).validate(plan).getFindings().stream()
        .filter(f -> f.getCode().equals("measure.timeframe.ongoing"))
        .map(Finding::getPointer)
        .collect(Collectors.toList());

    assertEquals(List.of("/focusAreas/0/measures/0/timeframe", "/focusAreas/0/measures/1/timeframe",
        "/focusAreas/0/measures/2/timeframe"), pointers);
  }

  private static Measure jamleg(String id) {
    return Measure.builder().id(id).title("Digital heimeoppfølging").timeframe(Ongoing.of("Jamleg"))
        .responsibility(Responsibility.parse("Leiargruppa i helse og omsorg", Language.NN)).build();
  }
}
