package no.helseplan.goal;

import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An indicator that shows whether a goal is reached (nb/nn: <i>indikator / måltal / måltall</i>): what is
 * measured, in which unit, the baseline and the target, and where the figures come from (such as KOSTRA).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIndicator.class)
@JsonDeserialize(builder = Indicator.Builder.class)
public abstract class Indicator {
  Indicator() {}

  /**
   * Returns a new builder of {@code Indicator} values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns what is measured, as named in the plan.
   *
   * @return what is measured, as named in the plan
   */
  public abstract String getName();

  /**
   * Returns the unit, such as "prosent" or "tal plassar".
   *
   * @return the unit, such as "prosent" or "tal plassar"
   */
  public abstract Optional<String> getUnit();

  /**
   * Returns the starting value (nb/nn: utgangspunkt / nullpunkt).
   *
   * @return the starting value (nb/nn: utgangspunkt / nullpunkt)
   */
  public abstract Optional<IndicatorValue> getBaseline();

  /**
   * Returns the value to reach (nb/nn: mål / målverdi).
   *
   * @return the value to reach (nb/nn: mål / målverdi)
   */
  public abstract Optional<IndicatorValue> getTarget();

  /**
   * Returns where the figures come from (nb: kilde, nn: kjelde), such as "KOSTRA" or "SSB".
   *
   * @return where the figures come from (nb: kilde, nn: kjelde), such as "KOSTRA" or "SSB"
   */
  public abstract Optional<String> getSource();

  /** Builds {@link Indicator} values; obtain one with {@link Indicator#builder()}. */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }
}
