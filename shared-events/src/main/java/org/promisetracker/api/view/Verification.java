package org.promisetracker.api.view;

/**
 * The report re-derived by replaying the event log up to its publication, without the projection
 * tables. {@code sha256} is the re-derived hash; {@code matches} whether it equals the stored one.
 */
public record Verification(String reportId, boolean matches, String sha256, String storedSha256, long replayedEvents) {}
