package org.promisetracker.api.benefit;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * Replaces what measurement {@code measurementId} says, from now on, with the reason. Carries the
 * whole corrected measurement, so a reader needs no earlier correction to know what it now says;
 * the original and every earlier correction stay in the log.
 */
@Revision("1")
public record MeasurementCorrected(
        String benefitId,
        String planId,
        String measurementId,
        LocalDate effectiveDate,
        BigDecimal value,
        String evidence,
        String reason) {}
