package org.promisetracker.api.benefit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Fields left {@code null} keep what the measurement said before. */
public record CorrectMeasurement(@TargetAggregateIdentifier String benefitId, String measurementId,
                                 BigDecimal value, String evidence, LocalDate effectiveDate, String reason) {
}
