package no.helseplan.plan;

import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A value the organisation works by (nb: <i>verdi</i>, nn: <i>verdi</i>), such as "Imøtekommende" in
 * Hustadvika's IDAR, with what it means.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlanValue.class)
@JsonDeserialize(builder = PlanValue.Builder.class)
public abstract class PlanValue {
  PlanValue() {}

  /**
   * Returns a new builder of {@code PlanValue} values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the value, such as "Imøtekommende".
   *
   * @return the value, such as "Imøtekommende"
   */
  public abstract String getName();

  /**
   * Returns what the value means, verbatim.
   *
   * @return what the value means, verbatim
   */
  public abstract Optional<String> getDescription();

  /** Builds {@link PlanValue} values; obtain one with {@link PlanValue#builder()}. */
  public static final class Builder extends ImmutablePlanValue.Builder {
    Builder() {}
  }
}
