package org.promisetracker.api.view;

/**
 * Wait, at most {@code waitMillis}, until the read model shows every event stored so far (so a page
 * that has just recorded something shows it after the redirect); answered by {@link ReadModelCaughtUp}.
 */
public record AwaitReadModel(long waitMillis) {}
