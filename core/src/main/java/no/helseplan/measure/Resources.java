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
@JsonDeserialize(builder = Resources.Builder.class)
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
   * <p>The text is cut into needs at a slash, a semicolon or a plus ("Egne rammer / OU midler" is two needs),
   * and at "og", "eller", "og/eller", "samt" or a comma only where both sides name a known kind ("Egne rammer og
   * prosjektmidlar", "drifts- og/eller investeringsmidler"; but not "Krever midler til prosjektledelse og
   * drift"). Each need keeps its own piece of the text verbatim (trimmed); the piece is then repaired with
   * {@link no.helseplan.text.TextRepair} ("Investeringsmidle\nr", "Investe- ring") and read:
   * <ul>
   *   <li>the kind from its words, in Bokmål or Nynorsk ({@link ResourceKind}): "Egne rammer"/"Eigne rammer",
   *       "innanfor eksisterande ramme" (existing budget), "OU midler", "Videreføring av kompetansemidler",
   *       "Prosjektmidlar", "Investering", "Driftsmidler", "Tilskot", "Krever ekstra midler"; "Krever X" is the
   *       kind of X when X names one ("Krever investeringsmidler"), else extra funds ("Krever midler til
   *       prosjektledelse");
   *   <li>an amount, exact or a range ("1-2", "1–2", "1 til 2"), with a decimal comma ("0,5") and spaces or
   *       dots between thousands ("500 000"), in a unit: "årsverk" ({@link ResourceUnit#FTE}, kind personnel),
   *       "%"/"prosent" ({@link ResourceUnit#POSITION_PERCENT}), money ({@link ResourceUnit#NOK}, in whole
   *       kroner, rounded half up) when written with "kr", "NOK", "kroner", ",-" or a multiplier ("tusen",
   *       "mill.", "millioner", "mrd."): "40 millioner kroner", "kr 500 000", "0,5 mill.", "2,5 mill. kr";
   *       otherwise, when the piece opens with the amount, a count of the words that follow ({@link
   *       ResourceUnit#ITEM}): "1-2 nye hardbruksbustadar";
   *   <li>the unit or section a personnel or money amount is for, from the words after it when they open with
   *       "til", "for", "i", "ved", "på" or a unit word: "1 årsverk seksjon rehabilitering".
   * </ul>
   * A piece may name its kind before a colon and its amount after: "Investering: kr 2 000 000". Amounts are
   * kept in canonical form (no trailing zeros: 1, 0.5, 500000). A text longer than 1,000 characters is not cut
   * or read and becomes one need of kind other; a blank text has no needs.
   *
   * @param text the words as written, not null
   * @param language the written standard of the plan, not null (both standards are read alike)
   * @return the resources, keeping the text verbatim
   */
  public static Resources parse(String text, Language language) {
    java.util.Objects.requireNonNull(text, "text");
    java.util.Objects.requireNonNull(language, "language");
    return ResourcePhrases.read(text);
  }

  /**
   * Describes these resources in words of a language, each need {@linkplain ResourceNeed#describe(Language)
   * described} and joined by " / "; in nb or nn, {@link #parse} reads the description back to equal needs.
   *
   * @param language the language, not null
   * @return the description, such as "Egne rammer / OU-midler"
   */
  public String describe(Language language) {
    StringBuilder sb = new StringBuilder();
    for (ResourceNeed need : getNeeds()) {
      if (sb.length() > 0) {
        sb.append(" / ");
      }
      sb.append(need.describe(language));
    }
    return sb.toString();
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
