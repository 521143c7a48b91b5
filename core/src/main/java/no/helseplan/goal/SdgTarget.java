package no.helseplan.goal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A UN Sustainable Development Goal or one of its targets (nb: <i>FNs bærekraftsmål / delmål</i>, nn: <i>FN sine
 * berekraftsmål / delmål</i>), by its code: "3" for goal 3, "3.4" for target 3.4, "3.b" for target 3.b.
 *
 * <p>Whether a code names a real goal or target is checked by the validation module.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSdgTarget.class)
@JsonDeserialize(builder = SdgTarget.Builder.class)
public abstract class SdgTarget {
  SdgTarget() {}

  /**
   * Returns a new builder of {@code SdgTarget} values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the code of the goal ("3") or target ("3.4").
   *
   * @return the code of the goal ("3") or target ("3
   */
  public abstract String getCode();

  /**
   * Obtains a goal or target from its code.
   *
   * @param code the code, such as "3" or "3.4"
   * @return the goal or target
   */
  public static SdgTarget of(String code) {
    return builder().code(code).build();
  }

  /**
   * Tells whether this is a whole goal ("3") rather than one of its targets ("3.4").
   *
   * @return true for a goal
   */
  @JsonIgnore
  public boolean isGoal() {
    return getCode().indexOf('.') < 0;
  }

  /** Builds {@link SdgTarget} values; obtain one with {@link SdgTarget#builder()}. */
  public static final class Builder extends ImmutableSdgTarget.Builder {
    Builder() {}
  }
}
