package no.helseplan.facility;

import java.util.List;
import java.util.Optional;
import no.helseplan.measure.Amount;
import no.helseplan.measure.Resources;
import no.helseplan.provenance.Provenance;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Places, dwellings or a building a plan needs (nb: <i>boliger, plasser og bygg</i>, nn: <i>bustader, plassar
 * og bygg</i>), such as "20 omsorgsbustader i 2027, Husbanken-tilskot 45 %": the kind, how many, where, the year
 * they are needed, the investment cost and its financing, and the ids of the measures that deliver them.
 *
 * <p>The {@link #getCount() count} counts units of the {@link #getKind() kind}: dwellings for
 * {@link FacilityKind#SUPPORTED_HOUSING}, places for {@link FacilityKind#NURSING_HOME_PLACE}, buildings for
 * {@link FacilityKind#HEALTH_CENTRE}. It may be a range ("8–10 plassar"). The words printed stay in
 * {@link #getText()}.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFacility.class)
@JsonDeserialize(builder = Facility.Builder.class)
public abstract class Facility {
  Facility() {}

  /**
   * Returns a new builder of {@code Facility} values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the identifier of the facility, unique within its plan.
   *
   * @return the identifier of the facility, unique within its plan
   */
  public abstract String getId();

  /**
   * Returns the kind of place, dwelling or building.
   *
   * @return the kind of place, dwelling or building
   */
  public abstract FacilityKind getKind();

  /**
   * Returns what the plan does with it: new, extended, converted and so on.
   *
   * @return what the plan does with it: new, extended, converted and so on
   */
  public abstract Optional<FacilityChange> getChange();

  /**
   * Returns the name, such as "Helsehuset i Fosnavåg".
   *
   * @return the name, such as "Helsehuset i Fosnavåg"
   */
  public abstract Optional<String> getName();

  /**
   * Returns the need as printed, verbatim, such as "20 omsorgsbustader i 2027".
   *
   * @return the need as printed, verbatim, such as "20 omsorgsbustader i 2027"
   */
  public abstract Optional<String> getText();

  /**
   * Returns how many places, dwellings or buildings: exact or a range.
   *
   * @return how many places, dwellings or buildings: exact or a range
   */
  public abstract Optional<Amount> getCount();

  /**
   * Returns where, as printed, such as "Myrvåg sentrum" or "tomta ved Frøystad".
   *
   * @return where, as printed, such as "Myrvåg sentrum" or "tomta ved Frøystad"
   */
  public abstract Optional<String> getLocation();

  /**
   * Returns the year the places are needed or to be ready.
   *
   * @return the year the places are needed or to be ready
   */
  public abstract Optional<Integer> getYearNeeded();

  /**
   * Returns the investment cost, with the words printed (nb: investeringskostnad, nn: investeringskostnad).
   *
   * @return the investment cost, with the words printed (nb: investeringskostnad, nn: investeringskostnad)
   */
  public abstract Optional<Resources> getCost();

  /**
   * Returns how the investment is paid for, such as a Husbanken grant, borrowing or own funds (nb/nn: finansiering).
   *
   * @return how the investment is paid for, such as a Husbanken grant, borrowing or own funds (nb/nn: finansiering)
   */
  public abstract Optional<Resources> getFinancing();

  /**
   * Returns the ids of the measures that deliver the facility.
   *
   * @return the ids of the measures that deliver the facility
   */
  public abstract List<String> getMeasures();

  /**
   * Returns any other text about the facility, verbatim.
   *
   * @return any other text about the facility, verbatim
   */
  public abstract Optional<String> getDescription();

  /**
   * Returns where this was taken from: document, page, section heading and original wording.
   *
   * @return where this was taken from: document, page, section heading and original wording
   */
  public abstract Optional<Provenance> getProvenance();

  /** Builds {@link Facility} values; obtain one with {@link Facility#builder()}. */
  public static final class Builder extends ImmutableFacility.Builder {
    Builder() {}
  }
}
