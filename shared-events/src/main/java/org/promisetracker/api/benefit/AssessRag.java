package org.promisetracker.api.benefit;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code lateReason}: as for {@link RecordMeasurement}. */
public record AssessRag(
        @TargetAggregateIdentifier String benefitId,
        Rag rag,
        LocalDate effectiveDate,
        String rationale,
        String lateReason) {

    public AssessRag(String benefitId, Rag rag, LocalDate effectiveDate, String rationale) {
        this(benefitId, rag, effectiveDate, rationale, null);
    }
}
