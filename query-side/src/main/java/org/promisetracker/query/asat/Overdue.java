package org.promisetracker.query.asat;

import java.time.LocalDate;
import org.promisetracker.api.action.ActionStatus;

public final class Overdue {

    private Overdue() {}

    /** Past its timescale on the as-at date and neither completed nor superseded. */
    public static boolean on(LocalDate asAt, LocalDate dueDate, ActionStatus status) {
        return dueDate != null && asAt.isAfter(dueDate) && !status.isTerminal();
    }
}
