package no.helseplan.goal;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;
import no.helseplan.figure.FigureSeries;
import no.helseplan.followup.StatusReport;
import no.helseplan.priority.Priority;
import no.helseplan.provenance.Provenance;
import no.helseplan.targetgroup.TargetGroup;

/**
 * A goal (nb: <i>mål / målsetting / hovedmål / delmål</i>, nn: <i>mål / målsetjing / hovudmål / delmål</i>):
 * what a plan or focus area wants to achieve, with its number as printed.
 *
 * <p>Goals may be numbered across the whole plan and cited by measures, as Sør-Varanger's tiltak cite
 * "1,7"; measures and strategies cite goals by {@link #getId() id}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGoal.class)
@JsonDeserialize(builder = Goal.Builder.class)
public abstract class Goal {
  Goal() {}

  /**
   * Returns a new builder of {@code Goal} values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the identifier of the goal, unique within its plan; measures and strategies cite it.
   *
   * @return the identifier of the goal, unique within its plan; measures and strategies cite it
   */
  public abstract String getId();

  /**
   * Returns the number as printed, such as "1" or "01".
   *
   * @return the number as printed, such as "1" or "01"
   */
  public abstract Optional<String> getNumber();

  /**
   * Returns the word the plan uses for the goal; {@link GoalKind#GOAL} when not said.
   *
   * @return the word the plan uses for the goal; {@link GoalKind#GOAL} when not said
   */
  @Value.Default
  public GoalKind getKind() {
    return GoalKind.GOAL;
  }

  /**
   * Returns the goal as stated, verbatim.
   *
   * @return the goal as stated, verbatim
   */
  public abstract String getStatement();

  /**
   * Returns any text that explains the goal, verbatim.
   *
   * @return any text that explains the goal, verbatim
   */
  public abstract Optional<String> getDescription();

  /**
   * Returns the goals under this one, such as the delmål of a hovudmål.
   *
   * @return the goals under this one, such as the delmål of a hovudmål
   */
  public abstract List<Goal> getSubGoals();

  /**
   * Returns the indicators that show whether the goal is reached.
   *
   * @return the indicators that show whether the goal is reached
   */
  public abstract List<Indicator> getIndicators();

  /**
   * Returns whom this is for (nb/nn: målgrupper), primary and secondary.
   *
   * @return whom this is for (nb/nn: målgrupper), primary and secondary
   */
  public abstract List<TargetGroup> getTargetGroups();

  /**
   * Returns how high the goal is ranked (nb/nn: prioritet).
   *
   * @return how high the goal is ranked (nb/nn: prioritet)
   */
  public abstract Optional<Priority> getPriority();

  /**
   * Returns the figures the goal rests on, such as a baseline series.
   *
   * @return the figures the goal rests on, such as a baseline series
   */
  public abstract List<FigureSeries> getFigures();

  /**
   * Returns status reports on the goal over time (nb/nn: rapportering), in order.
   *
   * @return status reports on the goal over time (nb/nn: rapportering), in order
   */
  public abstract List<StatusReport> getReports();

  /**
   * Returns where this was taken from: document, page, section heading and original wording.
   *
   * @return where this was taken from: document, page, section heading and original wording
   */
  public abstract Optional<Provenance> getProvenance();

  /**
   * Returns the UN Sustainable Development Goals and targets the goal serves.
   *
   * @return the UN Sustainable Development Goals and targets the goal serves
   */
  public abstract List<SdgTarget> getSdgTargets();

  /** Builds {@link Goal} values; obtain one with {@link Goal#builder()}. */
  public static final class Builder extends ImmutableGoal.Builder {
    Builder() {}
  }
}
