package no.helseplan.plan;

import java.util.Optional;
import no.helseplan.responsibility.Responsibility;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How the plan is followed up (nb: <i>oppfølging og rapportering</i>, nn: <i>oppfølging og rapportering</i>):
 * who is responsible and how, such as "Kommunalsjefen si leiargruppe har ansvar for at handlingsplanen vert
 * fylgt opp gjennom årsplanar og budsjettarbeid".
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFollowUp.class)
@JsonDeserialize(as = ImmutableFollowUp.class)
public abstract class FollowUp {
  FollowUp() {}

  /**
   * Returns a new builder of {@code FollowUp} values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the follow-up as described, verbatim.
   *
   * @return the follow-up as described, verbatim
   */
  public abstract String getText();

  /**
   * Returns who follows the plan up.
   *
   * @return who follows the plan up
   */
  public abstract Optional<Responsibility> getResponsibility();

  /** Builds {@link FollowUp} values; obtain one with {@link FollowUp#builder()}. */
  public static final class Builder extends ImmutableFollowUp.Builder {
    Builder() {}
  }
}
