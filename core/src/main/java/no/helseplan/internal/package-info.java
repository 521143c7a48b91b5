/**
 * Implementation details shared by the model packages; not exported, may change without notice.
 */
@NullMarked
package no.helseplan.internal;

import org.jspecify.annotations.NullMarked;
