/**
 * Helpers of the file readers and writers (nb/nn: <i>hjelpeklassar</i>); not exported, may change without
 * notice.
 */
@NullMarked
package no.helseplan.io.internal;

import org.jspecify.annotations.NullMarked;
