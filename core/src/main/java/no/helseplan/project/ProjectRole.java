package no.helseplan.project;

import no.helseplan.responsibility.Responsibility;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Who fills a role in a project (nb/nn: <i>rolle</i>), such as "Styringsgruppe: Leiargruppa H&amp;O", expressed
 * as a {@link Responsibility} so that groups of several actors keep their words.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProjectRole.class)
@JsonDeserialize(builder = ProjectRole.Builder.class)
public abstract class ProjectRole {
  ProjectRole() {}

  /**
   * Returns a new builder of {@code ProjectRole} values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the role.
   *
   * @return the role
   */
  public abstract ProjectRoleKind getKind();

  /**
   * Returns who fills the role, with the words written.
   *
   * @return who fills the role, with the words written
   */
  public abstract Responsibility getHolders();

  /** Builds {@link ProjectRole} values; obtain one with {@link ProjectRole#builder()}. */
  public static final class Builder extends ImmutableProjectRole.Builder {
    Builder() {}
  }
}
