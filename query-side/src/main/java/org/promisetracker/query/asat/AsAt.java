package org.promisetracker.query.asat;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The two times of a bitemporal question: effective on or before {@code date}, recorded at or
 * before {@code knownAt} and, for a report, before the report's own position in the log (two
 * events may share a millisecond; they never share a position).
 */
public record AsAt(LocalDate date, Instant knownAt, long beforePosition) {

    public static AsAt of(LocalDate date, Instant knownAt) {
        return new AsAt(date, knownAt, Long.MAX_VALUE);
    }

    public boolean knows(Instant recordedAt, long position) {
        return !recordedAt.isAfter(knownAt) && position < beforePosition;
    }
}
