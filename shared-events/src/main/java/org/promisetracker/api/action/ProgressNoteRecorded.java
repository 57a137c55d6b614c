package org.promisetracker.api.action;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * Commentary on an action's progress, without a change of status. Revision 2 added {@code
 * lateReason}, as {@link ActionStatusChanged} did.
 */
@Revision("2")
public record ProgressNoteRecorded(
        String actionId, String planId, LocalDate effectiveDate, String text, String lateReason) {

    public ProgressNoteRecorded(String actionId, String planId, LocalDate effectiveDate, String text) {
        this(actionId, planId, effectiveDate, text, null);
    }
}
