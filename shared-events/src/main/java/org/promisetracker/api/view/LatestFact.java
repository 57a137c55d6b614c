package org.promisetracker.api.view;

/** The event id of the item's latest fact since the round opened; null when none is recorded. */
public record LatestFact(String eventId) {}
