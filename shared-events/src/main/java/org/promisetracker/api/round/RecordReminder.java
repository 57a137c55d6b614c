package org.promisetracker.api.round;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records, before it is sent, a reminder to {@code username} of the round's items {@code itemIds}
 * (those they are assigned). The round keeps only the items still due or returned, and records at
 * most one reminder a person a day (in the service's zone); what it recorded is answered as a
 * {@link ReminderDecision}, and only a recorded reminder is sent.
 */
public record RecordReminder(
        @TargetAggregateIdentifier String roundId,
        String reminderId,
        String username,
        ReminderOccasion occasion,
        List<String> itemIds) {}
