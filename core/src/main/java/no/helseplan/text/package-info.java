/**
 * Free text of a plan that fits no typed field: titled sections (nb/nn: <i>kapittel / avsnitt</i>) with
 * paragraphs and bullet lists (nb/nn: <i>punktliste</i>) that may nest; and the tools every phrase reader uses
 * on such text: {@link no.helseplan.text.TextRepair} mends what PDF extraction breaks (hyphenation across
 * lines), and {@link no.helseplan.text.WrittenStandard} tells Bokmål from Nynorsk (nb/nn: <i>målform</i>).
 */
@NullMarked
@HelseplanStyle
package no.helseplan.text;

import no.helseplan.internal.HelseplanStyle;
import org.jspecify.annotations.NullMarked;
