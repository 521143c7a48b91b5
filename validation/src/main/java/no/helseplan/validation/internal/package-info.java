/**
 * Internals of plan validation (nb/nn: <i>validering</i>), not exported: the Hibernate Validator constraint
 * mapping, the one custom constraint and its checks, and the UN SDG code list. May change without notice.
 */
@NullMarked
package no.helseplan.validation.internal;

import org.jspecify.annotations.NullMarked;
