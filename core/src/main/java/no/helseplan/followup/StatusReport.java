package no.helseplan.followup;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.helseplan.provenance.Provenance;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A status report on a goal or measure (nb/nn: <i>statusrapport / rapportering</i>), such as a line of an annual
 * report (nb/nn: <i>årsmelding</i>): the year or date, the status, a comment and the actual values of indicators.
 *
 * <p>A report names a year, a date or both; the document it comes from is its {@link #getProvenance()
 * provenance}.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStatusReport.class)
@JsonDeserialize(builder = StatusReport.Builder.class)
public abstract class StatusReport {
  StatusReport() {}

  /**
   * Returns a new builder of {@code StatusReport} values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the year reported on.
   *
   * @return the year reported on
   */
  public abstract Optional<Integer> getYear();

  /**
   * Returns the date of the report.
   *
   * @return the date of the report
   */
  public abstract Optional<LocalDate> getDate();

  /**
   * Returns the status, when it can be read.
   *
   * @return the status, when it can be read
   */
  public abstract Optional<ReportStatus> getStatus();

  /**
   * Returns the status as printed, verbatim, such as "Starta opp, held fram i 2026".
   *
   * @return the status as printed, verbatim, such as "Starta opp, held fram i 2026"
   */
  public abstract Optional<String> getStatusText();

  /**
   * Returns the comment, verbatim (nb/nn: kommentar / merknad).
   *
   * @return the comment, verbatim (nb/nn: kommentar / merknad)
   */
  public abstract Optional<String> getComment();

  /**
   * Returns the actual values of indicators.
   *
   * @return the actual values of indicators
   */
  public abstract List<ReportedValue> getValues();

  /**
   * Returns where this was taken from: document, page, section heading and original wording.
   *
   * @return where this was taken from: document, page, section heading and original wording
   */
  public abstract Optional<Provenance> getProvenance();
  /**
   * Returns the year the report is about: its year, else the year of its date.
   *
   * @return the year
   */
  @JsonIgnore
  public int getReportYear() {
    return getYear().orElseGet(() -> getDate().orElseThrow().getYear());
  }

  @Value.Check
  void check() {
    if (getYear().isEmpty() && getDate().isEmpty()) {
      throw new IllegalStateException("A status report needs a year or a date");
    }
  }


  /** Builds {@link StatusReport} values; obtain one with {@link StatusReport#builder()}. */
  public static final class Builder extends ImmutableStatusReport.Builder {
    Builder() {}
  }
}
