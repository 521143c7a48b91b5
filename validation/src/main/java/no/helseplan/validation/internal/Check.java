package no.helseplan.validation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.helseplan.budget.BudgetAmount;
import no.helseplan.budget.BudgetLine;
import no.helseplan.facility.Facility;
import no.helseplan.figure.FigureKind;
import no.helseplan.figure.FigureSeries;
import no.helseplan.figure.FigureValue;
import no.helseplan.followup.StatusReport;
import no.helseplan.goal.Goal;
import no.helseplan.goal.Strategy;
import no.helseplan.measure.Amount;
import no.helseplan.measure.Measure;
import no.helseplan.plan.Adoption;
import no.helseplan.plan.Consultation;
import no.helseplan.plan.FocusArea;
import no.helseplan.plan.Milestone;
import no.helseplan.plan.Plan;
import no.helseplan.plan.PlanPeriod;
import no.helseplan.responsibility.Responsibility;
import no.helseplan.timeframe.Timeframe;
import no.helseplan.timeframe.TimeframeContext;
import no.helseplan.timeframe.TimeframeKind;
import no.helseplan.validation.Rule;
import no.helseplan.io.Severity;
import no.helseplan.vocabulary.Language;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.LocalDateRange;

/**
 * The checks behind {@link HelseplanCheck}: each takes the annotated value and returns what is wrong with it,
 * located relative to that value. A check never throws on any value the model can hold; a value of another
 * type than expected yields nothing.
 */
public enum Check {

  /** The checks of single elements, on every element of the plan ({@link ElementWalk}): required texts
   * ({@link Rule#TEXT_REQUIRED}) and the value checks below. */
  PLAN_ELEMENTS {
    @Override
    List<Issue> plan(Plan plan, PlanIndex index, CheckContext context) {
      return ElementWalk.walk(plan, context);
    }
  },

  /** Ids unique across the whole plan ({@link Rule#ID_DUPLICATE}). */
  PLAN_IDS {
    @Override
    List<Issue> plan(Plan plan, PlanIndex index, CheckContext context) {
      // Where each id occurs; only an id met more than once needs its pointers put in document order.
      Map<String, List<PlanIndex.At<?>>> seen = new HashMap<>();
      index.focusAreas.forEach(a -> occurs(seen, a.value().getId(), a));
      index.goals.forEach(a -> occurs(seen, a.value().getId(), a));
      index.strategies.forEach(a -> occurs(seen, a.value().getId(), a));
      index.measures.forEach(a -> occurs(seen, a.value().getId(), a));
      index.projects.forEach(a -> occurs(seen, a.value().getId(), a));
      List<Issue> issues = new ArrayList<>();
      for (Map.Entry<String, List<PlanIndex.At<?>>> id : seen.entrySet()) {
        List<PlanIndex.At<?>> where = id.getValue();
        if (where.size() == 1) {
          continue;
        }
        List<String> pointers = new ArrayList<>(where.size());
        where.forEach(at -> pointers.add(at.pointer()));
        pointers.sort(Pointers.ORDER);
        for (int i = 1; i < pointers.size(); i++) {
          issues.add(issue(plan, Rule.ID_DUPLICATE, pointers.get(i) + "/id", "", id.getKey(), "other",
              pointers.get(0)));
        }
      }
      return issues;
    }

    private void occurs(Map<String, List<PlanIndex.At<?>>> seen, String id, PlanIndex.At<?> at) {
      if (!id.isBlank()) {
        seen.computeIfAbsent(id, k -> new ArrayList<>(1)).add(at);
      }
    }
  },

  /** Every goal and strategy a measure or strategy cites exists ({@link Rule#GOAL_UNKNOWN},
   * {@link Rule#STRATEGY_UNKNOWN}). */
  PLAN_REFERENCES {
    @Override
    List<Issue> plan(Plan plan, PlanIndex index, CheckContext context) {
      Set<String> goals = new HashSet<>();
      index.goals.forEach(g -> goals.add(g.value().getId()));
      Set<String> strategies = new HashSet<>();
      index.strategies.forEach(s -> strategies.add(s.value().getId()));
      List<Issue> issues = new ArrayList<>();
      for (PlanIndex.At<Measure> m : index.measures) {
        cited(plan, m, "/goals/", m.value().getGoals(), goals, Rule.GOAL_UNKNOWN, issues);
        cited(plan, m, "/strategies/", m.value().getStrategies(), strategies, Rule.STRATEGY_UNKNOWN, issues);
      }
      for (PlanIndex.At<Strategy> s : index.strategies) {
        cited(plan, s, "/goals/", s.value().getGoals(), goals, Rule.GOAL_UNKNOWN, issues);
      }
      issues.sort(java.util.Comparator.comparing(Issue::pointer, Pointers.ORDER));
      return issues;
    }

    private void cited(Plan plan, PlanIndex.At<?> citing, String property, List<String> ids, Set<String> known,
        Rule rule, List<Issue> issues) {
      for (int i = 0; i < ids.size(); i++) {
        if (!known.contains(ids.get(i))) {
          issues.add(issue(plan, rule, citing.pointer() + property + i, "", ids.get(i)));
        }
      }
    }
  },

  /** A measure's time frame lies within or overlaps the plan period ({@link Rule#MEASURE_OUTSIDE_PERIOD}). */
  PLAN_PERIOD_FIT {
    @Override
    List<Issue> plan(Plan plan, PlanIndex index, CheckContext context) {
      Optional<PlanPeriod> period = plan.getPeriod().or(plan::getActionPeriod);
      Optional<LocalDateRange> range = period.map(PlanPeriod::toContext).flatMap(Check::periodRange);
      if (range.isEmpty()) {
        return List.of();
      }
      TimeframeContext tc = plan.getTimeframeContext();
      List<Issue> issues = new ArrayList<>();
      for (PlanIndex.At<Measure> m : index.measures) {
        Optional<Timeframe> timeframe = m.value().getTimeframe();
        if (timeframe.isEmpty()) {
          continue;
        }
        Optional<LocalDateRange> bounds = bounds(timeframe.get(), tc);
        if (bounds.isPresent() && !overlaps(bounds.get(), range.get())) {
          issues.add(issue(plan, Rule.MEASURE_OUTSIDE_PERIOD, m.pointer() + "/timeframe", "",
              timeframe.get().getText(), "period", describe(period.get())));
        }
      }
      return issues;
    }
  },

  /** Milestones, where their dates are known, are in date order ({@link Rule#MILESTONES_OUT_OF_ORDER}). */
  PLAN_MILESTONES {
    @Override
    List<Issue> plan(Plan plan, PlanIndex index, CheckContext context) {
      TimeframeContext tc = plan.getTimeframeContext();
      List<Issue> issues = new ArrayList<>();
      for (List<PlanIndex.At<Milestone>> list : index.milestoneLists) {
        LocalDateRange previous = null;
        String previousText = "";
        for (PlanIndex.At<Milestone> m : list) {
          Optional<Timeframe> due = m.value().getDue();
          Optional<LocalDateRange> bounds = due.flatMap(t -> bounds(t, tc));
          if (bounds.isEmpty()) {
            continue;
          }
          LocalDateRange current = nonEmpty(bounds.get());
          if (previous != null && current.getEndInclusive().isBefore(previous.getStart())) {
            issues.add(issue(plan, Rule.MILESTONES_OUT_OF_ORDER, m.pointer() + "/due", "", due.get().getText(),
                "previous", previousText));
          }
          previous = current;
          previousText = due.get().getText();
        }
      }
      return issues;
    }
  },

  /** The municipality number exists on the plan's date ({@link Rule#MUNICIPALITY_UNKNOWN}). */
  PLAN_MUNICIPALITY {
    @Override
    List<Issue> plan(Plan plan, PlanIndex index, CheckContext context) {
      if (context.municipalities() == null) {
        return List.of();
      }
      Optional<LocalDate> date = plan.getAdoption().flatMap(Adoption::getDate).or(plan::getDocumentDate);
      if (date.isEmpty()) {
        return List.of();
      }
      String number = plan.getMunicipality().getNumber();
      if (context.municipalities().exists(number, date.get())) {
        return List.of();
      }
      return single(issue(plan, Rule.MUNICIPALITY_UNKNOWN, "/municipality/number", "", number,
          "date", date.get().toString()));
    }
  },

  /** Measures have a responsibility and a real time frame ({@link Rule#MEASURE_RESPONSIBILITY_MISSING},
   * {@link Rule#MEASURE_TIMEFRAME_MISSING}, {@link Rule#MEASURE_ONGOING}, {@link Rule#ALL_MEASURES_ONGOING}). */
  PLAN_MEASURE_QUALITY {
    @Override
    List<Issue> plan(Plan plan, PlanIndex index, CheckContext context) {
      List<Issue> issues = new ArrayList<>();
      boolean anyCheckpoint = false;
      for (PlanIndex.At<Measure> m : index.measures) {
        Measure measure = m.value();
        if (measure.getResponsibility().isEmpty()) {
          issues.add(issue(plan, Rule.MEASURE_RESPONSIBILITY_MISSING, m.pointer() + "/responsibility", "",
              measure.getTitle()));
        }
        Optional<Timeframe> timeframe = measure.getTimeframe();
        if (timeframe.isEmpty()) {
          issues.add(issue(plan, Rule.MEASURE_TIMEFRAME_MISSING, m.pointer() + "/timeframe", "",
              measure.getTitle()));
        } else if (timeframe.get().getKind() == TimeframeKind.ONGOING) {
          issues.add(issue(plan, Rule.MEASURE_ONGOING, m.pointer() + "/timeframe", "",
              timeframe.get().getText()));
        }
        TimeframeKind kind = timeframe.map(Timeframe::getKind).orElse(TimeframeKind.UNSPECIFIED);
        anyCheckpoint |= kind != TimeframeKind.ONGOING && kind != TimeframeKind.UNSPECIFIED;
      }
      if (!index.measures.isEmpty() && !anyCheckpoint) {
        issues.add(issue(plan, Rule.ALL_MEASURES_ONGOING, "", "", String.valueOf(index.measures.size())));
      }
      return issues;
    }
  },

  /** Goals are served by measures, focus areas have goals ({@link Rule#GOAL_UNSERVED},
   * {@link Rule#FOCUS_AREA_WITHOUT_GOALS}). */
  PLAN_GOAL_QUALITY {
    @Override
    List<Issue> plan(Plan plan, PlanIndex index, CheckContext context) {
      List<Issue> issues = new ArrayList<>();
      for (PlanIndex.At<FocusArea> a : index.focusAreas) {
        if (a.value().getGoals().isEmpty()) {
          issues.add(issue(plan, Rule.FOCUS_AREA_WITHOUT_GOALS, a.pointer() + "/goals", "", a.value().getName()));
        }
      }
      if (index.measures.isEmpty()) {
        return issues;
      }
      Set<String> cited = new HashSet<>();
      Set<String> citedStrategies = new HashSet<>();
      Set<String> implicitScopes = new HashSet<>();
      for (PlanIndex.At<Measure> m : index.measures) {
        cited.addAll(m.value().getGoals());
        citedStrategies.addAll(m.value().getStrategies());
        if (m.value().getGoals().isEmpty() && m.value().getStrategies().isEmpty()) {
          implicitScopes.add(m.scope());
        }
      }
      for (PlanIndex.At<Strategy> s : index.strategies) {
        if (citedStrategies.contains(s.value().getId())) {
          cited.addAll(s.value().getGoals());
        }
      }
      List<FocusArea> areas = plan.getFocusAreas();
      for (int i = 0; i < areas.size(); i++) {
        String scope = "/focusAreas/" + i;
        unserved(plan, scope + "/goals/", areas.get(i).getGoals(), implicitScopes.contains(scope), cited, issues);
      }
      unserved(plan, "/goals/", plan.getGoals(), implicitScopes.contains(""), cited, issues);
      return issues;
    }

    private void unserved(Plan plan, String base, List<Goal> goals, boolean served, Set<String> cited,
        List<Issue> issues) {
      for (int i = 0; i < goals.size(); i++) {
        Goal goal = goals.get(i);
        boolean isServed = served || anyCited(goal, cited, 0);
        if (!isServed) {
          issues.add(issue(plan, Rule.GOAL_UNSERVED, base + i, "", goal.getStatement(), "id", goal.getId()));
        }
        if (!goal.getSubGoals().isEmpty()) {
          unserved(plan, base + i + "/subGoals/", goal.getSubGoals(), isServed, cited, issues);
        }
      }
    }

    private boolean anyCited(Goal goal, Set<String> cited, int depth) {
      if (cited.contains(goal.getId())) {
        return true;
      }
      if (depth > 64) {
        return false;
      }
      for (Goal sub : goal.getSubGoals()) {
        if (anyCited(sub, cited, depth + 1)) {
          return true;
        }
      }
      return false;
    }
  },

  /** Time frames that could not be read ({@link Rule#TIMEFRAME_UNRECOGNISED}). */
  PLAN_TIMEFRAMES {
    @Override
    List<Issue> plan(Plan plan, PlanIndex index, CheckContext context) {
      List<Issue> issues = new ArrayList<>();
      for (PlanIndex.At<Timeframe> t : index.timeframes) {
        if (t.value().getKind() == TimeframeKind.UNRECOGNISED) {
          issues.add(issue(plan, Rule.TIMEFRAME_UNRECOGNISED, t.pointer(), "", t.value().getText()));
        }
      }
      return issues;
    }
  },

  /** The declared written standard agrees with the text ({@link Rule#LANGUAGE_MISMATCH}). */
  PLAN_LANGUAGE {
    @Override
    List<Issue> plan(Plan plan, PlanIndex index, CheckContext context) {
      if (context.writtenStandard() == null) {
        return List.of();
      }
      List<String> texts = new ArrayList<>();
      texts.add(plan.getTitle());
      plan.getVision().ifPresent(texts::add);
      index.focusAreas.forEach(a -> {
        texts.add(a.value().getName());
        a.value().getDescription().ifPresent(texts::add);
      });
      index.goals.forEach(g -> texts.add(g.value().getStatement()));
      index.strategies.forEach(s -> texts.add(s.value().getStatement()));
      index.measures.forEach(m -> {
        texts.add(m.value().getTitle());
        m.value().getDescription().ifPresent(texts::add);
      });
      Optional<Language> detected = context.writtenStandard().detect(texts);
      if (detected.isEmpty() || detected.get() == Language.EN || detected.get() == plan.getLanguage()) {
        return List.of();
      }
      return single(issue(plan, Rule.LANGUAGE_MISMATCH, "/language", detected.get().getCode(),
          plan.getLanguage().getCode()));
    }
  },

  /** A period starts no later than it ends ({@link Rule#PERIOD_REVERSED}). */
  PERIOD_ORDER {
    @Override
    List<Issue> value(Object value, String field, CheckContext context) {
      if (!(value instanceof PlanPeriod)) {
        return List.of();
      }
      PlanPeriod period = (PlanPeriod) value;
      if (period.getStart().isPresent() && period.getEnd().isPresent()
          && period.getStart().get() > period.getEnd().get()) {
        return List.of(issue(Rule.PERIOD_REVERSED, "", "", describe(period)));
      }
      return List.of();
    }
  },

  /** An amount's minimum is no greater than its maximum ({@link Rule#AMOUNT_REVERSED}). */
  AMOUNT_ORDER {
    @Override
    List<Issue> value(Object value, String field, CheckContext context) {
      if (!(value instanceof Amount)) {
        return List.of();
      }
      Amount amount = (Amount) value;
      if (amount.getMin().compareTo(amount.getMax()) > 0) {
        return List.of(issue(Rule.AMOUNT_REVERSED, "", "",
            amount.getMin().toPlainString() + "–" + amount.getMax().toPlainString()));
      }
      return List.of();
    }
  },

  /** A responsibility names a lead ({@link Rule#RESPONSIBILITY_LEAD_MISSING}). */
  RESPONSIBILITY_LEAD {
    @Override
    List<Issue> value(Object value, String field, CheckContext context) {
      if (value instanceof Responsibility && ((Responsibility) value).getLead().isEmpty()) {
        return List.of(issue(Rule.RESPONSIBILITY_LEAD_MISSING, "", "", ((Responsibility) value).getText()));
      }
      return List.of();
    }
  },

  /** A year lies within 1900–2100 ({@link Rule#YEAR_OUT_OF_RANGE}). */
  YEAR {
    @Override
    List<Issue> value(Object value, String field, CheckContext context) {
      int year;
      if (value instanceof Integer) {
        year = (Integer) value;
      } else if (value instanceof LocalDate) {
        year = ((LocalDate) value).getYear();
      } else {
        return List.of();
      }
      if (year < MIN_YEAR || year > MAX_YEAR) {
        return List.of(issue(Rule.YEAR_OUT_OF_RANGE, "", field, value.toString(), "min", MIN_YEAR, "max",
            MAX_YEAR));
      }
      return List.of();
    }
  },

  /** An amount is not negative ({@link Rule#AMOUNT_NEGATIVE}). */
  NON_NEGATIVE {
    @Override
    List<Issue> value(Object value, String field, CheckContext context) {
      if (value instanceof BigDecimal && ((BigDecimal) value).signum() < 0) {
        return List.of(issue(Rule.AMOUNT_NEGATIVE, "", "", ((BigDecimal) value).toPlainString()));
      }
      return List.of();
    }
  },

  /** An SDG code is one of the UN's goals and targets ({@link Rule#SDG_UNKNOWN}). */
  SDG_CODE {
    @Override
    List<Issue> value(Object value, String field, CheckContext context) {
      if (value instanceof String && !SdgCodes.isKnown((String) value)) {
        return List.of(issue(Rule.SDG_UNKNOWN, "", "", (String) value));
      }
      return List.of();
    }
  },

  /** Places, dwellings and buildings: a positive number, measures that exist
   * ({@link Rule#FACILITY_COUNT_NOT_POSITIVE}, {@link Rule#FACILITY_MEASURE_UNKNOWN}). */
  PLAN_FACILITIES {
    @Override
    List<Issue> plan(Plan plan, PlanIndex index, CheckContext context) {
      boolean none = plan.getFacilities().isEmpty()
          && index.focusAreas.stream().allMatch(a -> a.value().getFacilities().isEmpty());
      if (none) {
        return List.of(); // most plans name no facility: no need for the set of measure ids
      }
      Set<String> measures = new HashSet<>();
      index.measures.forEach(m -> measures.add(m.value().getId()));
      List<Issue> issues = new ArrayList<>();
      facilities(plan, "/facilities/", plan.getFacilities(), measures, issues);
      for (PlanIndex.At<FocusArea> a : index.focusAreas) {
        if (!a.value().getFacilities().isEmpty()) {
          facilities(plan, a.pointer() + "/facilities/", a.value().getFacilities(), measures, issues);
        }
      }
      return issues;
    }

    private void facilities(Plan plan, String base, List<Facility> list, Set<String> measures,
        List<Issue> issues) {
      for (int i = 0; i < list.size(); i++) {
        Facility facility = list.get(i);
        Optional<Amount> count = facility.getCount();
        if (count.isPresent() && (count.get().getMax().signum() <= 0 || count.get().getMin().signum() < 0)) {
          Amount amount = count.get();
          String text = amount.getMin().compareTo(amount.getMax()) == 0 ? amount.getMax().toPlainString()
              : amount.getMin().toPlainString() + "–" + amount.getMax().toPlainString();
          issues.add(issue(plan, Rule.FACILITY_COUNT_NOT_POSITIVE, base + i + "/count", "", text,
              "facility", facility.getId()));
        }
        List<String> cited = facility.getMeasures();
        for (int k = 0; k < cited.size(); k++) {
          if (!measures.contains(cited.get(k))) {
            issues.add(issue(plan, Rule.FACILITY_MEASURE_UNKNOWN, base + i + "/measures/" + k, "", cited.get(k)));
          }
        }
      }
    }
  },

  /** Figure series and budget lines: one value per year, forecasts with a source
   * ({@link Rule#BUDGET_YEAR_DUPLICATE}, {@link Rule#FIGURE_YEAR_DUPLICATE}, {@link Rule#FIGURE_SOURCE_MISSING}). */
  PLAN_FIGURES {
    @Override
    List<Issue> plan(Plan plan, PlanIndex index, CheckContext context) {
      List<Issue> issues = new ArrayList<>();
      series(plan, "/figures/", plan.getFigures(), issues);
      for (PlanIndex.At<FocusArea> a : index.focusAreas) {
        if (!a.value().getFigures().isEmpty()) {
          series(plan, a.pointer() + "/figures/", a.value().getFigures(), issues);
        }
      }
      for (PlanIndex.At<Goal> g : index.goals) {
        if (!g.value().getFigures().isEmpty()) {
          series(plan, g.pointer() + "/figures/", g.value().getFigures(), issues);
        }
      }
      for (PlanIndex.At<Measure> m : index.measures) {
        List<BudgetLine> lines = m.value().getBudget();
        for (int i = 0; i < lines.size(); i++) {
          Set<Integer> years = new HashSet<>();
          List<BudgetAmount> amounts = lines.get(i).getAmounts();
          for (int k = 0; k < amounts.size(); k++) {
            int year = amounts.get(k).getYear();
            if (!years.add(year)) {
              issues.add(issue(plan, Rule.BUDGET_YEAR_DUPLICATE, m.pointer() + "/budget/" + i + "/amounts/" + k
                  + "/year", "", String.valueOf(year), "measure", m.value().getTitle()));
            }
          }
        }
      }
      issues.sort(java.util.Comparator.comparing(Issue::pointer, Pointers.ORDER));
      return issues;
    }

    private void series(Plan plan, String base, List<FigureSeries> list, List<Issue> issues) {
      for (int i = 0; i < list.size(); i++) {
        FigureSeries series = list.get(i);
        Set<String> seen = new HashSet<>();
        boolean forecast = false;
        List<FigureValue> values = series.getValues();
        for (int k = 0; k < values.size(); k++) {
          FigureValue value = values.get(k);
          forecast |= value.getKind() == FigureKind.FORECAST;
          if (!seen.add(value.getYear() + "/" + value.getKind())) {
            issues.add(issue(plan, Rule.FIGURE_YEAR_DUPLICATE, base + i + "/values/" + k + "/year", "",
                String.valueOf(value.getYear()), "series", series.getName()));
          }
        }
        if (forecast && series.getDataSource().map(String::isBlank).orElse(true)) {
          issues.add(issue(plan, Rule.FIGURE_SOURCE_MISSING, base + i + "/dataSource", "", series.getName()));
        }
      }
    }
  },

  /** Follow-up and case records in time order: no status report before adoption, consultations that end after
   * they start ({@link Rule#REPORT_BEFORE_ADOPTION}, {@link Rule#CONSULTATION_REVERSED}). */
  PLAN_RECORDS {
    @Override
    List<Issue> plan(Plan plan, PlanIndex index, CheckContext context) {
      List<Issue> issues = new ArrayList<>();
      List<Consultation> consultations = plan.getConsultations();
      for (int i = 0; i < consultations.size(); i++) {
        Consultation c = consultations.get(i);
        if (c.getStart().isPresent() && c.getEnd().isPresent() && c.getEnd().get().isBefore(c.getStart().get())) {
          issues.add(issue(plan, Rule.CONSULTATION_REVERSED, "/consultations/" + i + "/end", "",
              c.getStart().get() + "–" + c.getEnd().get()));
        }
      }
      Optional<LocalDate> adopted = plan.getAdoption().flatMap(Adoption::getDate);
      if (adopted.isPresent()) {
        for (PlanIndex.At<Goal> g : index.goals) {
          if (!g.value().getReports().isEmpty()) {
            reports(plan, g.pointer() + "/reports/", g.value().getReports(), adopted.get(), issues);
          }
        }
        for (PlanIndex.At<Measure> m : index.measures) {
          if (!m.value().getReports().isEmpty()) {
            reports(plan, m.pointer() + "/reports/", m.value().getReports(), adopted.get(), issues);
          }
        }
        issues.sort(java.util.Comparator.comparing(Issue::pointer, Pointers.ORDER));
      }
      return issues;
    }

    private void reports(Plan plan, String base, List<StatusReport> reports, LocalDate adopted,
        List<Issue> issues) {
      for (int i = 0; i < reports.size(); i++) {
        StatusReport report = reports.get(i);
        if (report.getDate().isPresent()) {
          if (report.getDate().get().isBefore(adopted)) {
            issues.add(issue(plan, Rule.REPORT_BEFORE_ADOPTION, base + i + "/date", "",
                report.getDate().get().toString(), "adopted", adopted.toString()));
          }
        } else if (report.getYear().isPresent() && report.getYear().get() < adopted.getYear()) {
          issues.add(issue(plan, Rule.REPORT_BEFORE_ADOPTION, base + i + "/year", "",
              String.valueOf(report.getYear().get()), "adopted", adopted.toString()));
        }
      }
    }
  };

  /** The earliest plausible year in a plan. */
  public static final int MIN_YEAR = 1900;
  /** The latest plausible year in a plan. */
  public static final int MAX_YEAR = 2100;

  /**
   * Runs the check.
   *
   * @param value  the annotated value, not null
   * @param field  the field suffix of the message key, or ""
   * @param context  the register and detector
   * @return the issues found, empty if none
   */
  public List<Issue> run(Object value, String field, CheckContext context) {
    return value(value, field, context);
  }

  List<Issue> value(Object value, String field, CheckContext context) {
    if (value instanceof Plan) {
      Plan plan = (Plan) value;
      List<Issue> issues = new ArrayList<>(plan(plan, PlanIndex.of(plan), context));
      issues.removeIf(Objects::isNull);
      return issues;
    }
    return List.of();
  }

  List<Issue> plan(Plan plan, PlanIndex index, CheckContext context) {
    return List.of();
  }

  private static Issue issue(Rule rule, String pointer, String keySuffix, String value, Object... parameters) {
    return new Issue(rule, rule.getHighestSeverity(), pointer, keySuffix, value, parameters(parameters));
  }

  /** An issue of a rule whose severity depends on the plan's kind; null when the rule does not apply. */
  private static @Nullable Issue issue(Plan plan, Rule rule, String pointer, String keySuffix, String value,
      Object... parameters) {
    Optional<Severity> severity = rule.getSeverity(plan.getKind());
    return severity.map(s -> new Issue(rule, s, pointer, keySuffix, value, parameters(parameters))).orElse(null);
  }

  private static List<Issue> single(@Nullable Issue issue) {
    return issue == null ? List.of() : List.of(issue);
  }

  /** The bounds of a time frame, or empty when they cannot be computed (such as dates beyond year 999999999). */
  static Optional<LocalDateRange> bounds(Timeframe timeframe, TimeframeContext context) {
    try {
      return timeframe.getBounds(context);
    } catch (java.time.DateTimeException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  /** The plan period as dates, or empty when it has none or its years lie beyond what dates can hold. */
  static Optional<LocalDateRange> periodRange(TimeframeContext context) {
    try {
      return context.getPeriodRange();
    } catch (java.time.DateTimeException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  private static Map<String, Object> parameters(Object... pairs) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  private static String describe(PlanPeriod period) {
    return period.getStart().map(String::valueOf).orElse("") + "–" + period.getEnd().map(String::valueOf).orElse("");
  }

  private static LocalDateRange nonEmpty(LocalDateRange range) {
    return range.isEmpty() ? LocalDateRange.ofClosed(range.getStart(), range.getStart()) : range;
  }

  private static boolean overlaps(LocalDateRange a, LocalDateRange b) {
    LocalDateRange x = nonEmpty(a);
    LocalDateRange y = nonEmpty(b);
    return !x.getStart().isAfter(y.getEndInclusive()) && !y.getStart().isAfter(x.getEndInclusive());
  }
}
