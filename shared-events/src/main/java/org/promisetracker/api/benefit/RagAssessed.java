package org.promisetracker.api.benefit;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record RagAssessed(String benefitId, String planId, Rag rag, LocalDate effectiveDate, String rationale) {
}
