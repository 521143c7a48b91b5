package no.helseplan.cli;

/** The output format of a command: aligned text for people, or JSON, a stable contract, for programs. */
enum OutputFormat {
  /** Text for people to read; do not parse it. */
  text,
  /** JSON: a stable contract, described in each command's help. */
  json
}
