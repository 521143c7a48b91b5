/**
 * Small runnable programs that show the library at work (nb/nn: <i>eksempelprogram</i>): build a plan in code,
 * validate a plan file and print the report in Nynorsk, and export every measure of the bundled plans to CSV.
 * Each has a {@code main} method; the README shows how to run them.
 */
package no.helseplan.examples.programs;
