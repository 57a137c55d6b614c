package org.promisetracker.api.benefit;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record RagAssessed(String benefitId, String planId, Rag rag, LocalDate effectiveDate, String rationale) {}
