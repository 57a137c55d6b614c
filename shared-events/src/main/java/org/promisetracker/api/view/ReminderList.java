package org.promisetracker.api.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.promisetracker.api.round.ReminderOccasion;

/**
 * Who was reminded of what in a round, and what became of each reminder: {@code outcome} is
 * {@code SENT}, {@code NOT_SENT} or {@code FAILED}, or {@code UNKNOWN} while none is recorded (the
 * node stopped between recording and sending: it is not sent again).
 */
public record ReminderList(String roundId, List<Reminder> reminders) {

    public record Reminder(
            String reminderId,
            String username,
            LocalDate day,
            ReminderOccasion occasion,
            List<String> itemIds,
            Instant recordedAt,
            String recordedBy,
            String outcome,
            String detail,
            Instant outcomeAt) {}
}
