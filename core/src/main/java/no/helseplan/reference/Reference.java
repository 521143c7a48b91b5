package no.helseplan.reference;

import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A reference to another plan, document or web page (nb: <i>henvisning / lenke</i>, nn: <i>tilvising /
 * lenkje</i>), such as Herøy's link to its "Førebyggande plan for barn og unge".
 *
 * <p>The address is kept exactly as printed, even where it is not a well-formed URL.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReference.class)
@JsonDeserialize(builder = Reference.Builder.class)
public abstract class Reference {
  Reference() {}

  /**
   * Returns a new builder of {@code Reference} values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the title of the referenced document or page, as named in the plan.
   *
   * @return the title of the referenced document or page, as named in the plan
   */
  public abstract String getTitle();

  /**
   * Returns the address, verbatim as printed.
   *
   * @return the address, verbatim as printed
   */
  public abstract Optional<String> getUrl();

  /**
   * Returns how the referring element relates to the document; {@link ReferenceRelation#SEE_ALSO} when not said.
   *
   * @return how the referring element relates to the document; {@link ReferenceRelation#SEE_ALSO} when not said
   */
  @Value.Default
  public ReferenceRelation getRelation() {
    return ReferenceRelation.SEE_ALSO;
  }

  /**
   * Returns what the plan says of the reference, verbatim.
   *
   * @return what the plan says of the reference, verbatim
   */
  public abstract Optional<String> getDescription();

  /** Builds {@link Reference} values; obtain one with {@link Reference#builder()}. */
  public static final class Builder extends ImmutableReference.Builder {
    Builder() {}
  }
}
