/**
 * Where an element of a plan came from (nb: <i>kilde / kildehenvisning</i>, nn: <i>kjelde /
 * kjeldetilvising</i>): the document, page, section heading and original wording, so that a researcher can
 * cite a statement and a reader can check a transcription.
 */
@NullMarked
@HelseplanStyle
package no.helseplan.provenance;

import no.helseplan.internal.HelseplanStyle;
import org.jspecify.annotations.NullMarked;
