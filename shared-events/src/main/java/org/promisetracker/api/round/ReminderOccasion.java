package org.promisetracker.api.round;

/** The point of a round a reminder is sent at. */
public enum ReminderOccasion {
    /** Seven days before the updates are due. */
    WEEK_BEFORE,
    /** The day the updates are due. */
    DUE_TODAY,
    /** Each week after the day they were due, while they are still not submitted. */
    OVERDUE,
    /** A clerk chased the round's officers now. */
    CHASED
}
