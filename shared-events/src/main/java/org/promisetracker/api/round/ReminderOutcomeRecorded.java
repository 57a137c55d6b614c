package org.promisetracker.api.round;

import org.axonframework.serialization.Revision;

/** What became of a reminder; {@code detail} says why it was not sent or how it failed. */
@Revision("1")
public record ReminderOutcomeRecorded(
        String roundId, String planId, String reminderId, ReminderOutcome outcome, String detail) {}
