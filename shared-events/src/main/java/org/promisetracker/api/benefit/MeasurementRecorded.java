package org.promisetracker.api.benefit;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record MeasurementRecorded(
        String benefitId,
        String planId,
        String measurementId,
        LocalDate effectiveDate,
        BigDecimal value,
        String evidence,
        String source) {}
