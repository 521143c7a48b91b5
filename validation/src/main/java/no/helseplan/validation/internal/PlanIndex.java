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
   * An element and where it is.
   *
   * @param <T> the element's type
   * @param pointer  the JSON pointer of the element
   * @param value  the element
   * @param scope  the pointer of the focus area it sits in, or "" at the plan's own level
   */
  record At<T>(String pointer, T value, String scope) {}

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
      focusAreas.add(new At<>(p, area, p));
      addGoals(p + "/goals", area.getGoals(), p);
      addStrategies(p + "/strategies", area.getStrategies(), p);
      addMeasures(p + "/measures", area.getMeasures(), p);
    }
    addGoals("/goals", plan.getGoals(), "");
    addStrategies("/strategies", plan.getStrategies(), "");
    addMeasures("/measures", plan.getMeasures(), "");
    addMilestones("/milestones", plan.getMilestones());
    List<Project> list = plan.getProjects();
    for (int i = 0; i < list.size(); i++) {
      Project project = list.get(i);
      String p = "/projects/" + i;
      projects.add(new At<>(p, project, ""));
      project.getTimeframe().ifPresent(t -> timeframes.add(new At<>(p + "/timeframe", t, "")));
      addMilestones(p + "/milestones", project.getMilestones());
    }
  }

  private void addGoals(String base, List<Goal> list, String scope) {
    for (int i = 0; i < list.size(); i++) {
      Goal goal = list.get(i);
      String p = base + "/" + i;
      goals.add(new At<>(p, goal, scope));
      addGoals(p + "/subGoals", goal.getSubGoals(), scope);
    }
  }

  private void addStrategies(String base, List<Strategy> list, String scope) {
    for (int i = 0; i < list.size(); i++) {
      strategies.add(new At<>(base + "/" + i, list.get(i), scope));
    }
  }

  private void addMeasures(String base, List<Measure> list, String scope) {
    for (int i = 0; i < list.size(); i++) {
      Measure measure = list.get(i);
      String p = base + "/" + i;
      measures.add(new At<>(p, measure, scope));
      measure.getTimeframe().ifPresent(t -> timeframes.add(new At<>(p + "/timeframe", t, scope)));
    }
  }

  private void addMilestones(String base, List<Milestone> list) {
    List<At<Milestone>> located = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      Milestone milestone = list.get(i);
      String p = base + "/" + i;
      located.add(new At<>(p, milestone, ""));
      milestone.getDue().ifPresent(t -> timeframes.add(new At<>(p + "/due", t, "")));
    }
    milestoneLists.add(Collections.unmodifiableList(located));
  }
}
