package no.helseplan.plan;

import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Someone who took part in making the plan (nb: <i>medvirkning / deltaker</i>, nn: <i>medverknad /
 * deltakar</i>): a body consulted, such as "Eldrerådet", or a member of the working group with a role.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableParticipant.class)
@JsonDeserialize(builder = Participant.Builder.class)
public abstract class Participant {
  Participant() {}

  /**
   * Returns a new builder of {@code Participant} values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the name of the body or person as printed.
   *
   * @return the name of the body or person as printed
   */
  public abstract String getName();

  /**
   * Returns the role, such as "Kommuneoverlege" or "Hovedverneombud".
   *
   * @return the role, such as "Kommuneoverlege" or "Hovedverneombud"
   */
  public abstract Optional<String> getRole();

  /**
   * Returns any remark printed with the participant, such as "til 31.12.2025".
   *
   * @return any remark printed with the participant, such as "til 31
   */
  public abstract Optional<String> getNote();

  /** Builds {@link Participant} values; obtain one with {@link Participant#builder()}. */
  public static final class Builder extends ImmutableParticipant.Builder {
    Builder() {}
  }
}
