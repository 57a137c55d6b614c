package org.promisetracker.api.rules;

import org.axonframework.commandhandling.CommandExecutionException;
import org.promisetracker.api.Rejection;

/**
 * A command refused by a domain rule. The {@link Rejection} rides as the exception's details, so
 * the HTTP layer answers the same problem whether the command ran here or on another node.
 */
public abstract sealed class CommandRejected extends CommandExecutionException
        permits CommandRejected.Invalid, CommandRejected.NotFound, CommandRejected.Conflict {

    private final Rejection rejection;

    CommandRejected(Rejection rejection) {
        super(rejection.message(), null, rejection);
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }

    /** The request breaks a rule; {@code field} names the part to correct. */
    public static Invalid invalid(String field, String message) {
        return new Invalid(field, message);
    }

    public static NotFound notFound(String message) {
        return new NotFound(message);
    }

    public static Conflict conflict(String message) {
        return new Conflict(null, message);
    }

    /** It clashes with what is recorded, and {@code field} is what would resolve it (a forbidden transition). */
    public static Conflict conflict(String field, String message) {
        return new Conflict(field, message);
    }

    public static final class Invalid extends CommandRejected {
        Invalid(String field, String message) {
            super(new Rejection(Rejection.Reason.INVALID, field, message));
        }
    }

    public static final class NotFound extends CommandRejected {
        NotFound(String message) {
            super(new Rejection(Rejection.Reason.NOT_FOUND, null, message));
        }
    }

    public static final class Conflict extends CommandRejected {
        Conflict(String field, String message) {
            super(new Rejection(Rejection.Reason.CONFLICT, field, message));
        }
    }
}
