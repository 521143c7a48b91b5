package no.helseplan.validation.internal;

import java.util.Map;
import no.helseplan.validation.Rule;
import no.helseplan.io.Severity;

/**
 * One problem a {@link Check} found, before it becomes a constraint violation.
 *
 * @param rule  the rule broken
 * @param severity  the severity for this plan
 * @param pointer  a JSON pointer relative to the checked element ("" for the element itself)
 * @param keySuffix  the suffix of the message key below the rule's key, or ""
 * @param value  the offending value as text
 * @param parameters  further message parameters, by name
 */
public record Issue(Rule rule, Severity severity, String pointer, String keySuffix, String value,
    Map<String, Object> parameters) {

  /**
   * Returns the message key, such as {@code helseplan.year.out-of-range.period.start}.
   *
   * @return the message key
   */
  public String messageKey() {
    return keySuffix.isEmpty() ? rule.getMessageKey() : rule.getMessageKey() + "." + keySuffix;
  }
}
