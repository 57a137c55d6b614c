package org.promisetracker.web.page;

import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.promisetracker.api.benefit.CorrectMeasurement;
import org.springframework.format.annotation.DateTimeFormat;

record CorrectionForm(
        @NotBlank(message = "Choose the measurement to correct.") String measurementId,

        BigDecimal value,
        String evidence,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveDate,

        @NotBlank(message = "Say why the measurement is being corrected.") String reason) {

    static CorrectionForm empty() {
        return new CorrectionForm(null, null, null, null, null);
    }

    CorrectMeasurement command(String benefitId) {
        return new CorrectMeasurement(benefitId, measurementId, value, Blank.toNull(evidence), effectiveDate, reason);
    }
}
