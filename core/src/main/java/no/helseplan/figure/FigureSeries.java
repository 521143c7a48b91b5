package no.helseplan.figure;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Optional;
import no.helseplan.provenance.Provenance;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A series of figures a plan rests on (nb: <i>tallserie / statistikk / fremskrivning</i>, nn: <i>talserie /
 * statistikk / framskriving</i>): what is measured, its unit, a value per year, where the figures come from and,
 * per value, whether it is observed or forecast.
 *
 * <pre>{@code
 * FigureSeries over80 = FigureSeries.builder()
 *     .name("Innbyggjarar 80 år og eldre")
 *     .unit("personar")
 *     .dataSource("SSB, hovudalternativet (MMMM)")
 *     .addValues(FigureValue.observed(2024, BigDecimal.valueOf(612)))
 *     .addValues(FigureValue.forecast(2030, BigDecimal.valueOf(845)))
 *     .build();
 * }</pre>
 *
 * <p>Two values for one year are allowed here and reported by validation.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFigureSeries.class)
@JsonDeserialize(builder = FigureSeries.Builder.class)
public abstract class FigureSeries {
  FigureSeries() {}

  /**
   * Returns a new builder of {@code FigureSeries} values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns what is measured, as named in the plan.
   *
   * @return what is measured, as named in the plan
   */
  public abstract String getName();

  /**
   * Returns the unit, such as "personar", "prosent" or "kr per innbyggjar".
   *
   * @return the unit, such as "personar", "prosent" or "kr per innbyggjar"
   */
  public abstract Optional<String> getUnit();

  /**
   * Returns where the figures come from (nb: kilde, nn: kjelde), such as "SSB", "KOSTRA" or a named forecasting model.
   *
   * @return where the figures come from (nb: kilde, nn: kjelde), such as "SSB", "KOSTRA" or a named forecasting model
   */
  public abstract Optional<String> getDataSource();

  /**
   * Returns the series as printed, verbatim, such as a table caption.
   *
   * @return the series as printed, verbatim, such as a table caption
   */
  public abstract Optional<String> getText();

  /**
   * Returns the values, in the order printed.
   *
   * @return the values, in the order printed
   */
  public abstract List<FigureValue> getValues();

  /**
   * Returns where this was taken from: document, page, section heading and original wording.
   *
   * @return where this was taken from: document, page, section heading and original wording
   */
  public abstract Optional<Provenance> getProvenance();
  /**
   * Returns the first value for a year.
   *
   * @param year the year
   * @return the value, or empty when the series has none for the year
   */
  public Optional<FigureValue> valueIn(int year) {
    return getValues().stream().filter(v -> v.getYear() == year).findFirst();
  }

  /**
   * Tells whether any value of the series is a forecast.
   *
   * @return true when a value is of kind {@link FigureKind#FORECAST}
   */
  @JsonIgnore
  public boolean isForecast() {
    return getValues().stream().anyMatch(v -> v.getKind() == FigureKind.FORECAST);
  }


  /** Builds {@link FigureSeries} values; obtain one with {@link FigureSeries#builder()}. */
  public static final class Builder extends ImmutableFigureSeries.Builder {
    Builder() {}
  }
}
