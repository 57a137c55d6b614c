package org.promisetracker.web.page;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.promisetracker.api.benefit.AssessRag;
import org.promisetracker.api.benefit.Rag;
import org.springframework.format.annotation.DateTimeFormat;

record RagForm(
        @NotNull(message = "Choose green, amber or red.") Rag rag,

        @NotNull(message = "Enter the date the assessment applies from.") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate effectiveDate,

        @NotBlank(message = "Give the reason for this assessment.") String rationale,

        String lateReason) {

    static RagForm asAt(LocalDate today) {
        return new RagForm(null, today, null, null);
    }

    AssessRag command(String benefitId) {
        return new AssessRag(benefitId, rag, effectiveDate, rationale, Blank.toNull(lateReason));
    }
}
