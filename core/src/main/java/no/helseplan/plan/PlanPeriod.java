package no.helseplan.plan;

import java.util.Optional;
import no.helseplan.timeframe.TimeframeContext;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The period a plan applies to (nb/nn: <i>planperiode</i>), from one year to another, such as 2025–2028; either
 * end may be open.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlanPeriod.class)
@JsonDeserialize(builder = PlanPeriod.Builder.class)
public abstract class PlanPeriod {
  PlanPeriod() {}

  /**
   * Returns a new builder of {@code PlanPeriod} values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the first year of the period, when stated.
   *
   * @return the first year of the period, when stated
   */
  public abstract Optional<Integer> getStart();

  /**
   * Returns the last year of the period, when stated.
   *
   * @return the last year of the period, when stated
   */
  public abstract Optional<Integer> getEnd();

  /**
   * Obtains the period from one year to another, both included.
   *
   * @param start the first year
   * @param end the last year
   * @return the period
   */
  public static PlanPeriod of(int start, int end) {
    return builder().start(start).end(end).build();
  }

  /**
   * Obtains a period that starts in a year and has no stated end.
   *
   * @param start the first year
   * @return the period
   */
  public static PlanPeriod from(int start) {
    return builder().start(start).build();
  }

  /**
   * Tells whether a year lies in this period; an open end contains every year on that side.
   *
   * @param year the year
   * @return true when the year is in the period
   */
  public boolean contains(int year) {
    return getStart().map(s -> s <= year).orElse(true) && getEnd().map(e -> year <= e).orElse(true);
  }

  /**
   * Returns the time-frame context of this period, used to bound "ongoing" time frames and to give a year
   * to dates written without one.
   *
   * @return the context
   */
  public TimeframeContext toContext() {
    return TimeframeContext.builder().periodStart(getStart()).periodEnd(getEnd()).build();
  }

  /** Builds {@link PlanPeriod} values; obtain one with {@link PlanPeriod#builder()}. */
  public static final class Builder extends ImmutablePlanPeriod.Builder {
    Builder() {}
  }
}
