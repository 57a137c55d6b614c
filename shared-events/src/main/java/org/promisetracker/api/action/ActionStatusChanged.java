package org.promisetracker.api.action;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The action's status from {@code effectiveDate} on. A later-recorded change with the same or an
 * earlier effective date restates it; nothing is overwritten. Revision 2 added {@code lateReason}:
 * why a status dated within a period already reported to a committee was recorded after the report
 * (null when it was not, and for every revision 1 event).
 */
@Revision("2")
public record ActionStatusChanged(
        String actionId,
        String planId,
        ActionStatus status,
        LocalDate effectiveDate,
        String comment,
        String supersededBy,
        String lateReason) {

    public ActionStatusChanged(
            String actionId,
            String planId,
            ActionStatus status,
            LocalDate effectiveDate,
            String comment,
            String supersededBy) {
        this(actionId, planId, status, effectiveDate, comment, supersededBy, null);
    }
}
