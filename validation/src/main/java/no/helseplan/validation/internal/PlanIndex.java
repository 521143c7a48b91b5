package no.helseplan.validation.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import no.helseplan.goal.Goal;
import no.helseplan.goal.Strategy;
import no.helseplan.measure.Measure;
import no.helseplan.plan.FocusArea;
import no.helseplan.plan.Milestone;
import no.helseplan.plan.Plan;
import no.helseplan.project.Project;
import no.helseplan.timeframe.Timeframe;

/**
 * Every element of a plan that the cross-object checks look at, each with its JSON pointer into the file
 * format ({@code /focusAreas/2/measures/3}), in document order. Never throws.
 *
 * <p>Built once per validation of a plan and shared by all the plan's checks, which Hibernate Validator runs
 * one after the other on the validating thread: {@link #of(Plan)} gives the index of the plan being
 * validated, and {@link #release()}, called when the validation ends, lets go of it.
 */
public final class PlanIndex {
  private static final ThreadLocal<PlanIndex> CURRENT = new ThreadLocal<>();

  private final Plan plan;

  /**
   * An element and where it is: element {@code index} of the list at pointer {@code list}, or, with a {@code
   * property}, that property of the element. The pointer is put together only when asked for, since most
   * elements never need it.
   *
   * @param <T> the element's type
   * @param list  the JSON pointer of the list the element (or its owner) is in, such as
   *     {@code /focusAreas/2/measures}
   * @param index  the index in that list
   * @param property  the property of the list element that holds this element, or "" for the list element itself
   * @param value  the element
   * @param scope  the pointer of the focus area it sits in, or "" at the plan's own level
   */
  record At<T>(String list, int index, String property, T value, String scope) {

    /** Returns the JSON pointer of the element, such as {@code /focusAreas/2/measures/3/timeframe}. */
    String pointer() {
      return property.isEmpty() ? list + "/" + index : list + "/" + index + "/" + property;
    }
  }

  final List<At<FocusArea>> focusAreas = new ArrayList<>();
  final List<At<Goal>> goals = new ArrayList<>();
  final List<At<Strategy>> strategies = new ArrayList<>();
  final List<At<Measure>> measures = new ArrayList<>();
  final List<At<Project>> projects = new ArrayList<>();
  final List<List<At<Milestone>>> milestoneLists = new ArrayList<>();
  final List<At<Timeframe>> timeframes = new ArrayList<>();

  /**
   * Returns the index of a plan: the one already built on this thread for the same plan object, else a new one.
   */
  static PlanIndex of(Plan plan) {
    PlanIndex current = CURRENT.get();
    if (current != null && current.plan == plan) {
      return current;
    }
    PlanIndex index = new PlanIndex(plan);
    CURRENT.set(index);
    return index;
  }

  /** Lets go of the index this thread keeps; called when the validation of a plan ends. */
  public static void release() {
    CURRENT.remove();
  }

  PlanIndex(Plan plan) {
    this.plan = plan;
    List<FocusArea> areas = plan.getFocusAreas();
    for (int i = 0; i < areas.size(); i++) {
      FocusArea area = areas.get(i);
      String p = "/focusAreas/" + i;
      focusAreas.add(new At<>("/focusAreas", i, "", area, p));
      addGoals(p, "/goals", area.getGoals(), p);
      addStrategies(p + "/strategies", area.getStrategies(), p);
      addMeasures(p + "/measures", area.getMeasures(), p);
    }
    addGoals("", "/goals", plan.getGoals(), "");
    addStrategies("/strategies", plan.getStrategies(), "");
    addMeasures("/measures", plan.getMeasures(), "");
    addMilestones("/milestones", plan.getMilestones());
    List<Project> list = plan.getProjects();
    for (int i = 0; i < list.size(); i++) {
      Project project = list.get(i);
      projects.add(new At<>("/projects", i, "", project, ""));
      if (project.getTimeframe().isPresent()) {
        timeframes.add(new At<>("/projects", i, "timeframe", project.getTimeframe().get(), ""));
      }
      addMilestones("/projects/" + i + "/milestones", project.getMilestones());
    }
  }

  /** Adds goals, the list at {@code owner + property}, and their sub-goals. */
  private void addGoals(String owner, String property, List<Goal> list, String scope) {
    if (list.isEmpty()) {
      return;
    }
    String base = owner + property;
    for (int i = 0; i < list.size(); i++) {
      Goal goal = list.get(i);
      goals.add(new At<>(base, i, "", goal, scope));
      if (!goal.getSubGoals().isEmpty()) {
        addGoals(base + "/" + i, "/subGoals", goal.getSubGoals(), scope);
      }
    }
  }

  private void addStrategies(String base, List<Strategy> list, String scope) {
    for (int i = 0; i < list.size(); i++) {
      strategies.add(new At<>(base, i, "", list.get(i), scope));
    }
  }

  private void addMeasures(String base, List<Measure> list, String scope) {
    for (int i = 0; i < list.size(); i++) {
      Measure measure = list.get(i);
      measures.add(new At<>(base, i, "", measure, scope));
      if (measure.getTimeframe().isPresent()) {
        timeframes.add(new At<>(base, i, "timeframe", measure.getTimeframe().get(), scope));
      }
    }
  }

  private void addMilestones(String base, List<Milestone> list) {
    List<At<Milestone>> located = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      Milestone milestone = list.get(i);
      located.add(new At<>(base, i, "", milestone, ""));
      if (milestone.getDue().isPresent()) {
        timeframes.add(new At<>(base, i, "due", milestone.getDue().get(), ""));
      }
    }
    milestoneLists.add(Collections.unmodifiableList(located));
  }
}
