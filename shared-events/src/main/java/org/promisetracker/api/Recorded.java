package org.promisetracker.api;

import java.time.Instant;

/**
 * What every command answers: the event that records the fact, and when it was stored. A create
 * repeated with the same id and body answers the event that first recorded it.
 */
public record Recorded(String eventId, Instant recordedAt) {}
