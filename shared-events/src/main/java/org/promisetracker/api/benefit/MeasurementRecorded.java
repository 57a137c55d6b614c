package org.promisetracker.api.benefit;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * Revision 2 added {@code lateReason}: why a measurement dated within a period already reported to
 * a committee was recorded after the report (null when it was not, and for every revision 1 event).
 */
@Revision("2")
public record MeasurementRecorded(
        String benefitId,
        String planId,
        String measurementId,
        LocalDate effectiveDate,
        BigDecimal value,
        String evidence,
        String source,
        String lateReason) {

    public MeasurementRecorded(
            String benefitId,
            String planId,
            String measurementId,
            LocalDate effectiveDate,
            BigDecimal value,
            String evidence,
            String source) {
        this(benefitId, planId, measurementId, effectiveDate, value, evidence, source, null);
    }
}
