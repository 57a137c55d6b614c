package org.promisetracker.api.action;

public enum ActionStatus {
    NOT_STARTED,
    ON_TARGET,
    /** Under way but behind, or not yet on target. */
    PROGRESSING,
    COMPLETED,
    /** Replaced by a named successor action of the same plan. */
    SUPERSEDED;

    /** Completed and superseded actions are only reopened with a comment that says why. */
    public boolean isTerminal() {
        return this == COMPLETED || this == SUPERSEDED;
    }
}
