/**
 * Reading and writing plans as files (nb/nn: <i>planfiler</i>): JSON and YAML through {@link
 * no.helseplan.io.PlanReader} and {@link no.helseplan.io.PlanWriter}, the JSON Schema of the format ({@link
 * no.helseplan.io.PlanSchema}), and the problems found in unreadable input ({@link
 * no.helseplan.io.PlanReadException}, {@link no.helseplan.io.ReadProblem}).
 *
 * <p><b>Format version and compatibility.</b> Every file starts with {@code formatVersion: "1.0"}. Within a major
 * version changes are additive (a newer minor may add optional properties). This reader reads version 1.0; a file of
 * a newer minor (1.1, 1.2, ...) is read with a warning, and the properties this reader does not know are reported by
 * name and location, as errors by the strict reader (the default, so nothing is dropped silently) and as warnings
 * by the lenient reader, which leaves them out. A file of another major version is refused at once with the code
 * {@code io.format-version.unsupported}. A file without a version is an error for the strict reader and a warning
 * for the lenient one. See {@code io/README.md}.
 *
 * <p><b>Untrusted input.</b> The limits of {@link no.helseplan.io.ReadLimits} apply to every read; YAML aliases and
 * anchors and duplicate keys are rejected, and no polymorphic default typing is ever enabled.
 */
@NullMarked
package no.helseplan.io;

import org.jspecify.annotations.NullMarked;
