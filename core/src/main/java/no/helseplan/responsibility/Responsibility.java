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
@JsonDeserialize(builder = Responsibility.Builder.class)
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
   * <p>The text is repaired first with {@link no.helseplan.text.TextRepair} ("Avdelingslei- arane", "om- sorg"),
   * and the actors' names are taken from the repaired text. The rules, in Bokmål and Nynorsk alike:
   * <ul>
   *   <li>Partners follow a marker: "saman med", "sammen med", "ilag med", "i lag med", "i samarbeid med", "i
   *       samråd med", "med støtte frå/fra", "med bistand frå/fra", "støtta/støttet av"; and a bare "med" only when
   *       the words after it name an actor ("Rektor med leiargruppa"; but "Sektor for samfunnsutvikling med
   *       brukarmedverknad" is one name). The words before the first marker name the lead.
   *   <li>Several actors on one side are cut at a comma, slash, "og", "samt" or "&amp;" only where both sides name
   *       an actor of a known kind and the joint does not sit between two field words of one name ("helse og
   *       omsorg", "barn, familie og helse", "psykisk helse og rus", "helse- og omsorg"). So "Leiargruppa i helse og
   *       omsorg" and "Avdeling for barn, familie og helse" stay whole, while "Avdelingsleiar barn, familie og
   *       helse, og dagleg leiar ved Svingen" and "NAV og kvalifiseringssenteret" are two actors each.
   *   <li>Of several actors before the first marker the first is the {@linkplain #getLead() lead} and the others
   *       {@linkplain #getCoLeads() share the lead}; every actor after a marker is a {@linkplain #getPartners()
   *       partner}.
   *   <li>Each actor's kind is read from its name, as {@link Actor#classify(String)} describes.
   * </ul>
   * A text that is blank, longer than 500 characters once repaired, or of more than 80 words is kept with no
   * reading (no lead).
   *
   * @param text the words as written, not null
   * @param language the written standard of the plan, not null (both standards are read alike)
   * @return the responsibility, keeping the text verbatim
   */
  public static Responsibility parse(String text, Language language) {
    java.util.Objects.requireNonNull(text, "text");
    java.util.Objects.requireNonNull(language, "language");
    return ResponsibilityReader.read(text);
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
   * Returns the actors who share the lead with the {@linkplain #getLead() first one}, in the order written:
   * "kvalifiseringssenteret" in "NAV og kvalifiseringssenteret, saman med resten av organisasjonen". Empty when
   * one actor leads.
   *
   * @return the other leading actors, in the order written
   */
  public abstract List<Actor> getCoLeads();

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

  @Value.Check
  void check() {
    if (getLead().isEmpty() && !getCoLeads().isEmpty()) {
      throw new IllegalStateException("A responsibility with co-leads needs a lead: " + this);
    }
  }

  /** Builds {@link Responsibility} values; obtain one with {@link Responsibility#builder()}. */
  public static final class Builder extends ImmutableResponsibility.Builder {
    Builder() {}
  }
}
