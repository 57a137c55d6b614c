package org.promisetracker.query.asat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A known-at instant as PostgreSQL compares it. The JDBC driver rounds nanoseconds to the nearest
 * microsecond, which could count an event recorded a nanosecond after the instant; rounding down
 * is exact, since no recorded-at is finer than a microsecond.
 */
public final class KnownAt {

    private KnownAt() {}

    public static Timestamp bind(Instant knownAt) {
        return Timestamp.from(knownAt.truncatedTo(ChronoUnit.MICROS));
    }
}
