/**
 * Free text of a plan that fits no typed field: titled sections (nb/nn: <i>kapittel / avsnitt</i>) with
 * paragraphs and bullet lists (nb/nn: <i>punktliste</i>) that may nest.
 */
@NullMarked
@HelseplanStyle
package no.helseplan.text;

import no.helseplan.internal.HelseplanStyle;
import org.jspecify.annotations.NullMarked;
