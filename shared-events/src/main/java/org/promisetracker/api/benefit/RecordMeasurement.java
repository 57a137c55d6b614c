package org.promisetracker.api.benefit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;

public record RecordMeasurement(@TargetAggregateIdentifier String benefitId, String measurementId,
                                LocalDate effectiveDate, BigDecimal value, String evidence, String source) {
}
