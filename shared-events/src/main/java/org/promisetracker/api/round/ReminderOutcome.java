package org.promisetracker.api.round;

/** What became of a recorded reminder. */
public enum ReminderOutcome {
    /** The mail server accepted the message. */
    SENT,
    /** It was never handed to a mail server: none is configured, or the person has no known e-mail address. */
    NOT_SENT,
    /** The mail server refused it or could not be reached. */
    FAILED
}
