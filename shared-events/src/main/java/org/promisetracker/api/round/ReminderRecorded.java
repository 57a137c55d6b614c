package org.promisetracker.api.round;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A reminder to one person of their items in the round, recorded before it is sent: on a restart
 * or on another node it is never sent again, and until its outcome is recorded it is listed as not
 * known to be sent. {@code day} is the date in the service's zone; a person gets one a round a day.
 * The person is named by username only, as they sign in; their address is looked up when sending.
 */
@Revision("1")
public record ReminderRecorded(
        String roundId,
        String planId,
        String reminderId,
        String username,
        LocalDate day,
        ReminderOccasion occasion,
        List<String> itemIds) {

    public ReminderRecorded {
        itemIds = List.copyOf(itemIds);
    }
}
