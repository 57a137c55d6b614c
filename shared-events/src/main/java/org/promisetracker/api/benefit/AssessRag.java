package org.promisetracker.api.benefit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record AssessRag(@TargetAggregateIdentifier String benefitId, Rag rag, LocalDate effectiveDate,
                        String rationale) {
}
