package org.promisetracker.api.benefit;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Fields left {@code null} keep what the measurement said before. Its {@code reason}, always
 * required, also serves as the late reason a fact in a reported period needs.
 */
public record CorrectMeasurement(
        @TargetAggregateIdentifier String benefitId,
        String measurementId,
        BigDecimal value,
        String evidence,
        LocalDate effectiveDate,
        String reason) {}
