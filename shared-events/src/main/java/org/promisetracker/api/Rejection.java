package org.promisetracker.api;

/**
 * Why a command was refused, in words an officer understands. Travels as the details of a
 * {@code CommandExecutionException}, so it reaches the HTTP layer intact even when the command ran
 * on another node.
 *
 * @param field the request field at fault, or {@code null} when the whole request is
 */
public record Rejection(Reason reason, String field, String message) {

    public enum Reason {
        /** The request breaks a rule: 400. */
        INVALID,
        /** Something named in the path does not exist: 404. */
        NOT_FOUND,
        /** It clashes with what is already recorded: 409. */
        CONFLICT,
        /** It cannot be done here just now, and trying again shortly may succeed: 503. */
        UNAVAILABLE
    }
}
