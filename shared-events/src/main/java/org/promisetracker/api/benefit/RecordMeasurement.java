package org.promisetracker.api.benefit;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordMeasurement(
        @TargetAggregateIdentifier String benefitId,
        String measurementId,
        LocalDate effectiveDate,
        BigDecimal value,
        String evidence,
        String source) {}
