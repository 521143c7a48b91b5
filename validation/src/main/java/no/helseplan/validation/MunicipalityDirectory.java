package no.helseplan.validation;

import java.time.LocalDate;

/**
 * Says whether a municipality number (nb/nn: <i>kommunenummer</i>) existed on a date: the view of the
 * municipality register that the rule {@link Rule#MUNICIPALITY_UNKNOWN} needs.
 *
 * <p>Pass one to {@link PlanValidator.Builder#municipalities(MunicipalityDirectory)}; without one the rule is
 * not checked. A lambda over any register will do:
 * <pre>{@code
 * MunicipalityDirectory directory = (number, date) -> register.find(number, date).isPresent();
 * }</pre>
 *
 * <p>Implementation Requirements: implementations must be thread-safe, as one validator is shared.
 */
@FunctionalInterface
public interface MunicipalityDirectory {

  /**
   * Returns whether a municipality had the given number on the given date.
   *
   * @param number  the four-digit municipality number, such as "1515", not null
   * @param date  the date, not null
   * @return true if the number belonged to a municipality on that date
   */
  boolean exists(String number, LocalDate date);
}
