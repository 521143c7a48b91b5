package no.helseplan.plan;

import java.time.LocalDate;
import java.util.Optional;
import no.helseplan.provenance.Provenance;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A public consultation of a plan (nb: <i>høring / offentlig ettersyn</i>, nn: <i>høyring / offentleg
 * ettersyn</i>): who sent it out and when, the case number as written, the consultation period and the number
 * of submissions.
 *
 * <pre>{@code
 * Consultation consultation = Consultation.builder()
 *     .body("Formannskapet")
 *     .decisionDate(LocalDate.of(2024, 5, 2))
 *     .caseNumber("sak 28/24")
 *     .start(LocalDate.of(2024, 5, 6))
 *     .end(LocalDate.of(2024, 6, 17))
 *     .submissions(14)
 *     .build();
 * }</pre>
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableConsultation.class)
@JsonDeserialize(builder = Consultation.Builder.class)
public abstract class Consultation {
  Consultation() {}

  /**
   * Returns a new builder of {@code Consultation} values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the consultation as printed, verbatim, such as "Planen låg ute på høyring frå 6. mai til 17. juni
   * 2024".
   *
   * @return the consultation as printed, verbatim, such as "Planen låg ute på høyring frå 6. mai til 17. juni 2024"
   */
  public abstract Optional<String> getText();

  /**
   * Returns the body that sent the plan on consultation, such as "formannskapet".
   *
   * @return the body that sent the plan on consultation, such as "formannskapet"
   */
  public abstract Optional<String> getBody();

  /**
   * Returns the date of the meeting that sent it on consultation.
   *
   * @return the date of the meeting that sent it on consultation
   */
  public abstract Optional<LocalDate> getDecisionDate();

  /**
   * Returns the case number as written, such as "sak 28/14".
   *
   * @return the case number as written, such as "sak 28/14"
   */
  public abstract Optional<String> getCaseNumber();

  /**
   * Returns the first day of the consultation period.
   *
   * @return the first day of the consultation period
   */
  public abstract Optional<LocalDate> getStart();

  /**
   * Returns the last day of the consultation period (nb: høringsfrist, nn: høyringsfrist).
   *
   * @return the last day of the consultation period (nb: høringsfrist, nn: høyringsfrist)
   */
  public abstract Optional<LocalDate> getEnd();

  /**
   * Returns the number of submissions received (nb: høringsinnspill, nn: høyringsinnspel).
   *
   * @return the number of submissions received (nb: høringsinnspill, nn: høyringsinnspel)
   */
  public abstract Optional<Integer> getSubmissions();

  /**
   * Returns where this was taken from: document, page, section heading and original wording.
   *
   * @return where this was taken from: document, page, section heading and original wording
   */
  public abstract Optional<Provenance> getProvenance();

  /** Builds {@link Consultation} values; obtain one with {@link Consultation#builder()}. */
  public static final class Builder extends ImmutableConsultation.Builder {
    Builder() {}
  }
}
