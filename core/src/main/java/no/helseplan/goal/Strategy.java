package no.helseplan.goal;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;
import no.helseplan.provenance.Provenance;

/**
 * A strategy (nb/nn: <i>strategi</i>): a way the plan means to reach its goals, such as Hustadvika's
 * "Fokus på gruppebaserte tilbud fremfor individuelle tilbud" under a goal of its focus area.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStrategy.class)
@JsonDeserialize(builder = Strategy.Builder.class)
public abstract class Strategy {
  Strategy() {}

  /**
   * Returns a new builder of {@code Strategy} values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the identifier of the strategy, unique within its plan.
   *
   * @return the identifier of the strategy, unique within its plan
   */
  public abstract String getId();

  /**
   * Returns the number as printed, such as "1".
   *
   * @return the number as printed, such as "1"
   */
  public abstract Optional<String> getNumber();

  /**
   * Returns the strategy as stated, verbatim.
   *
   * @return the strategy as stated, verbatim
   */
  public abstract String getStatement();

  /**
   * Returns any text that explains the strategy, verbatim.
   *
   * @return any text that explains the strategy, verbatim
   */
  public abstract Optional<String> getDescription();

  /**
   * Returns where this was taken from: document, page, section heading and original wording.
   *
   * @return where this was taken from: document, page, section heading and original wording
   */
  public abstract Optional<Provenance> getProvenance();

  /**
   * Returns the ids of the goals the strategy serves.
   *
   * @return the ids of the goals the strategy serves
   */
  public abstract List<String> getGoals();

  /** Builds {@link Strategy} values; obtain one with {@link Strategy#builder()}. */
  public static final class Builder extends ImmutableStrategy.Builder {
    Builder() {}
  }
}
