package org.promisetracker.api.benefit;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;

@Revision("1")
public record MeasurementRecorded(String benefitId, String planId, String measurementId, LocalDate effectiveDate,
                                  BigDecimal value, String evidence, String source) {
}
