package no.helseplan.analysis;

import java.util.Objects;
import java.util.Optional;
import no.helseplan.goal.Goal;
import no.helseplan.municipality.Municipality;
import no.helseplan.plan.FocusArea;
import no.helseplan.plan.Plan;

/**
 * A goal (nb: <i>mål / hovedmål / delmål</i>, nn: <i>mål / hovudmål / delmål</i>) with where it stands: its
 * plan and municipality, the focus area it sits in (none for a goal at the plan's own level), and its depth:
 * 0 for a goal, 1 for a sub-goal (delmål) under it, and so on.
 *
 * <pre>{@code
 * corpus.goals().filter(g -> g.getDepth() == 0).map(GoalInContext::getStatement).forEach(System.out::println)
 * }</pre>
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class GoalInContext {
  private final Plan plan;
  private final Optional<FocusArea> focusArea;
  private final Goal goal;
  private final int depth;
  private final Optional<Goal> parent;

  GoalInContext(Plan plan, Optional<FocusArea> focusArea, Goal goal, int depth, Optional<Goal> parent) {
    this.plan = plan;
    this.focusArea = focusArea;
    this.goal = goal;
    this.depth = depth;
    this.parent = parent;
  }

  /**
   * Returns the plan the goal is in.
   *
   * @return the plan
   */
  public Plan getPlan() {
    return plan;
  }

  /**
   * Returns the municipality that made the plan.
   *
   * @return the municipality
   */
  public Municipality getMunicipality() {
    return plan.getMunicipality();
  }

  /**
   * Returns the focus area the goal sits in; empty for a goal at the plan's own level.
   *
   * @return the focus area, or empty
   */
  public Optional<FocusArea> getFocusArea() {
    return focusArea;
  }

  /**
   * Returns the goal itself.
   *
   * @return the goal
   */
  public Goal getGoal() {
    return goal;
  }

  /**
   * Returns how deep the goal is nested: 0 for a goal of a plan or focus area, 1 for its sub-goal, and so on.
   *
   * @return the depth, 0 or more
   */
  public int getDepth() {
    return depth;
  }

  /**
   * Returns the goal this one is a sub-goal of; empty at depth 0.
   *
   * @return the parent goal, or empty
   */
  public Optional<Goal> getParent() {
    return parent;
  }

  /**
   * Returns the goal's identifier.
   *
   * @return the id
   */
  public String getId() {
    return goal.getId();
  }

  /**
   * Returns the goal as stated, verbatim.
   *
   * @return the statement
   */
  public String getStatement() {
    return goal.getStatement();
  }

  /**
   * Returns the words themes are matched on: the statement and the description, one per line.
   *
   * @return the text
   */
  public String getText() {
    return goal.getDescription().map(d -> goal.getStatement() + "\n" + d).orElse(goal.getStatement());
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof GoalInContext)) {
      return false;
    }
    GoalInContext that = (GoalInContext) other;
    return plan.equals(that.plan) && focusArea.equals(that.focusArea) && goal.equals(that.goal)
        && depth == that.depth && parent.equals(that.parent);
  }

  @Override
  public int hashCode() {
    return Objects.hash(plan.getId(), goal, depth);
  }

  /**
   * Returns the municipality, plan id and goal, for reading; not for parsing.
   *
   * @return a text such as {@code Herøy / heroy-handlingsplan-2025 / forebygging-kva-1: Tidleg innsats …}
   */
  @Override
  public String toString() {
    return getMunicipality().getName() + " / " + plan.getId() + " / " + goal.getId() + ": " + goal.getStatement();
  }
}
