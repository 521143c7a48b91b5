package no.helseplan.validation.internal;

import no.helseplan.validation.Rule;
import no.helseplan.io.Severity;

/**
 * The dynamic payload of every violation a {@link Check} reports: the rule, the severity for this plan, the
 * JSON pointer relative to the validated element and the offending value as text.
 *
 * @param rule  the rule broken
 * @param severity  the severity
 * @param pointer  a JSON pointer relative to the element the violation's property path names
 * @param value  the offending value as text
 */
public record Located(Rule rule, Severity severity, String pointer, String value) {}
