/**
 * The five real municipal health and care plans as data (nb/nn: <i>eksempelplanar</i>), loaded by name with
 * {@link no.helseplan.examples.Examples}, and example programs that use the library.
 */
package no.helseplan.examples;
