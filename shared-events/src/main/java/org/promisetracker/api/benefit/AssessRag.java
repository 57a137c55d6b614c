package org.promisetracker.api.benefit;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AssessRag(
        @TargetAggregateIdentifier String benefitId, Rag rag, LocalDate effectiveDate, String rationale) {}
