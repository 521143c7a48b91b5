/**
 * Validation of plan data (nb/nn: <i>validering / kontroll</i>): findings with severity, location and message.
 */
@NullMarked
package no.helseplan.validation;

import org.jspecify.annotations.NullMarked;
