package no.helseplan.targetgroup;

import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A target group (nb/nn: <i>målgruppe</i>) of a plan, focus area, goal or measure, such as "personar med demens
 * og pårørande deira": a kind from the vocabulary, the words printed, and whether it is the primary or a
 * secondary group.
 *
 * <pre>{@code
 * TargetGroup carers = TargetGroup.builder()
 *     .kind(TargetGroupKind.CARERS)
 *     .text("pårørande til personar med demens")
 *     .role(TargetGroupRole.SECONDARY)
 *     .build();
 * }</pre>
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTargetGroup.class)
@JsonDeserialize(builder = TargetGroup.Builder.class)
public abstract class TargetGroup {
  TargetGroup() {}

  /**
   * Returns a new builder of {@code TargetGroup} values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the kind of group; {@link TargetGroupKind#OTHER} when not known.
   *
   * @return the kind of group; {@link TargetGroupKind#OTHER} when not known
   */
  @Value.Default
  public TargetGroupKind getKind() {
    return TargetGroupKind.OTHER;
  }

  /**
   * Returns the group as printed, verbatim.
   *
   * @return the group as printed, verbatim
   */
  public abstract Optional<String> getText();

  /**
   * Returns whether the group is the primary or a secondary one; {@link TargetGroupRole#PRIMARY} when not said.
   *
   * @return whether the group is the primary or a secondary one; {@link TargetGroupRole#PRIMARY} when not said
   */
  @Value.Default
  public TargetGroupRole getRole() {
    return TargetGroupRole.PRIMARY;
  }
  /**
   * Obtains a primary target group of a kind from the vocabulary.
   *
   * @param kind the kind, not {@link TargetGroupKind#OTHER}
   * @return the target group
   * @throws IllegalStateException if the kind is {@link TargetGroupKind#OTHER}, which needs a text
   */
  public static TargetGroup of(TargetGroupKind kind) {
    return builder().kind(kind).build();
  }

  /**
   * Obtains a primary target group of a kind, with the words printed.
   *
   * @param kind the kind, not null
   * @param text the group as printed, not null
   * @return the target group
   */
  public static TargetGroup of(TargetGroupKind kind, String text) {
    return builder().kind(kind).text(text).build();
  }

  @Value.Check
  void check() {
    if (getKind() == TargetGroupKind.OTHER && getText().map(String::isBlank).orElse(true)) {
      throw new IllegalStateException("A target group of kind OTHER needs the group's words as text");
    }
  }


  /** Builds {@link TargetGroup} values; obtain one with {@link TargetGroup#builder()}. */
  public static final class Builder extends ImmutableTargetGroup.Builder {
    Builder() {}
  }
}
