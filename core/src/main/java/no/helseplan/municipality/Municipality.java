package no.helseplan.municipality;

import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A municipality (nb: <i>kommune</i>, nn: <i>kommune / herad</i>) as a plan names it: its four-digit number
 * (<i>kommunenummer</i>) and name, such as 1515 Herøy or 4621 Voss.
 *
 * <p>The number is the one valid when the plan was made: Sør-Varanger's plan of 2021 carries 5444, the number
 * of 2020–2023.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMunicipality.class)
@JsonDeserialize(builder = Municipality.Builder.class)
public abstract class Municipality {
  Municipality() {}

  /**
   * Returns a new builder of {@code Municipality} values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the four-digit municipality number (kommunenummer), such as "1515".
   *
   * @return the four-digit municipality number (kommunenummer), such as "1515"
   */
  public abstract String getNumber();

  /**
   * Returns the name of the municipality, such as "Herøy".
   *
   * @return the name of the municipality, such as "Herøy"
   */
  public abstract String getName();

  /**
   * Obtains a municipality from its number and name.
   *
   * @param number the four-digit number
   * @param name the name
   * @return the municipality
   */
  public static Municipality of(String number, String name) {
    return builder().number(number).name(name).build();
  }

  @Value.Check
  void checkNumber() {
    String number = getNumber();
    if (number.length() != 4 || !number.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalStateException("A municipality number has four digits, not '" + number + "'");
    }
  }

  /** Builds {@link Municipality} values; obtain one with {@link Municipality#builder()}. */
  public static final class Builder extends ImmutableMunicipality.Builder {
    Builder() {}
  }
}
