package no.helseplan.project;

import java.util.List;
import java.util.Optional;
import no.helseplan.plan.Milestone;
import no.helseplan.timeframe.Timeframe;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;
import no.helseplan.provenance.Provenance;

/**
 * A project (nb/nn: <i>prosjekt</i>) run as part of a plan, such as Voss's "Saman om gode arbeidsdagar": why
 * it is done, its goal and sub-goals, who owns, steers and takes part, its cases and its time frame.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProject.class)
@JsonDeserialize(builder = Project.Builder.class)
public abstract class Project {
  Project() {}

  /**
   * Returns a new builder of {@code Project} values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the identifier of the project, unique within its plan.
   *
   * @return the identifier of the project, unique within its plan
   */
  public abstract String getId();

  /**
   * Returns the name of the project.
   *
   * @return the name of the project
   */
  public abstract String getName();

  /**
   * Returns why the project is done (nb: hvorfor, nn: kvifor), as printed.
   *
   * @return why the project is done (nb: hvorfor, nn: kvifor), as printed
   */
  public abstract List<String> getPurposes();

  /**
   * Returns the goal of the project (nb/nn: mål), verbatim.
   *
   * @return the goal of the project (nb/nn: mål), verbatim
   */
  public abstract Optional<String> getGoal();

  /**
   * Returns the sub-goals of the project (nb/nn: delmål), verbatim.
   *
   * @return the sub-goals of the project (nb/nn: delmål), verbatim
   */
  public abstract List<String> getSubGoals();

  /**
   * Returns any other text about the project, verbatim.
   *
   * @return any other text about the project, verbatim
   */
  public abstract Optional<String> getDescription();

  /**
   * Returns who fills each role: owner, steering group, project group, reference group, participants.
   *
   * @return who fills each role: owner, steering group, project group, reference group, participants
   */
  public abstract List<ProjectRole> getRoles();

  /**
   * Returns the cases the project works on.
   *
   * @return the cases the project works on
   */
  public abstract List<ProjectCase> getCases();

  /**
   * Returns the time frame of the project (nb/nn: tidsramme).
   *
   * @return the time frame of the project (nb/nn: tidsramme)
   */
  public abstract Optional<Timeframe> getTimeframe();

  /**
   * Returns where this was taken from: document, page, section heading and original wording.
   *
   * @return where this was taken from: document, page, section heading and original wording
   */
  public abstract Optional<Provenance> getProvenance();

  /**
   * Returns the steps of the project, in order (nb/nn: framdriftsplan).
   *
   * @return the steps of the project, in order (nb/nn: framdriftsplan)
   */
  public abstract List<Milestone> getMilestones();

  /** Builds {@link Project} values; obtain one with {@link Project#builder()}. */
  public static final class Builder extends ImmutableProject.Builder {
    Builder() {}
  }
}
