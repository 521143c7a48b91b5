package no.helseplan.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import no.helseplan.goal.Goal;
import no.helseplan.goal.Strategy;
import no.helseplan.measure.Amount;
import no.helseplan.measure.Measure;
import no.helseplan.plan.FocusArea;
import no.helseplan.plan.Plan;
import no.helseplan.responsibility.ActorKind;
import no.helseplan.timeframe.Timeframe;
import no.helseplan.timeframe.TimeframeKind;
import no.helseplan.vocabulary.Concept;
import no.helseplan.vocabulary.Language;

/**
 * A collection of plans to study together (nb/nn: <i>korpus av planar</i>), such as the health and care plans
 * of several municipalities, or several versions of one plan: a flat, typed view of every measure, goal and
 * strategy in its context, and ready-made {@link Table}s that count them.
 *
 * <pre>{@code
 * PlanCorpus corpus = PlanCorpus.of(heroy, sorVaranger, voss);
 * corpus.getMeasures().size()                              // 144
 * corpus.measures().filter(m -> m.isDueIn(2026)).count()
 * corpus.countByTimeframeKind(Language.NN)
 * corpus.concreteness(Language.NB).writeCsv(new FileWriter("konkret.csv", StandardCharsets.UTF_8))
 * }</pre>
 *
 * <p>Measures are taken at every depth: those at the plan's own level first, then those of each focus area in
 * the order printed. Goals likewise, each followed by its sub-goals. A measure's cited goals and strategies are
 * looked up by id among all goals and strategies of its own plan.
 *
 * <p>Every table has one row per plan (or per plan and category), in the order the plans were given, and
 * labels its columns in the language asked for. Municipality and plan are given as the municipality's name and
 * the plan's id.
 *
 * <p>Implementation Requirements: immutable and thread-safe; the views are computed once, when the corpus is
 * made.
 */
public final class PlanCorpus {
  private static final int SHARE_DECIMALS = 3;

  private final List<Plan> plans;
  private final List<MeasureInContext> measures;
  private final List<List<MeasureInContext>> measuresByPlan;
  private final List<GoalInContext> goals;
  private final List<StrategyInContext> strategies;

  private PlanCorpus(List<Plan> plans) {
    this.plans = List.copyOf(plans);
    List<MeasureInContext> allMeasures = new ArrayList<>();
    List<List<MeasureInContext>> byPlan = new ArrayList<>();
    List<GoalInContext> allGoals = new ArrayList<>();
    List<StrategyInContext> allStrategies = new ArrayList<>();
    for (Plan plan : this.plans) {
      List<MeasureInContext> ofPlan = new ArrayList<>();
      index(plan, ofPlan, allGoals, allStrategies);
      allMeasures.addAll(ofPlan);
      byPlan.add(List.copyOf(ofPlan));
    }
    this.measures = List.copyOf(allMeasures);
    this.measuresByPlan = List.copyOf(byPlan);
    this.goals = List.copyOf(allGoals);
    this.strategies = List.copyOf(allStrategies);
  }

  /**
   * Obtains a corpus of the given plans.
   *
   * <pre>{@code
   * PlanCorpus corpus = PlanCorpus.of(heroy, voss);
   * }</pre>
   *
   * @param plans the plans, in the order the tables list them
   * @return the corpus
   */
  public static PlanCorpus of(Plan... plans) {
    return new PlanCorpus(List.of(plans));
  }

  /**
   * Obtains a corpus of the given plans.
   *
   * @param plans the plans, in the order the tables list them
   * @return the corpus
   */
  public static PlanCorpus of(Collection<? extends Plan> plans) {
    return new PlanCorpus(List.copyOf(plans));
  }

  /** The measures of one plan in context, as {@code PlanCorpus.of(plan).getMeasures()} lists them. */
  static List<MeasureInContext> measuresOf(Plan plan) {
    List<MeasureInContext> measures = new ArrayList<>();
    index(plan, measures, new ArrayList<>(), new ArrayList<>());
    return List.copyOf(measures);
  }

  private static void index(Plan plan, List<MeasureInContext> measures, List<GoalInContext> goals,
      List<StrategyInContext> strategies) {
    List<GoalInContext> planGoals = new ArrayList<>();
    plan.getGoals().forEach(g -> addGoal(plan, Optional.empty(), g, 0, Optional.empty(), planGoals));
    for (FocusArea area : plan.getFocusAreas()) {
      area.getGoals().forEach(g -> addGoal(plan, Optional.of(area), g, 0, Optional.empty(), planGoals));
    }
    Map<String, GoalInContext> goalsById = new HashMap<>();
    for (GoalInContext goal : planGoals) {
      goalsById.putIfAbsent(goal.getId(), goal);
    }
    Map<String, Strategy> strategiesById = new HashMap<>();
    plan.getStrategies().forEach(s -> strategiesById.putIfAbsent(s.getId(), s));
    plan.getFocusAreas().forEach(a -> a.getStrategies().forEach(s -> strategiesById.putIfAbsent(s.getId(), s)));

    plan.getStrategies().forEach(s -> strategies.add(strategy(plan, Optional.empty(), s, goalsById)));
    plan.getMeasures().forEach(m -> measures.add(measure(plan, Optional.empty(), m, goalsById, strategiesById)));
    for (FocusArea area : plan.getFocusAreas()) {
      area.getStrategies().forEach(s -> strategies.add(strategy(plan, Optional.of(area), s, goalsById)));
      area.getMeasures().forEach(m -> measures.add(measure(plan, Optional.of(area), m, goalsById, strategiesById)));
    }
    goals.addAll(planGoals);
  }

  private static void addGoal(Plan plan, Optional<FocusArea> area, Goal goal, int depth, Optional<Goal> parent,
      List<GoalInContext> into) {
    into.add(new GoalInContext(plan, area, goal, depth, parent));
    goal.getSubGoals().forEach(sub -> addGoal(plan, area, sub, depth + 1, Optional.of(goal), into));
  }

  private static StrategyInContext strategy(Plan plan, Optional<FocusArea> area, Strategy strategy,
      Map<String, GoalInContext> goalsById) {
    List<Goal> cited = new ArrayList<>();
    List<String> unresolved = new ArrayList<>();
    for (String id : strategy.getGoals()) {
      GoalInContext goal = goalsById.get(id);
      if (goal == null) {
        unresolved.add(id);
      } else {
        cited.add(goal.getGoal());
      }
    }
    return new StrategyInContext(plan, area, strategy, cited, unresolved);
  }

  private static MeasureInContext measure(Plan plan, Optional<FocusArea> area, Measure measure,
      Map<String, GoalInContext> goalsById, Map<String, Strategy> strategiesById) {
    List<Goal> cited = new ArrayList<>();
    List<String> unresolved = new ArrayList<>();
    List<FocusArea> citedAreas = new ArrayList<>();
    for (String id : measure.getGoals()) {
      GoalInContext goal = goalsById.get(id);
      if (goal == null) {
        unresolved.add(id);
      } else {
        cited.add(goal.getGoal());
        goal.getFocusArea().filter(a -> !citedAreas.contains(a)).ifPresent(citedAreas::add);
      }
    }
    List<Strategy> citedStrategies = new ArrayList<>();
    List<String> unresolvedStrategies = new ArrayList<>();
    for (String id : measure.getStrategies()) {
      Strategy strategy = strategiesById.get(id);
      if (strategy == null) {
        unresolvedStrategies.add(id);
      } else {
        citedStrategies.add(strategy);
      }
    }
    return new MeasureInContext(plan, area, measure, cited, unresolved, citedStrategies, unresolvedStrategies,
        citedAreas);
  }

  /**
   * Returns the plans, in the order given.
   *
   * @return the plans
   */
  public List<Plan> getPlans() {
    return plans;
  }

  /**
   * Returns every measure of every plan in its context, at every depth, as a stream.
   *
   * <pre>{@code
   * corpus.measures().filter(m -> m.getTimeframeKind().isEmpty()).map(MeasureInContext::getTitle).toList()
   * }</pre>
   *
   * @return the measures in context
   */
  public Stream<MeasureInContext> measures() {
    return measures.stream();
  }

  /**
   * Returns every measure of every plan in its context, at every depth, as a list.
   *
   * @return the measures in context
   */
  public List<MeasureInContext> getMeasures() {
    return measures;
  }

  /**
   * Returns every goal of every plan in its context, sub-goals included, as a stream.
   *
   * <pre>{@code
   * corpus.goals().filter(g -> Themes.PREVENTION.matches(g.getText())).count()
   * }</pre>
   *
   * @return the goals in context
   */
  public Stream<GoalInContext> goals() {
    return goals.stream();
  }

  /**
   * Returns every goal of every plan in its context, sub-goals included, as a list.
   *
   * @return the goals in context
   */
  public List<GoalInContext> getGoals() {
    return goals;
  }

  /**
   * Returns every strategy of every plan in its context, as a stream.
   *
   * <pre>{@code
   * corpus.strategies().map(StrategyInContext::getText).forEach(System.out::println)
   * }</pre>
   *
   * @return the strategies in context
   */
  public Stream<StrategyInContext> strategies() {
    return strategies.stream();
  }

  /**
   * Returns every strategy of every plan in its context, as a list.
   *
   * @return the strategies in context
   */
  public List<StrategyInContext> getStrategies() {
    return strategies;
  }

  private List<MeasureInContext> measuresOfPlan(int index) {
    return measuresByPlan.get(index);
  }

  private static List<Object> start(Plan plan) {
    List<Object> row = new ArrayList<>();
    row.add(plan.getMunicipality().getName());
    row.add(plan.getId());
    return row;
  }

  private static List<String> header(Language language, Object... labels) {
    List<String> names = new ArrayList<>();
    names.add(Concept.MUNICIPALITY.getLabel(language));
    names.add(Concept.PLAN.getLabel(language));
    for (Object label : labels) {
      names.add(label instanceof String ? (String) label
          : ((no.helseplan.vocabulary.Labelled) label).getLabel(language));
    }
    return names;
  }

  /** Counts measures by a kind each may have, in the order of the enum; measures without one are not counted. */
  private static <K extends Enum<K>> Map<K, Long> countBy(List<MeasureInContext> measures, Class<K> type,
      Function<MeasureInContext, Optional<K>> kind) {
    Map<K, Long> counts = new EnumMap<>(type);
    measures.forEach(m -> kind.apply(m).ifPresent(k -> counts.merge(k, 1L, Long::sum)));
    return counts;
  }

  static Object share(long part, long whole) {
    if (whole == 0) {
      return "";
    }
    return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), SHARE_DECIMALS, RoundingMode.HALF_UP);
  }

  /**
   * Counts the measures of each plan by focus area (nb/nn: <i>innsatsområde</i>): one row per focus area of
   * each plan, in the order printed, with zero for an area without measures, and a row for the plan's own
   * level when measures sit there (as Sør-Varanger's tiltak do). Columns: municipality, plan, focus area,
   * measures. A measure counts where it is printed; to count plan-level measures by the focus areas of the goals
   * they cite, use {@link MeasureInContext#getCitedFocusAreas()}, as in the second line below.
   *
   * <pre>{@code
   * corpus.countByFocusArea(Language.NN)
   * corpus.measures().flatMap(m -> m.getCitedFocusAreas().stream())
   *     .collect(Collectors.groupingBy(FocusArea::getName, Collectors.counting()))
   * }</pre>
   *
   * @param language the language of the column names and of the plan-level row's name
   * @return the table
   */
  public Table countByFocusArea(Language language) {
    List<List<Object>> rows = new ArrayList<>();
    for (int p = 0; p < plans.size(); p++) {
      Plan plan = plans.get(p);
      List<MeasureInContext> ofPlan = measuresOfPlan(p);
      long planLevel = ofPlan.stream().filter(m -> m.getFocusArea().isEmpty()).count();
      if (planLevel > 0) {
        List<Object> row = start(plan);
        row.add(Words.PLAN_LEVEL.getLabel(language));
        row.add(planLevel);
        rows.add(row);
      }
      for (FocusArea area : plan.getFocusAreas()) {
        List<Object> row = start(plan);
        row.add(area.getName());
        row.add((long) area.getMeasures().size());
        rows.add(row);
      }
    }
    return Table.of(header(language, Concept.FOCUS_AREA, Concept.MEASURE), rows);
  }

  /**
   * Counts the measures of each plan by the shape of their time frame ({@link TimeframeKind}): one row per
   * plan, one column per kind, then a column for measures without a time frame and the total. The kinds and
   * the no-time-frame column add up to the total.
   *
   * <pre>{@code
   * corpus.countByTimeframeKind(Language.NN)   // Kommune  Plan  Jamleg  Gjentakande  Tidspunkt  …  I alt
   * }</pre>
   *
   * @param language the language of the column names
   * @return the table
   */
  public Table countByTimeframeKind(Language language) {
    List<Object> labels = new ArrayList<>(List.of((Object[]) TimeframeKind.values()));
    labels.add(Words.NO_TIMEFRAME);
    labels.add(Words.TOTAL);
    List<List<Object>> rows = new ArrayList<>();
    for (int p = 0; p < plans.size(); p++) {
      List<MeasureInContext> ofPlan = measuresOfPlan(p);
      Map<TimeframeKind, Long> counts = countBy(ofPlan, TimeframeKind.class, MeasureInContext::getTimeframeKind);
      long none = ofPlan.size() - counts.values().stream().mapToLong(Long::longValue).sum();
      List<Object> row = start(plans.get(p));
      for (TimeframeKind kind : TimeframeKind.values()) {
        row.add(counts.getOrDefault(kind, 0L));
      }
      row.add(none);
      row.add((long) ofPlan.size());
      rows.add(row);
    }
    return Table.of(header(language, labels.toArray()), rows);
  }

  /**
   * Counts the measures of each plan by the kind of their lead actor ({@link ActorKind} of the responsibility's
   * lead): one row per plan and kind that occurs, in the order of {@link ActorKind}, then a row for measures
   * without a lead (no responsibility, or words that name no actor). Columns: municipality, plan, kind of lead,
   * measures, share of the plan's measures. The counts of a plan add up to its number of measures.
   *
   * <pre>{@code
   * corpus.countByLeadKind(Language.NB)
   * }</pre>
   *
   * @param language the language of the column names and kinds
   * @return the table
   */
  public Table countByLeadKind(Language language) {
    List<List<Object>> rows = new ArrayList<>();
    for (int p = 0; p < plans.size(); p++) {
      List<MeasureInContext> ofPlan = measuresOfPlan(p);
      Map<ActorKind, Long> counts = countBy(ofPlan, ActorKind.class, MeasureInContext::getLeadKind);
      long none = ofPlan.size() - counts.values().stream().mapToLong(Long::longValue).sum();
      for (Map.Entry<ActorKind, Long> count : counts.entrySet()) {
        List<Object> row = start(plans.get(p));
        row.add(count.getKey().getLabel(language));
        row.add(count.getValue());
        row.add(share(count.getValue(), ofPlan.size()));
        rows.add(row);
      }
      if (none > 0) {
        List<Object> row = start(plans.get(p));
        row.add(Words.NO_LEAD.getLabel(language));
        row.add(none);
        row.add(share(none, ofPlan.size()));
        rows.add(row);
      }
    }
    return Table.of(header(language, Concept.LEAD, Concept.MEASURE, Words.SHARE), rows);
  }

  /**
   * Sums the resources each plan's measures state: the number of measures with a resource estimate, the
   * full-time equivalents (nb/nn: <i>årsverk</i>) and the money in kroner, each as the sum of the smallest and
   * the sum of the largest amounts, so "1-2 årsverk" adds 1 to the minimum and 2 to the maximum. How a measure's
   * amounts are read is said at {@link MeasureInContext#getFte()} and {@link MeasureInContext#getMoney()}.
   *
   * <pre>{@code
   * corpus.resourceTotals(Language.NN)   // Kommune  Plan  Med ressursoverslag  Årsverk min  Årsverk maks  …
   * }</pre>
   *
   * @param language the language of the column names
   * @return the table
   */
  public Table resourceTotals(Language language) {
    List<List<Object>> rows = new ArrayList<>();
    for (int p = 0; p < plans.size(); p++) {
      List<MeasureInContext> ofPlan = measuresOfPlan(p);
      BigDecimal fteMin = BigDecimal.ZERO;
      BigDecimal fteMax = BigDecimal.ZERO;
      BigDecimal nokMin = BigDecimal.ZERO;
      BigDecimal nokMax = BigDecimal.ZERO;
      long estimates = 0;
      for (MeasureInContext m : ofPlan) {
        if (m.hasResourceEstimate()) {
          estimates++;
        }
        Optional<Amount> fte = m.getFte();
        if (fte.isPresent()) {
          fteMin = fteMin.add(fte.get().getMin());
          fteMax = fteMax.add(fte.get().getMax());
        }
        Optional<Amount> money = m.getMoney();
        if (money.isPresent()) {
          nokMin = nokMin.add(money.get().getMin());
          nokMax = nokMax.add(money.get().getMax());
        }
      }
      List<Object> row = start(plans.get(p));
      row.add(estimates);
      row.add(plain(fteMin));
      row.add(plain(fteMax));
      row.add(plain(nokMin));
      row.add(plain(nokMax));
      rows.add(row);
    }
    return Table.of(header(language, Words.WITH_ESTIMATE, Words.FTE_MIN, Words.FTE_MAX, Words.NOK_MIN,
        Words.NOK_MAX), rows);
  }

  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * Lists the measures due in a year, as {@link MeasureInContext#isDueIn(int)} defines it: a concrete deadline
   * (a point, span or relative duration with dates) whose latest date falls in the year. "Jamleg" and "Årleg"
   * are never due. Columns: municipality, plan, focus area (the plan-level name for a measure at the plan's own
   * level), measure (its title), time frame (the words written), latest date.
   *
   * <pre>{@code
   * corpus.dueIn(2026, Language.NN)
   * }</pre>
   *
   * @param year the year
   * @param language the language of the column names
   * @return the table, one row per measure due
   */
  public Table dueIn(int year, Language language) {
    List<List<Object>> rows = new ArrayList<>();
    for (int p = 0; p < plans.size(); p++) {
      for (MeasureInContext m : measuresOfPlan(p)) {
        if (m.isDueIn(year)) {
          List<Object> row = start(plans.get(p));
          row.add(m.getFocusArea().map(FocusArea::getName).orElse(Words.PLAN_LEVEL.getLabel(language)));
          row.add(m.getTitle());
          row.add(m.getTimeframe().map(Timeframe::getText).orElse(""));
          row.add(m.getLatest().get());
          rows.add(row);
        }
      }
    }
    return Table.of(header(language, Concept.FOCUS_AREA, Concept.MEASURE, Concept.TIMEFRAME, Words.LATEST),
        rows);
  }

  /**
   * Tells how concrete each plan is: of its measures, how many have a concrete deadline
   * ({@link MeasureInContext#hasConcreteDeadline()}: a point, span or relative duration with dates — not
   * ongoing, recurring, unspecified, unrecognised or missing), a named responsible lead
   * ({@link MeasureInContext#hasLead()}) and a resource estimate with an amount
   * ({@link MeasureInContext#hasResourceEstimate()}), each with its share of the plan's measures (0 to 1, three
   * decimals, empty for a plan without measures).
   *
   * <pre>{@code
   * corpus.concreteness(Language.NN)   // Kommune  Plan  Tiltak  Med frist  Del med frist  Med ansvarleg  …
   * }</pre>
   *
   * @param language the language of the column names
   * @return the table, one row per plan
   */
  public Table concreteness(Language language) {
    List<List<Object>> rows = new ArrayList<>();
    for (int p = 0; p < plans.size(); p++) {
      List<MeasureInContext> ofPlan = measuresOfPlan(p);
      long total = ofPlan.size();
      long deadline = ofPlan.stream().filter(MeasureInContext::hasConcreteDeadline).count();
      long lead = ofPlan.stream().filter(MeasureInContext::hasLead).count();
      long estimate = ofPlan.stream().filter(MeasureInContext::hasResourceEstimate).count();
      List<Object> row = start(plans.get(p));
      row.add(total);
      row.add(deadline);
      row.add(share(deadline, total));
      row.add(lead);
      row.add(share(lead, total));
      row.add(estimate);
      row.add(share(estimate, total));
      rows.add(row);
    }
    return Table.of(header(language, Concept.MEASURE, Words.WITH_DEADLINE, Words.SHARE_DEADLINE, Words.WITH_LEAD,
        Words.SHARE_LEAD, Words.WITH_ESTIMATE, Words.SHARE_ESTIMATE), rows);
  }

  /**
   * Compares the built-in {@link Themes} across plans; see {@link #countByTheme(Themes, Language)}.
   *
   * <pre>{@code
   * corpus.countByTheme(Language.NN)
   * }</pre>
   *
   * @param language the language of the column names and theme labels
   * @return the table
   */
  public Table countByTheme(Language language) {
    return countByTheme(Themes.builtIn(), language);
  }

  /**
   * Compares themes across plans: for each theme and each plan, the number of the plan's measures whose
   * {@linkplain MeasureInContext#getText() text} (title, description, bullets) is about the theme, and their
   * share of the plan's measures. A measure may be about several themes, or none. Columns: theme,
   * municipality, plan, measures, share.
   *
   * <pre>{@code
   * corpus.countByTheme(Themes.builtIn().with(Theme.of("ernaering", "Ernæring", "ernæring", "kosthald")),
   *     Language.NB)
   * }</pre>
   *
   * @param themes the themes to look for
   * @param language the language of the column names and theme labels
   * @return the table, one row per theme and plan
   */
  public Table countByTheme(Themes themes, Language language) {
    List<List<Object>> rows = new ArrayList<>();
    // Each measure's text is prepared once, then matched against every theme.
    List<List<Theme.Prepared>> texts = new ArrayList<>(plans.size());
    for (int p = 0; p < plans.size(); p++) {
      List<Theme.Prepared> ofPlan = new ArrayList<>();
      measuresOfPlan(p).forEach(m -> ofPlan.add(Theme.Prepared.of(m.getText())));
      texts.add(ofPlan);
    }
    for (Theme theme : themes.getThemes()) {
      for (int p = 0; p < plans.size(); p++) {
        List<Theme.Prepared> ofPlan = texts.get(p);
        long count = ofPlan.stream().filter(theme::matches).count();
        List<Object> row = new ArrayList<>();
        row.add(theme.getLabel(language));
        row.addAll(start(plans.get(p)));
        row.add(count);
        row.add(share(count, ofPlan.size()));
        rows.add(row);
      }
    }
    List<String> columns = new ArrayList<>();
    columns.add(Words.THEME.getLabel(language));
    columns.addAll(header(language, Concept.MEASURE, Words.SHARE));
    return Table.of(columns, rows);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PlanCorpus && plans.equals(((PlanCorpus) other).plans);
  }

  @Override
  public int hashCode() {
    return Objects.hash(plans);
  }

  /**
   * Returns the number of plans and measures and the plans' ids, for reading.
   *
   * @return a text such as {@code PlanCorpus[3 plans, 144 measures: heroy-handlingsplan-2025, …]}
   */
  @Override
  public String toString() {
    List<String> ids = new ArrayList<>();
    plans.forEach(p -> ids.add(p.getId()));
    return "PlanCorpus[" + plans.size() + " plans, " + measures.size() + " measures: " + String.join(", ", ids)
        + "]";
  }
}
