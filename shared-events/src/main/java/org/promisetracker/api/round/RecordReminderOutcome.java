package org.promisetracker.api.round;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records what became of a recorded reminder: sent, not sent (and why), or failed (and how). */
public record RecordReminderOutcome(
        @TargetAggregateIdentifier String roundId, String reminderId, ReminderOutcome outcome, String detail) {}
