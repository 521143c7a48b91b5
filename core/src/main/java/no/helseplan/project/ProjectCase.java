package no.helseplan.project;

import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A case a project works on (nb/nn: <i>case / pilot</i>), such as Voss's "Case 1: Arbeidsmiljøgruppa til POR".
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProjectCase.class)
@JsonDeserialize(builder = ProjectCase.Builder.class)
public abstract class ProjectCase {
  ProjectCase() {}

  /**
   * Returns a new builder of {@code ProjectCase} values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the name of the case as printed, such as "Case 1".
   *
   * @return the name of the case as printed, such as "Case 1"
   */
  public abstract String getName();

  /**
   * Returns what the case is, verbatim.
   *
   * @return what the case is, verbatim
   */
  public abstract Optional<String> getDescription();

  /** Builds {@link ProjectCase} values; obtain one with {@link ProjectCase#builder()}. */
  public static final class Builder extends ImmutableProjectCase.Builder {
    Builder() {}
  }
}
