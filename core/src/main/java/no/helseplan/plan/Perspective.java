package no.helseplan.plan;

import java.util.List;
import java.util.Optional;
import no.helseplan.goal.SdgTarget;
import no.helseplan.reference.Reference;
import no.helseplan.text.Bullet;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A perspective that runs through the whole plan (nb: <i>gjennomgående perspektiv</i>, nn: <i>gjennomgåande
 * perspektiv</i>), such as the UN Sustainable Development Goals, CRPD, the BEON principle or "Hva er viktig for
 * deg?".
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePerspective.class)
@JsonDeserialize(builder = Perspective.Builder.class)
public abstract class Perspective {
  Perspective() {}

  /**
   * Returns a new builder of {@code Perspective} values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the name of the perspective, such as "BEON-prinsippet".
   *
   * @return the name of the perspective, such as "BEON-prinsippet"
   */
  public abstract String getName();

  /**
   * Returns what the plan says of it, verbatim.
   *
   * @return what the plan says of it, verbatim
   */
  public abstract Optional<String> getDescription();

  /**
   * Returns bullet points the plan gives under it.
   *
   * @return bullet points the plan gives under it
   */
  public abstract List<Bullet> getBullets();

  /**
   * Returns the UN goals and targets it names, such as goals 3, 11 and 17.
   *
   * @return the UN goals and targets it names, such as goals 3, 11 and 17
   */
  public abstract List<SdgTarget> getSdgTargets();

  /**
   * Returns documents the perspective rests on.
   *
   * @return documents the perspective rests on
   */
  public abstract List<Reference> getReferences();

  /** Builds {@link Perspective} values; obtain one with {@link Perspective#builder()}. */
  public static final class Builder extends ImmutablePerspective.Builder {
    Builder() {}
  }
}
