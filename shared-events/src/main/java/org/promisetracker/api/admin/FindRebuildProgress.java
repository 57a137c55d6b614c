package org.promisetracker.api.admin;

/** Answers the {@link RebuildProgress} of the running rebuild, or that none runs. */
public record FindRebuildProgress() {}
