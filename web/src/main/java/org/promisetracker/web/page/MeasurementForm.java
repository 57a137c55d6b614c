package org.promisetracker.web.page;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.promisetracker.api.benefit.RecordMeasurement;
import org.springframework.format.annotation.DateTimeFormat;

record MeasurementForm(
        @NotNull(message = "Enter the date the measurement is for.") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate effectiveDate,

        BigDecimal value,
        String evidence,

        @NotBlank(message = "Say where the measurement comes from.") String source,

        String lateReason) {

    static MeasurementForm asAt(LocalDate today) {
        return new MeasurementForm(today, null, null, null, null);
    }

    RecordMeasurement command(String benefitId) {
        return new RecordMeasurement(
                benefitId,
                UUID.randomUUID().toString(),
                effectiveDate,
                value,
                Blank.toNull(evidence),
                source,
                Blank.toNull(lateReason));
    }
}
