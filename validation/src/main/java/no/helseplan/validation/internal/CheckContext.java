package no.helseplan.validation.internal;

import no.helseplan.validation.MunicipalityDirectory;
import no.helseplan.validation.WrittenStandardDetector;
import org.jspecify.annotations.Nullable;

/**
 * What the checks need from outside the plan: the municipality register and the written-standard detector,
 * either of which may be absent (then its rule is not checked).
 *
 * @param municipalities  the register view, or null
 * @param writtenStandard  the detector, or null
 */
public record CheckContext(@Nullable MunicipalityDirectory municipalities,
    @Nullable WrittenStandardDetector writtenStandard) {}
