/**
 * Plans as CSV tables (nb/nn: <i>tabellar / tabeller</i>), one row per measure, for spreadsheets, R and pandas.
 */
@NullMarked
package no.helseplan.io.csv;

import org.jspecify.annotations.NullMarked;
