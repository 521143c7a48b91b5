/**
 * What a plan wants to achieve: goals (nb: <i>mål / målsetting / hovedmål / delmål</i>, nn: <i>mål /
 * målsetjing / hovudmål / delmål</i>) with their indicators, and the strategies (nb/nn: <i>strategi</i>)
 * that serve them.
 */
@NullMarked
@HelseplanStyle
package no.helseplan.goal;

import no.helseplan.internal.HelseplanStyle;
import org.jspecify.annotations.NullMarked;
