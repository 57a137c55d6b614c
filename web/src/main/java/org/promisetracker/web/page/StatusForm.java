package org.promisetracker.web.page;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.promisetracker.api.action.ActionStatus;
import org.promisetracker.api.action.ChangeActionStatus;
import org.springframework.format.annotation.DateTimeFormat;

record StatusForm(
        @NotNull(message = "Choose the action's status.") ActionStatus status,

        @NotNull(message = "Enter the date the status applies from.") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate effectiveDate,

        String comment,
        String supersededBy,
        String lateReason) {

    static StatusForm asAt(LocalDate today) {
        return new StatusForm(null, today, null, null, null);
    }

    ChangeActionStatus command(String actionId) {
        return new ChangeActionStatus(
                actionId, status, effectiveDate, comment, Blank.toNull(supersededBy), Blank.toNull(lateReason));
    }
}
