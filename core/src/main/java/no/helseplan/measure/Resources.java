package no.helseplan.measure;

import java.util.List;
import no.helseplan.vocabulary.Language;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What a measure needs or how it is funded, as one cell of a plan's table (nb/nn: <i>ressursbehov /
 * finansiering</i>): the words written and the needs read from them. "Egne rammer / OU midler" is two needs.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableResources.class)
@JsonDeserialize(as = ImmutableResources.class)
public abstract class Resources {
  Resources() {}

  /**
   * Returns a new builder of {@code Resources} values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads the resource needs from the words a municipality wrote, such as "Egne rammer / OU midler"; never
   * throws. Words no rule understands become a need of kind {@link ResourceKind#OTHER} that keeps them.
   *
   * @param text the words as written
   * @param language the written standard of the plan
   * @return the resources, keeping the text verbatim
   */
  public static Resources parse(String text, Language language) {
    return builder().text(text).build();
  }

  /**
   * Returns the whole text as written, verbatim.
   *
   * @return the whole text as written, verbatim
   */
  public abstract String getText();

  /**
   * Returns the needs read from the text, in the order written.
   *
   * @return the needs read from the text, in the order written
   */
  public abstract List<ResourceNeed> getNeeds();

  /** Builds {@link Resources} values; obtain one with {@link Resources#builder()}. */
  public static final class Builder extends ImmutableResources.Builder {
    Builder() {}
  }
}
