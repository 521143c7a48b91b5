package no.helseplan.plan;

import java.util.Optional;
import no.helseplan.responsibility.Responsibility;
import no.helseplan.timeframe.Timeframe;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;
import no.helseplan.provenance.Provenance;

/**
 * A step in a plan or project's progress (nb/nn: <i>milepæl / aktivitet i framdriftsplanen</i>), such as
 * Voss's "Send til høyring 6 veker — 01. sept – 10. okt".
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMilestone.class)
@JsonDeserialize(builder = Milestone.Builder.class)
public abstract class Milestone {
  Milestone() {}

  /**
   * Returns a new builder of {@code Milestone} values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the activity as printed, verbatim.
   *
   * @return the activity as printed, verbatim
   */
  public abstract String getActivity();

  /**
   * Returns who carries it out or decides it.
   *
   * @return who carries it out or decides it
   */
  public abstract Optional<Responsibility> getResponsibility();

  /**
   * Returns where this was taken from: document, page, section heading and original wording.
   *
   * @return where this was taken from: document, page, section heading and original wording
   */
  public abstract Optional<Provenance> getProvenance();

  /**
   * Returns when it is due (nb/nn: frist).
   *
   * @return when it is due (nb/nn: frist)
   */
  public abstract Optional<Timeframe> getDue();

  /** Builds {@link Milestone} values; obtain one with {@link Milestone#builder()}. */
  public static final class Builder extends ImmutableMilestone.Builder {
    Builder() {}
  }
}
