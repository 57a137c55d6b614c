package org.promisetracker.api.round;

import java.util.List;

/**
 * The answer to a {@link RecordReminder}: the items the recorded reminder names, or none when
 * nothing was recorded (the person was reminded of this round today already, nothing of theirs is
 * due any more, or the round is signed off).
 */
public record ReminderDecision(String reminderId, List<String> itemIds) {

    public ReminderDecision {
        itemIds = itemIds == null ? List.of() : List.copyOf(itemIds);
    }

    public static ReminderDecision none(String reminderId) {
        return new ReminderDecision(reminderId, List.of());
    }

    public boolean recorded() {
        return !itemIds.isEmpty();
    }
}
