/**
 * The vocabulary of the model in Bokmål, Nynorsk and English (nb: <i>ordliste / begreper</i>, nn: <i>ordliste /
 * omgrep</i>): the {@link no.helseplan.vocabulary.Language languages}, the {@link no.helseplan.vocabulary.Label
 * labels} every concept and constant carries, reached through {@link no.helseplan.vocabulary.Labelled}, and
 * {@link no.helseplan.vocabulary.LocalizedText text given in several languages}.
 */
@NullMarked
@HelseplanStyle
package no.helseplan.vocabulary;

import no.helseplan.internal.HelseplanStyle;
import org.jspecify.annotations.NullMarked;
