package no.helseplan.plan;

import java.util.List;
import java.util.Optional;
import no.helseplan.municipality.Municipality;
import no.helseplan.responsibility.Actor;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Cooperation with other municipalities or bodies on a service (nb/nn: <i>interkommunalt samarbeid / kjøp av
 * tenester</i>), such as Rødøy's cooperation with Lurøy and Træna on a psychologist.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCooperationAgreement.class)
@JsonDeserialize(builder = CooperationAgreement.Builder.class)
public abstract class CooperationAgreement {
  CooperationAgreement() {}

  /**
   * Returns a new builder of {@code CooperationAgreement} values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the services cooperated on, as named, such as "psykolog".
   *
   * @return the services cooperated on, as named, such as "psykolog"
   */
  public abstract List<String> getServices();

  /**
   * Returns the partner municipalities.
   *
   * @return the partner municipalities
   */
  public abstract List<Municipality> getMunicipalities();

  /**
   * Returns partners that are not municipalities, such as a health trust.
   *
   * @return partners that are not municipalities, such as a health trust
   */
  public abstract List<Actor> getOtherPartners();

  /**
   * Returns the form of the cooperation, such as "vertskommunesamarbeid" or "kjøp av tjenester".
   *
   * @return the form of the cooperation, such as "vertskommunesamarbeid" or "kjøp av tjenester"
   */
  public abstract Optional<String> getForm();

  /**
   * Returns what the plan says of it, verbatim.
   *
   * @return what the plan says of it, verbatim
   */
  public abstract Optional<String> getDescription();

  /** Builds {@link CooperationAgreement} values; obtain one with {@link CooperationAgreement#builder()}. */
  public static final class Builder extends ImmutableCooperationAgreement.Builder {
    Builder() {}
  }
}
