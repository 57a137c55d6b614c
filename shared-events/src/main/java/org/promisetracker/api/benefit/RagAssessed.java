package org.promisetracker.api.benefit;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Revision 2 added {@code lateReason}, as {@link MeasurementRecorded} did. */
@Revision("2")
public record RagAssessed(
        String benefitId, String planId, Rag rag, LocalDate effectiveDate, String rationale, String lateReason) {

    public RagAssessed(String benefitId, String planId, Rag rag, LocalDate effectiveDate, String rationale) {
        this(benefitId, planId, rag, effectiveDate, rationale, null);
    }
}
