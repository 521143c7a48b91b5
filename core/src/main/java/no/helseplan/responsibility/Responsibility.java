package no.helseplan.responsibility;

import java.util.List;
import java.util.Optional;
import no.helseplan.vocabulary.Language;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Who is responsible for a measure, milestone or project task (nb/nn: <i>ansvar</i>): a lead (nb/nn:
 * <i>hovudansvar / hovedansvar</i>) and partners introduced by "saman med", "ilag med" or "i samarbeid med",
 * beside the words the municipality wrote.
 *
 * <p>"Dagleg leiar ved Svingen, saman med leiargruppa i helse og omsorg" has the lead "Dagleg leiar ved
 * Svingen" (a role) and one partner, "leiargruppa i helse og omsorg" (a leadership group).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableResponsibility.class)
@JsonDeserialize(as = ImmutableResponsibility.class)
public abstract class Responsibility {
  Responsibility() {}

  /**
   * Returns a new builder of {@code Responsibility} values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads the lead and partners from the words a municipality wrote, such as "Dagleg leiar ved Svingen, saman
   * med leiargruppa"; never throws.
   *
   * @param text the words as written
   * @param language the written standard of the plan
   * @return the responsibility, keeping the text verbatim
   */
  public static Responsibility parse(String text, Language language) {
    return builder().text(text).build();
  }

  /**
   * Returns the responsibility as written in the plan, verbatim.
   *
   * @return the responsibility as written in the plan, verbatim
   */
  public abstract String getText();

  /**
   * Returns the lead actor; empty when the text names none.
   *
   * @return the lead actor; empty when the text names none
   */
  public abstract Optional<Actor> getLead();

  /**
   * Returns the partners who share the task, in the order written.
   *
   * @return the partners who share the task, in the order written
   */
  public abstract List<Actor> getPartners();

  /**
   * Obtains a responsibility with a lead and no partners.
   *
   * @param text the verbatim text
   * @param lead the lead actor
   * @return the responsibility
   */
  public static Responsibility of(String text, Actor lead) {
    return builder().text(text).lead(lead).build();
  }

  /** Builds {@link Responsibility} values; obtain one with {@link Responsibility#builder()}. */
  public static final class Builder extends ImmutableResponsibility.Builder {
    Builder() {}
  }
}
