package org.promisetracker.api.action;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record RecordProgressNote(@TargetAggregateIdentifier String actionId, LocalDate effectiveDate, String text) {
}
