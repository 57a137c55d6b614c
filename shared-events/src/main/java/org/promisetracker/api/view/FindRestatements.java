package org.promisetracker.api.view;

/** Answers {@link Restatements}, or nothing for an unknown report. */
public record FindRestatements(String reportId) {}
