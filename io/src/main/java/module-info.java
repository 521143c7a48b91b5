/**
 * Plans as JSON, YAML and CSV files, with a JSON Schema, read safely from untrusted input.
 */
module no.helseplan.io {
  requires transitive no.helseplan.core;
  requires transitive tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires tools.jackson.dataformat.csv;
  // snakeyaml-engine: the YAML code-point limit is set through its LoadSettings.
  requires org.snakeyaml.engine;
  // JSON Schema generation from the model.
  requires com.github.victools.jsonschema.generator;
  requires com.github.victools.jsonschema.module.jackson;
  requires com.fasterxml.classmate;
  // Annotations only, needed to compile, not to run.
  requires static org.jspecify;

  exports no.helseplan.io;
  exports no.helseplan.io.csv;

  // The file document and the inclusion filter are bound by reflection.
  opens no.helseplan.io.internal to tools.jackson.databind;
}
