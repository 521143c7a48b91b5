package no.helseplan.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import no.helseplan.goal.Goal;
import no.helseplan.internal.RoundTrip;
import no.helseplan.plan.FocusArea;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.api.Test;

/** Issue 11, part 4: series of figures, observed and forecast, with unit and source. */
class FigureSeriesTest {

  /** KOSTRA, 2020–2024: share of residents 80 and over living in a nursing home. */
  static FigureSeries kostra() {
    FigureSeries.Builder series = FigureSeries.builder()
        .name("Del innbyggjarar 80 år og over som er bebuarar på sjukeheim")
        .unit("prosent")
        .dataSource("KOSTRA (SSB)")
        .text("Tabell 3: Del innbyggjarar 80+ på sjukeheim, 2020–2024");
    String[] printed = {"12,1 %", "11,8 %", "11,2 %", "10,9 %", "10,4 %"};
    for (int i = 0; i < printed.length; i++) {
      series.addValues(FigureValue.builder().year(2020 + i)
          .value(new BigDecimal(printed[i].replace(" %", "").replace(',', '.'))).text(printed[i]).build());
    }
    return series.build();
  }

  /** SSB's main alternative: residents 80 and over, observed 2024, forecast 2030 and 2040. */
  static FigureSeries projection() {
    return FigureSeries.builder().name("Innbyggjarar 80 år og eldre").unit("personar")
        .dataSource("SSB, befolkningsframskrivingar 2024, hovudalternativet (MMMM)")
        .addValues(FigureValue.observed(2024, BigDecimal.valueOf(612)))
        .addValues(FigureValue.forecast(2030, BigDecimal.valueOf(845)))
        .addValues(FigureValue.forecast(2040, BigDecimal.valueOf(1_190)))
        .build();
  }

  @Test
  void test_kostraSeries_observedByDefault_keepsPrintedText() {
    FigureSeries series = kostra();
    assertEquals(5, series.getValues().size());
    assertFalse(series.isForecast());
    assertTrue(series.getValues().stream().allMatch(v -> v.getKind() == FigureKind.OBSERVED));
    FigureValue value2022 = series.valueIn(2022).orElseThrow();
    assertEquals(new BigDecimal("11.2"), value2022.getValue());
    assertEquals(Optional.of("11,2 %"), value2022.getText());
    assertEquals(Optional.empty(), series.valueIn(2025));
  }

  @Test
  void test_projection_mixesObservedAndForecast() {
    FigureSeries series = projection();
    assertTrue(series.isForecast());
    assertEquals(FigureKind.OBSERVED, series.valueIn(2024).orElseThrow().getKind());
    assertEquals(FigureKind.FORECAST, series.valueIn(2040).orElseThrow().getKind());
  }

  @Test
  void test_onFocusAreaAndGoal_jsonRoundTrip() {
    Goal goal = Goal.builder().id("m2").statement("Fleire eldre skal bu heime").addFigures(kostra()).build();
    FocusArea area = FocusArea.builder().id("a2").name("Heildøgns omsorg").addFigures(projection()).addGoals(goal)
        .build();
    assertEquals(area, RoundTrip.json(area, FocusArea.class));
    assertFalse(RoundTrip.write(projection()).contains("\"forecast\""),
        "isForecast() is derived and not written: " + RoundTrip.write(projection()));
  }

  @Test
  void test_labels() {
    assertEquals("Framskriving", FigureKind.FORECAST.getLabel(Language.NN));
    assertEquals("Fremskrivning", FigureKind.FORECAST.getLabel(Language.NB));
  }
}
