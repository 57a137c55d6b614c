package org.promisetracker.query.asat;

import org.promisetracker.api.action.ActionStatus;

import java.time.LocalDate;

public final class Overdue {

    private Overdue() {
    }

    /** Past its timescale on the as-at date and neither completed nor superseded. */
    public static boolean on(LocalDate asAt, LocalDate dueDate, ActionStatus status) {
        return dueDate != null && asAt.isAfter(dueDate) && !status.isTerminal();
    }
}
