package no.helseplan.text;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A titled section of free text (nb/nn: <i>kapittel / avsnitt</i>): text that fits no typed field, such as an
 * introduction, the status and challenges of a service, or the process behind the plan.
 *
 * <p>Nothing in a real plan may be left out for lack of a place to put it: what the model has no type for
 * goes here, with its heading, paragraphs and bullets as printed.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSection.class)
@JsonDeserialize(builder = Section.Builder.class)
public abstract class Section {
  Section() {}

  /**
   * Returns a new builder of {@code Section} values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the heading as printed, such as "Status og utfordringer i Rødøy kommune".
   *
   * @return the heading as printed, such as "Status og utfordringer i Rødøy kommune"
   */
  public abstract String getTitle();

  /**
   * Returns what the section is about; {@link SectionKind#OTHER} when not said.
   *
   * @return what the section is about; {@link SectionKind#OTHER} when not said
   */
  @Value.Default
  public SectionKind getKind() {
    return SectionKind.OTHER;
  }

  /**
   * Returns the running text, verbatim; paragraphs are separated by a blank line.
   *
   * @return the running text, verbatim; paragraphs are separated by a blank line
   */
  public abstract Optional<String> getText();

  /**
   * Returns the bullet points of the section, in the order printed.
   *
   * @return the bullet points of the section, in the order printed
   */
  public abstract List<Bullet> getBullets();

  /**
   * Returns running text printed after the bullet points, verbatim, when the section goes on after its list.
   *
   * @return the text after the bullets
   */
  public abstract Optional<String> getClosingText();

  /**
   * Returns sections nested under this one, in the order printed.
   *
   * @return sections nested under this one, in the order printed
   */
  public abstract List<Section> getSubsections();

  /** Builds {@link Section} values; obtain one with {@link Section#builder()}. */
  public static final class Builder extends ImmutableSection.Builder {
    Builder() {}
  }
}
