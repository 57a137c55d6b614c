package org.promisetracker.api.admin;

import java.time.Instant;

/** A rebuild's progress as an administrator reads it; the rate and the time left are estimates. */
public record RebuildProgress(
        boolean rebuilding,
        String liveSchema,
        String targetSchema,
        Instant startedAt,
        long eventsTotal,
        long eventsDone,
        double eventsPerSecond,
        Long secondsLeft) {}
