/**
 * Norwegian municipalities (nb: <i>kommune</i>, nn: <i>kommune / herad</i>), identified by their four-digit
 * number (nb/nn: <i>kommunenummer</i>), and the register that resolves a number or name on a given day.
 *
 * <p>{@link no.helseplan.municipality.Municipality} is the number and name a plan states.
 * {@link no.helseplan.municipality.MunicipalityRegister} is the municipal division (nb/nn:
 * <i>kommuneinndeling</i>) over time: the 357 municipalities from 2024-01-01, the 356 of 2020–2023 and those
 * of 2019 that the municipal reform (nb/nn: <i>kommunereforma / kommunereformen</i>) changed, each a
 * {@link no.helseplan.municipality.MunicipalityEntry} with its official names in Norwegian, Sami and Kven
 * (nb/nn: <i>samisk namn / navn</i>, {@link no.helseplan.municipality.NameLanguage}), its validity and its
 * successors. A name look-up gives a {@link no.helseplan.municipality.NameMatch}: none, one, or ambiguous.
 */
@NullMarked
@HelseplanStyle
package no.helseplan.municipality;

import no.helseplan.internal.HelseplanStyle;
import org.jspecify.annotations.NullMarked;
