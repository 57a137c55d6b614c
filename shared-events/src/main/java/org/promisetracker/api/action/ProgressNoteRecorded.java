package org.promisetracker.api.action;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** Commentary on an action's progress, without a change of status. */
@Revision("1")
public record ProgressNoteRecorded(String actionId, String planId, LocalDate effectiveDate, String text) {
}
