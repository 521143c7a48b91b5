package no.helseplan.responsibility;

import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Someone who can be responsible or take part (nb/nn: <i>aktør / ansvarleg / ansvarlig</i>): a unit, a group, a
 * role, a body or a partner, with the name as written in the plan.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableActor.class)
@JsonDeserialize(as = ImmutableActor.class)
public abstract class Actor {
  Actor() {}

  /**
   * Returns a new builder of {@code Actor} values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the name as written in the plan, such as "Dagleg leiar ved Svingen".
   *
   * @return the name as written in the plan, such as "Dagleg leiar ved Svingen"
   */
  public abstract String getName();

  /**
   * Returns the kind of actor; {@link ActorKind#OTHER} when not known.
   *
   * @return the kind of actor; {@link ActorKind#OTHER} when not known
   */
  @Value.Default
  public ActorKind getKind() {
    return ActorKind.OTHER;
  }

  /**
   * Obtains an actor of a kind.
   *
   * @param name the name as written
   * @param kind the kind of actor
   * @return the actor
   */
  public static Actor of(String name, ActorKind kind) {
    return builder().name(name).kind(kind).build();
  }

  /** Builds {@link Actor} values; obtain one with {@link Actor#builder()}. */
  public static final class Builder extends ImmutableActor.Builder {
    Builder() {}
  }
}
