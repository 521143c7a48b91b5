package no.helseplan.timeframe;

import java.util.Optional;
import java.time.LocalDate;
import java.time.Period;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A duration rather than a date (nb/nn: <i>tidsramme</i>): "innan 1 veke" after an event, or "Tidsramme: 1 år"
 * for a project.
 *
 * <p>A lasting duration is counted from the document date when there is one; a duration within an event has
 * no calendar dates.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRelative.class)
@JsonDeserialize(builder = Relative.Builder.class)
public abstract non-sealed class Relative implements Timeframe {
  Relative() {}

  /**
   * Returns a new builder of {@code Relative} time frames.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains a duration counted from an anchor.
   *
   * @param text the verbatim text, such as "innan 1 veke"
   * @param duration the duration
   * @param anchor what the duration is counted from
   * @return the time frame
   */
  public static Relative of(String text, java.time.Period duration, RelativeAnchor anchor) {
    return builder().text(text).duration(duration).anchor(anchor).build();
  }

  @Override
  public abstract String getText();

  /**
   * Returns the duration, such as one week or one year.
   *
   * @return the duration
   */
  public abstract Period getDuration();

  /**
   * Returns what the duration is counted from.
   *
   * @return the anchor
   */
  public abstract RelativeAnchor getAnchor();

  @Override
  public final TimeframeKind getKind() {
    return TimeframeKind.RELATIVE;
  }

  @Override
  public Optional<LocalDateRange> getBounds(TimeframeContext context) {
    if (getAnchor() != RelativeAnchor.LASTING || context.getDocumentDate().isEmpty()) {
      return Optional.empty();
    }
    LocalDate start = context.getDocumentDate().get();
    return Optional.of(LocalDateRange.of(start, start.plus(getDuration())));
  }

  /** Builds {@link Relative} time frames; obtain one with {@link Relative#builder()}. */
  public static final class Builder extends ImmutableRelative.Builder {
    Builder() {}
  }
}
