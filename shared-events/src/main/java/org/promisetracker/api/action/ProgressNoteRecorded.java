package org.promisetracker.api.action;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Commentary on an action's progress, without a change of status. */
@Revision("1")
public record ProgressNoteRecorded(String actionId, String planId, LocalDate effectiveDate, String text) {}
