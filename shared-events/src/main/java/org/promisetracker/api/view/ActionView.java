package org.promisetracker.api.view;

import java.time.LocalDate;
import org.promisetracker.api.action.ActionStatus;

/**
 * An action as at a date, as known at an instant: its status from the latest status change on or
 * before the date (ties to the later recorded), NOT_STARTED with no date when there is none.
 * Overdue: past its due date on the as-at date and neither completed nor superseded.
 */
public record ActionView(
        String actionId,
        String areaId,
        String ref,
        String title,
        String leadOfficer,
        LocalDate dueDate,
        ActionStatus status,
        LocalDate statusDate,
        String statusComment,
        String supersededBy,
        Note latestNote,
        boolean overdue) {

    public record Note(LocalDate effectiveDate, String text) {}
}
