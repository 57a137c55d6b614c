package org.promisetracker.api.benefit;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code lateReason}: as for {@code ChangeActionStatus}. */
public record RecordMeasurement(
        @TargetAggregateIdentifier String benefitId,
        String measurementId,
        LocalDate effectiveDate,
        BigDecimal value,
        String evidence,
        String source,
        String lateReason) {

    public RecordMeasurement(
            String benefitId,
            String measurementId,
            LocalDate effectiveDate,
            BigDecimal value,
            String evidence,
            String source) {
        this(benefitId, measurementId, effectiveDate, value, evidence, source, null);
    }
}
