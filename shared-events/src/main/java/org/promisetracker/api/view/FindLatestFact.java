package org.promisetracker.api.view;

/** Answers the {@link LatestFact} of an action or benefit: its latest fact recorded since round {@code roundId} opened. */
public record FindLatestFact(String roundId, String itemId) {}
