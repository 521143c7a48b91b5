package no.helseplan.validation;

import java.time.LocalDate;
import java.util.Objects;
import no.helseplan.municipality.MunicipalityRegister;

/**
 * Says whether a municipality number (nb/nn: <i>kommunenummer</i>) existed on a date: the view of the
 * municipality register that the rule {@link Rule#MUNICIPALITY_UNKNOWN} needs.
 *
 * <p>By default a {@link PlanValidator} uses the register bundled with the library
 * ({@link MunicipalityRegister#bundled()}); pass another to
 * {@link PlanValidator.Builder#municipalities(MunicipalityDirectory)}, such as {@link #of(MunicipalityRegister)}
 * over a register read from your own file, or a lambda:
 * <pre>{@code
 * MunicipalityDirectory directory = (number, date) -> myRegister.contains(number, date);
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

  /**
   * Obtains a directory backed by a municipality register: a number exists on a date when an entry of the
   * register with that number is valid on that date.
   *
   * @param register  the register, not null
   * @return the directory, not null
   */
  static MunicipalityDirectory of(MunicipalityRegister register) {
    Objects.requireNonNull(register, "register");
    return register::isValid;
  }
}
