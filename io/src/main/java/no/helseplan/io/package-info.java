/**
 * Reading and writing plans as files (nb/nn: <i>filer</i>): JSON and YAML.
 */
@NullMarked
package no.helseplan.io;

import org.jspecify.annotations.NullMarked;
