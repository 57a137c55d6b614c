package org.promisetracker.api.view;

/**
 * The report re-derived by replaying the event log up to its publication, without the projection
 * tables. {@code sha256} is the re-derived hash; {@code matches} whether it equals the stored one.
 * {@code chainIntact}: whether the plan's events up to the report are still those chained then
 * (null where the log is not in this database); {@code chainBroken} the first that is not.
 */
public record Verification(
        String reportId,
        boolean matches,
        String sha256,
        String storedSha256,
        long replayedEvents,
        Boolean chainIntact,
        Evidence.Broken chainBroken) {}
