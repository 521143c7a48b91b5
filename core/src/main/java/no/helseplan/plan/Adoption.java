package no.helseplan.plan;

import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;
import no.helseplan.provenance.Provenance;

/**
 * How and when a plan was adopted (nb: <i>vedtak</i>, nn: <i>vedtak</i>), such as Herøy's "Vedteken
 * 12.02.2026".
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAdoption.class)
@JsonDeserialize(builder = Adoption.Builder.class)
public abstract class Adoption {
  Adoption() {}

  /**
   * Returns a new builder of {@code Adoption} values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the adoption as printed, verbatim, such as "Vedteken 12.02.2026".
   *
   * @return the adoption as printed, verbatim, such as "Vedteken 12
   */
  public abstract Optional<String> getText();

  /**
   * Returns the date of the decision.
   *
   * @return the date of the decision
   */
  public abstract Optional<java.time.LocalDate> getDate();

  /**
   * Returns the deciding body, such as "kommunestyret" or "heradsstyret".
   *
   * @return the deciding body, such as "kommunestyret" or "heradsstyret"
   */
  public abstract Optional<String> getBody();

  /**
   * Returns the decision as worded in the minutes, verbatim (nb/nn: vedtaket).
   *
   * @return the decision as worded in the minutes, verbatim (nb/nn: vedtaket)
   */
  public abstract Optional<String> getDecisionText();

  /**
   * Returns where this was taken from: document, page, section heading and original wording.
   *
   * @return where this was taken from: document, page, section heading and original wording
   */
  public abstract Optional<Provenance> getProvenance();

  /**
   * Returns the case number as written, such as "PS 24/57".
   *
   * @return the case number as written, such as "PS 24/57"
   */
  public abstract Optional<String> getCaseNumber();

  /** Builds {@link Adoption} values; obtain one with {@link Adoption#builder()}. */
  public static final class Builder extends ImmutableAdoption.Builder {
    Builder() {}
  }
}
