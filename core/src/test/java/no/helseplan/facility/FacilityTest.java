package no.helseplan.facility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import no.helseplan.internal.RoundTrip;
import no.helseplan.measure.Amount;
import no.helseplan.measure.Measure;
import no.helseplan.measure.ResourceKind;
import no.helseplan.measure.ResourceNeed;
import no.helseplan.measure.ResourceUnit;
import no.helseplan.measure.Resources;
import no.helseplan.municipality.Municipality;
import no.helseplan.plan.FocusArea;
import no.helseplan.plan.Plan;
import no.helseplan.plan.PlanKind;
import no.helseplan.plan.PlanPeriod;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 11, part 3: places, dwellings and buildings, with count, location, year, cost, financing and measures. */
class FacilityTest {

  /** "20 omsorgsbustader i 2027, Husbanken-tilskot 45 %", delivered by measure t4.1. */
  static Facility supportedHousing() {
    return Facility.builder()
        .id("bygg-1")
        .kind(FacilityKind.SUPPORTED_HOUSING)
        .change(FacilityChange.NEW)
        .text("20 omsorgsbustader i 2027, Husbanken-tilskot 45 %")
        .count(Amount.of(20))
        .location("Myrvåg sentrum")
        .yearNeeded(2027)
        .cost(Resources.builder().text("ca. 64 mill. kr")
            .addNeeds(ResourceNeed.builder().text("ca. 64 mill. kr").kind(ResourceKind.INVESTMENT)
                .amount(Amount.of(64_000_000)).unit(ResourceUnit.NOK).build())
            .build())
        .financing(Resources.builder().text("Husbanken-tilskot 45 %, resten låneopptak")
            .addNeeds(ResourceNeed.builder().text("Husbanken-tilskot 45 %").kind(ResourceKind.GRANT)
                .amount(Amount.of(45)).unit(ResourceUnit.PERCENT).funder("Husbanken").build())
            .addNeeds(ResourceNeed.builder().text("resten låneopptak").kind(ResourceKind.LOAN).build())
            .build())
        .addMeasures("t4.1")
        .build();
  }

  static Facility shortTermPlaces() {
    return Facility.builder().id("bygg-2").kind(FacilityKind.SHORT_TERM_PLACE).change(FacilityChange.CONVERTED)
        .text("8–10 sjukeheimsplassar vert gjort om til korttidsplassar")
        .count(Amount.between(BigDecimal.valueOf(8), BigDecimal.TEN))
        .name("Herøy omsorgssenter").yearNeeded(2026).addMeasures("t4.2", "t4.3").build();
  }

  static Plan plan() {
    Measure build = Measure.builder().id("t4.1").title("Byggje 20 omsorgsbustader med heildøgns bemanning").build();
    Measure convert = Measure.builder().id("t4.2").title("Gjere om langtidsplassar til korttidsplassar").build();
    Measure staff = Measure.builder().id("t4.3").title("Auke bemanninga på korttidsavdelinga").build();
    FocusArea area = FocusArea.builder().id("a4").name("Bustader og heildøgns omsorg")
        .addMeasures(build, convert, staff).addFacilities(shortTermPlaces()).build();
    return Plan.builder().id("heroy-2025").title("Handlingsplan 2025–2028").kind(PlanKind.ACTION_PLAN)
        .municipality(Municipality.of("1515", "Herøy")).language(Language.NN).period(PlanPeriod.of(2025, 2028))
        .addFocusAreas(area).addFacilities(supportedHousing()).build();
  }

  @Test
  void test_facility_heldOnPlanAndFocusArea_linkedToExistingMeasures() {
    Plan plan = plan();
    Facility housing = plan.getFacilities().get(0);
    assertEquals(FacilityKind.SUPPORTED_HOUSING, housing.getKind());
    assertTrue(housing.getCount().orElseThrow().isExact());
    assertEquals(Optional.of(2027), housing.getYearNeeded());
    ResourceNeed grant = housing.getFinancing().orElseThrow().getNeeds().get(0);
    assertEquals(Optional.of("Husbanken"), grant.getFunder());
    assertEquals(Optional.of(ResourceUnit.PERCENT), grant.getUnit());
    assertEquals(0, BigDecimal.valueOf(45).compareTo(grant.getAmount().orElseThrow().getMin()));
    assertEquals(ResourceKind.LOAN, housing.getFinancing().orElseThrow().getNeeds().get(1).getKind());

    Facility places = plan.getFocusAreas().get(0).getFacilities().get(0);
    assertFalse(places.getCount().orElseThrow().isExact(), "8–10 is a range");
    List<String> measureIds = plan.getFocusAreas().get(0).getMeasures().stream().map(Measure::getId).toList();
    for (Facility facility : List.of(housing, places)) {
      assertTrue(measureIds.containsAll(facility.getMeasures()), () -> facility.getId() + " cites a missing measure");
    }
  }

  @Test
  void test_json_roundTrip() {
    Plan plan = plan();
    assertEquals(plan, RoundTrip.json(plan, Plan.class));
    String json = RoundTrip.write(supportedHousing());
    assertTrue(json.contains("\"yearNeeded\":2027"), json);
  }

  @ParameterizedTest
  @CsvSource({
      "SUPPORTED_HOUSING, Omsorgsbolig, Omsorgsbustad",
      "NURSING_HOME_PLACE, Sykehjemsplass, Sjukeheimsplass",
      "SHARED_HOUSING, Bofellesskap, Bufellesskap",
      "ROUND_THE_CLOCK_CARE_PLACE, Heldøgns omsorgsplass, Heildøgns omsorgsplass",
      "ROBUST_HOUSING, Hardbruksbolig, Hardbruksbustad",
      "RESPITE_PLACE, Avlastningsplass, Avlastingsplass"})
  void test_label_bokmalAndNynorsk(FacilityKind kind, String nb, String nn) {
    assertEquals(nb, kind.getLabel(Language.NB));
    assertEquals(nn, kind.getLabel(Language.NN));
  }
}
