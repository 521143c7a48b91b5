package no.helseplan.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.helseplan.analysis.MatchedBy;
import no.helseplan.analysis.MeasureInContext;
import no.helseplan.analysis.PlanComparison;
import no.helseplan.analysis.PlanCorpus;
import no.helseplan.analysis.Table;
import no.helseplan.analysis.Theme;
import no.helseplan.analysis.Themes;
import no.helseplan.goal.Goal;
import no.helseplan.measure.Measure;
import no.helseplan.plan.FocusArea;
import no.helseplan.plan.Plan;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the analysis API ({@code no.helseplan.analysis} in core) over generated plans. They live here,
 * beside the generator, because core's tests cannot depend on this module.
 */
class AnalysisPropertiesTest {

  static List<Generated<Plan>> plans() {
    return Seeds.cases(150, random -> new PlanGenerator(random).plan());
  }

  static List<Generated<List<Plan>>> corpora() {
    return Seeds.cases(40, random -> {
      PlanGenerator generator = new PlanGenerator(random);
      List<Plan> plans = new ArrayList<>();
      for (int i = random.nextInt(5); i >= 0; i--) {
        plans.add(generator.plan());
      }
      return plans;
    });
  }

  private static List<Measure> measuresOf(Plan plan) {
    List<Measure> measures = new ArrayList<>(plan.getMeasures());
    plan.getFocusAreas().forEach(a -> measures.addAll(a.getMeasures()));
    return measures;
  }

  private static long sumOfLongs(List<Object> cells) {
    return cells.stream().mapToLong(c -> (Long) c).sum();
  }

  // measures()

  @ParameterizedTest
  @MethodSource("plans")
  void test_measures_everyMeasureExactlyOnce(Generated<Plan> generated) {
    Plan plan = generated.value();
    Map<Measure, Integer> seen = new IdentityHashMap<>();
    PlanCorpus.of(plan).measures().forEach(m -> seen.merge(m.getMeasure(), 1, Integer::sum));
    List<Measure> expected = measuresOf(plan);
    assertEquals(expected.size(), PlanCorpus.of(plan).getMeasures().size(), generated::toString);
    for (Measure measure : expected) {
      assertEquals(1, seen.getOrDefault(measure, 0), () -> measure.getId() + " in " + generated);
    }
  }

  @ParameterizedTest
  @MethodSource("plans")
  void test_measures_focusAreaIsWhereTheMeasureSits(Generated<Plan> generated) {
    for (MeasureInContext m : PlanCorpus.of(generated.value()).getMeasures()) {
      if (m.getFocusArea().isPresent()) {
        assertTrue(m.getFocusArea().get().getMeasures().contains(m.getMeasure()), () -> m + " in " + generated);
      } else {
        assertTrue(generated.value().getMeasures().contains(m.getMeasure()), () -> m + " in " + generated);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("plans")
  void test_measures_everyCitedGoalResolved(Generated<Plan> generated) {
    // The generator only cites goals that exist, at any depth.
    for (MeasureInContext m : PlanCorpus.of(generated.value()).getMeasures()) {
      assertEquals(List.of(), m.getUnresolvedGoals(), () -> m + " in " + generated);
      assertEquals(m.getMeasure().getGoals(), m.getGoals().stream().map(Goal::getId).collect(Collectors.toList()),
          () -> m + " in " + generated);
    }
  }

  @ParameterizedTest
  @MethodSource("plans")
  void test_goals_everyGoalAtEveryDepthOnce(Generated<Plan> generated) {
    Plan plan = generated.value();
    List<Goal> expected = new ArrayList<>();
    plan.getGoals().forEach(g -> collect(g, expected));
    plan.getFocusAreas().forEach(a -> a.getGoals().forEach(g -> collect(g, expected)));
    List<Goal> flat = PlanCorpus.of(plan).goals().map(g -> g.getGoal()).collect(Collectors.toList());
    assertEquals(expected, flat, generated::toString);
    PlanCorpus.of(plan).goals().forEach(g -> assertEquals(g.getDepth() == 0, g.getParent().isEmpty(),
        generated::toString));
  }

  private static void collect(Goal goal, List<Goal> into) {
    into.add(goal);
    goal.getSubGoals().forEach(s -> collect(s, into));
  }

  // tables: counts add up

  @ParameterizedTest
  @MethodSource("corpora")
  void test_countByTimeframeKind_kindsAddUpToTotal(Generated<List<Plan>> generated) {
    PlanCorpus corpus = PlanCorpus.of(generated.value());
    Table table = corpus.countByTimeframeKind(Language.NB);
    assertEquals(generated.value().size(), table.getRowCount());
    for (int r = 0; r < table.getRowCount(); r++) {
      List<Object> row = table.getRows().get(r);
      long kinds = sumOfLongs(row.subList(2, row.size() - 1));
      long total = (Long) row.get(row.size() - 1);
      assertEquals(total, kinds, generated::toString);
      assertEquals(measuresOf(generated.value().get(r)).size(), total, generated::toString);
    }
    assertEquals(corpus.getMeasures().size(), sumOfLongs(table.getColumn("I alt")), generated::toString);
  }

  @ParameterizedTest
  @MethodSource("corpora")
  void test_countByLeadKind_addsUpToMeasures(Generated<List<Plan>> generated) {
    PlanCorpus corpus = PlanCorpus.of(generated.value());
    assertEquals(corpus.getMeasures().size(), sumOfLongs(corpus.countByLeadKind(Language.NN).getColumn("Tiltak")),
        generated::toString);
  }

  @ParameterizedTest
  @MethodSource("corpora")
  void test_countByFocusArea_addsUpToMeasures(Generated<List<Plan>> generated) {
    PlanCorpus corpus = PlanCorpus.of(generated.value());
    assertEquals(corpus.getMeasures().size(), sumOfLongs(corpus.countByFocusArea(Language.EN).getColumn("Measure")),
        generated::toString);
  }

  @ParameterizedTest
  @MethodSource("corpora")
  void test_dueIn_yearsAddUpToConcreteDeadlines(Generated<List<Plan>> generated) {
    PlanCorpus corpus = PlanCorpus.of(generated.value());
    Set<Integer> years = corpus.measures().filter(MeasureInContext::hasConcreteDeadline)
        .map(m -> m.getLatest().get().getYear()).collect(Collectors.toSet());
    long due = years.stream().mapToLong(y -> corpus.dueIn(y, Language.NN).getRowCount()).sum();
    assertEquals(corpus.measures().filter(MeasureInContext::hasConcreteDeadline).count(), due, generated::toString);
    assertEquals(sumOfLongs(corpus.concreteness(Language.EN).getColumn("With deadline")), due, generated::toString);
  }

  @ParameterizedTest
  @MethodSource("corpora")
  void test_tables_printAndExportWithoutFailing(Generated<List<Plan>> generated) {
    PlanCorpus corpus = PlanCorpus.of(generated.value());
    for (Language language : Language.values()) {
      for (Table table : List.of(corpus.countByFocusArea(language), corpus.countByTimeframeKind(language),
          corpus.countByLeadKind(language), corpus.resourceTotals(language), corpus.dueIn(2026, language),
          corpus.concreteness(language), corpus.countByTheme(language))) {
        assertDoesNotThrow(table::toString, generated::toString);
        assertEquals(table.getRowCount(), parseCsv(table.toCsv()).size() - 1, generated::toString);
      }
    }
  }

  // Table: CSV round trip

  @ParameterizedTest
  @MethodSource("plans")
  void test_writeCsv_readsBackAsWritten(Generated<Plan> generated) {
    PlanGenerator text = new PlanGenerator(new Random(generated.seed() * 31 + generated.index()));
    List<List<Object>> rows = new ArrayList<>();
    for (Measure measure : measuresOf(generated.value())) {
      rows.add(List.of(measure.getTitle(), measure.getDescription().orElse(""), (long) measure.getGoals().size(),
          text.text(1, 6)));
    }
    Table table = Table.of(List.of("Tiltak, tittel", "Korleis \"\"", "Mål", "Tekst"), rows);
    List<List<String>> read = parseCsv(table.toCsv());
    assertEquals(List.of("Tiltak, tittel", "Korleis \"\"", "Mål", "Tekst"), read.get(0), generated::toString);
    for (int r = 0; r < rows.size(); r++) {
      List<String> expected = rows.get(r).stream().map(String::valueOf).collect(Collectors.toList());
      assertEquals(expected, read.get(r + 1), generated::toString);
    }
  }

  /** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes. */
  private static List<List<String>> parseCsv(String csv) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    boolean quoted = false;
    while (i < csv.length()) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i += 2;
          continue;
        }
        if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
        i++;
      } else if (c == '"') {
        if (field.length() != 0) {
          throw new AssertionError("quote inside an unquoted field at " + i);
        }
        quoted = true;
        i++;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        i++;
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        i += 2;
      } else if (c == '\n' || c == '\r') {
        throw new AssertionError("bare line break outside quotes at " + i);
      } else {
        field.append(c);
        i++;
      }
    }
    assertFalse(quoted, "unterminated quote");
    assertTrue(record.isEmpty() && field.length() == 0, "the last record ends in CRLF");
    return records;
  }

  // PlanComparison

  @ParameterizedTest
  @MethodSource("plans")
  void test_comparison_withItselfHasNoChanges(Generated<Plan> generated) {
    PlanComparison diff = PlanComparison.of(generated.value(), generated.value());
    assertFalse(diff.hasChanges(), () -> diff + " in " + generated);
    assertEquals(measuresOf(generated.value()).size(), diff.getMatched().size(), generated::toString);
    assertTrue(diff.getMatched().stream().allMatch(c -> c.getMatchedBy() == MatchedBy.ID), generated::toString);
  }

  @ParameterizedTest
  @MethodSource("plans")
  void test_comparison_droppedMeasuresAreRemovedAndCountsBalance(Generated<Plan> generated) {
    Plan plan = generated.value();
    Random random = new Random(generated.seed() ^ generated.index());
    Set<String> dropped = new HashSet<>();
    measuresOf(plan).forEach(m -> {
      if (random.nextInt(3) == 0) {
        dropped.add(m.getId());
      }
    });
    Plan after = Plan.builder().from(plan)
        .measures(plan.getMeasures().stream().filter(m -> !dropped.contains(m.getId())).collect(Collectors.toList()))
        .focusAreas(plan.getFocusAreas().stream().map(a -> FocusArea.builder().from(a).measures(a.getMeasures()
            .stream().filter(m -> !dropped.contains(m.getId())).collect(Collectors.toList())).build())
            .collect(Collectors.toList()))
        .build();
    PlanComparison diff = PlanComparison.of(plan, after);
    assertEquals(dropped, diff.getRemoved().stream().map(MeasureInContext::getId).collect(Collectors.toSet()),
        generated::toString);
    assertEquals(List.of(), diff.getAdded(), generated::toString);
    assertEquals(List.of(), diff.getChanged(), generated::toString);
    PlanComparison back = PlanComparison.of(after, plan);
    assertEquals(dropped.size(), back.getAdded().size(), generated::toString);
    assertEquals(measuresOf(plan).size(), back.getMatched().size() + back.getAdded().size(), generated::toString);
    assertEquals(measuresOf(after).size(), back.getMatched().size() + back.getRemoved().size(), generated::toString);
  }

  @ParameterizedTest
  @MethodSource("plans")
  void test_similarity_symmetricAndBounded(Generated<Plan> generated) {
    List<String> titles = measuresOf(generated.value()).stream().map(Measure::getTitle).collect(Collectors.toList());
    for (int i = 0; i + 1 < titles.size(); i++) {
      double s = PlanComparison.similarity(titles.get(i), titles.get(i + 1));
      assertTrue(s >= 0 && s <= 1, generated::toString);
      assertEquals(s, PlanComparison.similarity(titles.get(i + 1), titles.get(i)), 1e-12, generated::toString);
      assertEquals(1.0, PlanComparison.similarity(titles.get(i), titles.get(i)), 1e-12, generated::toString);
    }
  }

  // Theme

  @ParameterizedTest
  @MethodSource("plans")
  void test_theme_aWordBeginningWithAStemIsFound(Generated<Plan> generated) {
    Random random = new Random(generated.seed() + generated.index());
    for (Measure measure : measuresOf(generated.value())) {
      String[] words = measure.getTitle().split("[^\\p{L}\\p{N}]+");
      Stream.of(words).filter(w -> w.length() >= 3).findFirst().ifPresent(word -> {
        String stem = word.substring(0, 3 + random.nextInt(word.length() - 2));
        Theme theme = Theme.of("t", "T", stem);
        assertTrue(theme.matches(measure.getTitle()), () -> stem + " in " + measure.getTitle() + ", " + generated);
        assertTrue(theme.matches(measure.getTitle().toUpperCase(java.util.Locale.ROOT)),
            () -> stem + " in upper case, " + generated);
      });
      assertDoesNotThrow(() -> Themes.builtIn().matching(measure.getTitle()), generated::toString);
    }
  }
}
