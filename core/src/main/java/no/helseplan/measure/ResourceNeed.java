package no.helseplan.measure;

import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One resource a measure needs or one source that funds it (nb/nn: <i>ressursbehov / finansiering</i>), such
 * as "1 årsverk seksjon rehabilitering", "Investering" or "OU midler", beside the words written.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableResourceNeed.class)
@JsonDeserialize(builder = ResourceNeed.Builder.class)
public abstract class ResourceNeed {
  ResourceNeed() {}

  /**
   * Returns a new builder of {@code ResourceNeed} values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the words of this need as written, verbatim.
   *
   * @return the words of this need as written, verbatim
   */
  public abstract String getText();

  /**
   * Returns the kind of resource; {@link ResourceKind#OTHER} when not known.
   *
   * @return the kind of resource; {@link ResourceKind#OTHER} when not known
   */
  @Value.Default
  public ResourceKind getKind() {
    return ResourceKind.OTHER;
  }

  /**
   * Returns the amount, when one is stated.
   *
   * @return the amount, when one is stated
   */
  public abstract Optional<Amount> getAmount();

  /**
   * Returns the unit of the amount, when one is stated.
   *
   * @return the unit of the amount, when one is stated
   */
  public abstract Optional<ResourceUnit> getUnit();

  /**
   * Returns the unit or section the resource is for, such as "seksjon rehabilitering".
   *
   * @return the unit or section the resource is for, such as "seksjon rehabilitering"
   */
  public abstract Optional<String> getForUnit();

  /**
   * Returns who gives the funds, for a grant or a loan, such as "Husbanken" or "Statsforvaltaren".
   *
   * @return who gives the funds, for a grant or a loan, such as "Husbanken" or "Statsforvaltaren"
   */
  public abstract Optional<String> getFunder();

  /**
   * Returns what an amount of {@link ResourceUnit#ITEM} counts, such as "nye hardbruksbustadar".
   *
   * @return what an amount of {@link ResourceUnit#ITEM} counts, such as "nye hardbruksbustadar"
   */
  public abstract Optional<String> getItem();

  /**
   * Describes this need in natural words of a language: "Egne rammer" / "Eigne rammer" / "Existing budget",
   * "1 årsverk til seksjon rehabilitering", "Investering: kr 2 500 000", "1–2 nye hardbruksbustadar".
   *
   * <p>A description in nb or nn is read back by {@link Resources#parse} to one need equal to this one in every
   * field but the text. English descriptions are for reading only.
   *
   * @param language the language of the description, not null
   * @return the description
   */
  public String describe(no.helseplan.vocabulary.Language language) {
    return ResourcePhrases.describe(this, language);
  }

  /** Builds {@link ResourceNeed} values; obtain one with {@link ResourceNeed#builder()}. */
  public static final class Builder extends ImmutableResourceNeed.Builder {
    Builder() {}
  }
}
