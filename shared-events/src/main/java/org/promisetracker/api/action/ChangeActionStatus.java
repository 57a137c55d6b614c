package org.promisetracker.api.action;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * {@code lateReason} says why a status dated on or before a published report's date is recorded
 * only now; it is required then, and optional otherwise.
 */
public record ChangeActionStatus(
        @TargetAggregateIdentifier String actionId,
        ActionStatus status,
        LocalDate effectiveDate,
        String comment,
        String supersededBy,
        String lateReason) {

    public ChangeActionStatus(
            String actionId, ActionStatus status, LocalDate effectiveDate, String comment, String supersededBy) {
        this(actionId, status, effectiveDate, comment, supersededBy, null);
    }
}
