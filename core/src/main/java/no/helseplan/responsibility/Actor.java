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
@JsonDeserialize(builder = Actor.Builder.class)
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

  /**
   * Classifies an actor by the words of its name, in Bokmål or Nynorsk; never throws.
   *
   * <p>The first word that names a kind decides, as Norwegian names put the head first ("Avdeling for barn,
   * familie og helse" is a department, "Dagleg leiar ved Svingen" and "Rektor Herøy ungdomskule" are roles); in a
   * compound word the last part decides ("eigedomsavdelinga" is a department, "digitaliseringsleiar" a role). With a
   * genitive the owned thing decides ("Rådmannen si leiargruppe" is a leadership group). The words:
   * <ul>
   *   <li>{@link ActorKind#LEADERSHIP_GROUP}: leiargruppe/ledergruppe and their forms, leiarteam, leiinga;
   *   <li>{@link ActorKind#WORKING_GROUP}: any other -gruppe/-gruppa (strategigruppa, prosjektgruppe,
   *       styringsgruppe), nettverk, forum;
   *   <li>{@link ActorKind#COUNCIL}: -råd/-rådet (eldrerådet), brukarutval/brukerutvalg;
   *   <li>{@link ActorKind#POLITICAL_BODY}: -styre/-styret (kommunestyret, heradsstyret), formannskap, utval/utvalg
   *       (Utval for levekår), politikarar/politikere;
   *   <li>{@link ActorKind#EXTERNAL_PARTNER}: NAV, Husbanken, spesialisthelsetenesta/-tjenesten, helseføretak,
   *       sjukehus/sykehus, Statsforvaltaren, fylkeskommunen, nabokommunane/-kommunene, kommunane, USHT, KS,
   *       universitet, høgskule, frivillige lag og organisasjonar, kriminalomsorga;
   *   <li>{@link ActorKind#SECTOR}: sektor (sektor helse og omsorg), kommunalavdeling, tenesteområde; and a bare
   *       field name ("Helse og omsorg", "kultur og oppvekst");
   *   <li>{@link ActorKind#SECTION}: seksjon; {@link ActorKind#DEPARTMENT}: avdeling/-avdelinga/-avdelingen;
   *   <li>{@link ActorKind#ROLE}: kommunalsjef, rådmann, kommunedirektør, rektor, dagleg leiar/daglig leder,
   *       kommuneoverlege, -leiar/-leder, -sjef, -koordinator, rådgivar, tillitsvalt, verneombod, prosjekteigar;
   *   <li>{@link ActorKind#SERVICE}: eining/enhet, -tenesta/-tjenesten (heimetenesta), -senteret, -sentralen,
   *       -kontoret, -team, sjukeheim, skule/skole, barnehage, legevakt;
   *   <li>{@link ActorKind#STAFF}: tilsette/ansatte, medarbeidarar, and "alle …" (alle tilsette, alle leiarane);
   *   <li>{@link ActorKind#WHOLE_ORGANISATION}: heile/hele organisasjonen or kommunen, resten av organisasjonen,
   *       alle einingar, kommunen.
   * </ul>
   * Anything else, such as a bare place name ("Svingen"), is {@link ActorKind#OTHER}.
   *
   * @param name the name as written, not null
   * @return the kind of actor, {@link ActorKind#OTHER} when no word tells
   */
  public static ActorKind classify(String name) {
    java.util.Objects.requireNonNull(name, "name");
    return ResponsibilityReader.classify(name);
  }

  /** Builds {@link Actor} values; obtain one with {@link Actor#builder()}. */
  public static final class Builder extends ImmutableActor.Builder {
    Builder() {}
  }
}
