package no.helseplan.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.helseplan.goal.Goal;
import no.helseplan.goal.Strategy;
import no.helseplan.municipality.Municipality;
import no.helseplan.plan.FocusArea;
import no.helseplan.plan.Plan;

/**
 * A strategy (nb/nn: <i>strategi</i>) with where it stands: its plan and municipality, the focus area it sits
 * in (none at the plan's own level), and the goals it serves, looked up by id.
 *
 * <pre>{@code
 * corpus.strategies().filter(s -> Themes.NEXT_OF_KIN.matches(s.getText())).count()
 * }</pre>
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class StrategyInContext {
  private final Plan plan;
  private final Optional<FocusArea> focusArea;
  private final Strategy strategy;
  private final List<Goal> goals;
  private final List<String> unresolvedGoals;

  StrategyInContext(Plan plan, Optional<FocusArea> focusArea, Strategy strategy, List<Goal> goals,
      List<String> unresolvedGoals) {
    this.plan = plan;
    this.focusArea = focusArea;
    this.strategy = strategy;
    this.goals = List.copyOf(goals);
    this.unresolvedGoals = List.copyOf(unresolvedGoals);
  }

  /**
   * Returns the plan the strategy is in.
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
   * Returns the focus area the strategy sits in; empty at the plan's own level.
   *
   * @return the focus area, or empty
   */
  public Optional<FocusArea> getFocusArea() {
    return focusArea;
  }

  /**
   * Returns the strategy itself.
   *
   * @return the strategy
   */
  public Strategy getStrategy() {
    return strategy;
  }

  /**
   * Returns the goals the strategy serves, found by id anywhere in its plan, in the order cited.
   *
   * @return the goals
   */
  public List<Goal> getGoals() {
    return goals;
  }

  /**
   * Returns the ids the strategy cites that name no goal of its plan.
   *
   * @return the ids not found, usually empty
   */
  public List<String> getUnresolvedGoals() {
    return unresolvedGoals;
  }

  /**
   * Returns the words themes are matched on: the statement and the description, one per line.
   *
   * @return the text
   */
  public String getText() {
    return strategy.getDescription().map(d -> strategy.getStatement() + "\n" + d).orElse(strategy.getStatement());
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof StrategyInContext)) {
      return false;
    }
    StrategyInContext that = (StrategyInContext) other;
    return plan.equals(that.plan) && focusArea.equals(that.focusArea) && strategy.equals(that.strategy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(plan.getId(), strategy);
  }

  /**
   * Returns the municipality, plan id and strategy, for reading; not for parsing.
   *
   * @return a text such as {@code Voss / voss-parorandestrategi-2025 / strategi-1: Tidleg identifisering …}
   */
  @Override
  public String toString() {
    return getMunicipality().getName() + " / " + plan.getId() + " / " + strategy.getId() + ": "
        + strategy.getStatement();
  }
}
