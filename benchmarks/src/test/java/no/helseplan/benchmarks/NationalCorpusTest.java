package no.helseplan.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.helseplan.analysis.PlanCorpus;
import no.helseplan.io.PlanFormat;
import no.helseplan.io.PlanReader;
import no.helseplan.io.PlanWriter;
import no.helseplan.measure.Measure;
import no.helseplan.measure.ResourceKind;
import no.helseplan.plan.FocusArea;
import no.helseplan.plan.Plan;
import no.helseplan.timeframe.TimeframeKind;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NationalCorpusTest {
  private static final long SEED = Long.getLong("helseplan.seed", NationalCorpus.DEFAULT_SEED);
  private static NationalCorpus corpus;

  @BeforeAll
  static void generate() {
    corpus = NationalCorpus.generate(SEED);
  }

  @Test
  void test_generate_oneValidPlanPerMunicipalityOf2024() {
    List<Plan> plans = corpus.getPlans();
    assertEquals(357, plans.size(), "seed " + SEED);
    Set<String> numbers = new HashSet<>();
    for (Plan plan : plans) {
      assertTrue(numbers.add(plan.getMunicipality().getNumber()), "seed " + SEED + ": " + plan.getId());
      int areas = plan.getFocusAreas().size();
      assertTrue(areas >= 6 && areas <= 10, "seed " + SEED + ": " + plan.getId() + " has " + areas + " areas");
      int measures = plan.getFocusAreas().stream().mapToInt(a -> a.getMeasures().size()).sum();
      assertTrue(measures >= 60 && measures <= 200, "seed " + SEED + ": " + plan.getId() + " has " + measures);
    }
  }

  @Test
  void test_generate_sameSeedSameCorpus_otherSeedOther() {
    NationalCorpus again = NationalCorpus.generate(SEED, 12);
    assertEquals(corpus.getPlans().subList(0, 12), again.getPlans(), "seed " + SEED);
    assertNotEquals(again.getPlans(), NationalCorpus.generate(SEED + 1, 12).getPlans(), "seed " + SEED);
  }

  @Test
  void test_generate_everyShapeAndBothWrittenStandards() {
    Set<TimeframeKind> kinds = EnumSet.noneOf(TimeframeKind.class);
    Set<ResourceKind> resources = EnumSet.noneOf(ResourceKind.class);
    Set<Language> languages = EnumSet.noneOf(Language.class);
    int bullets = 0;
    int leads = 0;
    int partners = 0;
    for (Plan plan : corpus.getPlans()) {
      languages.add(plan.getLanguage());
      for (FocusArea area : plan.getFocusAreas()) {
        for (Measure measure : area.getMeasures()) {
          measure.getTimeframe().ifPresent(t -> kinds.add(t.getKind()));
          measure.getResources().ifPresent(r -> r.getNeeds().forEach(n -> resources.add(n.getKind())));
          bullets += measure.getBullets().size();
          if (measure.getResponsibility().flatMap(r -> r.getLead()).isPresent()) {
            leads++;
          }
          partners += measure.getResponsibility().map(r -> r.getPartners().size()).orElse(0);
          int title = measure.getTitle().split(" ").length;
          assertTrue(title >= 5 && title <= 20, "seed " + SEED + ": " + measure.getTitle());
        }
      }
    }
    assertEquals(EnumSet.allOf(TimeframeKind.class), kinds, "seed " + SEED);
    assertEquals(EnumSet.of(Language.NB, Language.NN), languages, "seed " + SEED);
    assertTrue(resources.size() >= 5, "seed " + SEED + ": resource kinds " + resources);
    assertTrue(bullets > 0 && leads > 0 && partners > 0, "seed " + SEED);
  }

  @Test
  void test_phrases_interpretedAsWritten() {
    Set<TimeframeKind> kinds = EnumSet.noneOf(TimeframeKind.class);
    for (String phrase : NationalCorpus.phrases("timeframe", 2_000, SEED)) {
      kinds.add(no.helseplan.timeframe.Timeframe.parse(phrase, Language.NB,
          no.helseplan.timeframe.TimeframeContext.ofPeriod(2024, 2030)).getKind());
    }
    assertEquals(EnumSet.allOf(TimeframeKind.class), kinds, "seed " + SEED);
    assertEquals(NationalCorpus.phrases("resources", 50, SEED), NationalCorpus.phrases("resources", 50, SEED));
  }

  @Test
  void test_writeAndRead_sampleRoundTrips() {
    Plan nn = corpus.getPlans().stream().filter(p -> p.getLanguage() == Language.NN).findFirst().orElseThrow();
    Plan nb = corpus.getPlans().get(0);
    for (Plan plan : List.of(nb, nn)) {
      for (PlanFormat format : PlanFormat.values()) {
        String text = PlanWriter.canonical().toString(plan, format);
        assertEquals(plan, PlanReader.strict().read(text, format), "seed " + SEED + ": " + plan.getId() + " "
            + format);
      }
    }
    assertEquals(corpus.getPlans().stream().mapToLong(p -> p.getFocusAreas().stream()
        .mapToLong(a -> a.getMeasures().size()).sum()).sum(), PlanCorpus.of(corpus.getPlans()).getMeasures().size());
  }
}
