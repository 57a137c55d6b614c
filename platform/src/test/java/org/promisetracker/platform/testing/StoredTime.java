package org.promisetracker.platform.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The event store keeps an event's timestamp to the millisecond. */
public final class StoredTime {

    private StoredTime() {}

    /**
     * Waits (Awaitility, no sleep) until the clock has passed {@code instant}'s millisecond, so the
     * next fact is recorded strictly later: a knownAt between two facts needs them in different ones.
     */
    public static void awaitClockPast(Instant instant) {
        await().pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(1))
                .atMost(Duration.ofSeconds(2))
                .until(() -> Instant.now().truncatedTo(ChronoUnit.MILLIS).isAfter(instant));
    }
}
