package org.promisetracker.api.view;

/** Whether the read model had caught up before the wait ran out. */
public record ReadModelCaughtUp(boolean caughtUp) {}
