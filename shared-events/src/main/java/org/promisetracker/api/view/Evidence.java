package org.promisetracker.api.view;

/**
 * A walk of one plan's tamper-evident chain: how many of its events the log holds, the chain head
 * recorded with the last one appended, whether every event still gives its chain hash and follows
 * the one before it, and if not, the first that does not, with why. {@code kept} is false where
 * the log is not in this service's database (Axon Server), so there is no chain to walk.
 */
public record Evidence(String planId, boolean kept, long events, String head, boolean intact, Broken firstBroken) {

    /** {@code position} and {@code eventId} name the event; a removed last event has only its id. */
    public record Broken(Long position, String eventId, String reason) {}
}
