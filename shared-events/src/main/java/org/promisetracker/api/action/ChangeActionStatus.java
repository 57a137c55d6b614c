package org.promisetracker.api.action;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ChangeActionStatus(
        @TargetAggregateIdentifier String actionId,
        ActionStatus status,
        LocalDate effectiveDate,
        String comment,
        String supersededBy) {}
