package org.promisetracker.api.action;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record ChangeActionStatus(@TargetAggregateIdentifier String actionId, ActionStatus status,
                                 LocalDate effectiveDate, String comment, String supersededBy) {
}
