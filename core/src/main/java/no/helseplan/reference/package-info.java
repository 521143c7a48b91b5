/**
 * What a plan points to: other plans and documents (nb: <i>henvisning / lenke</i>, nn: <i>tilvising /
 * lenkje</i>) and the laws, regulations and national reforms it rests on (nb/nn: <i>lovgrunnlag /
 * forankring</i>); and the plan's own attachments (nb/nn: <i>vedlegg</i>).
 */
@NullMarked
@HelseplanStyle
package no.helseplan.reference;

import no.helseplan.internal.HelseplanStyle;
import org.jspecify.annotations.NullMarked;
