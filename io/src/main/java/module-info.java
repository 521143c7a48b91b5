/**
 * Plans as JSON, YAML and CSV files, read safely from untrusted input.
 */
module no.helseplan.io {
  requires transitive no.helseplan.core;
  requires transitive tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires tools.jackson.dataformat.csv;
  requires static org.jspecify;

  exports no.helseplan.io;
}
