package org.promisetracker.api.view;

/** Answers {@link Verification}, or nothing for an unknown report. */
public record VerifyReport(String reportId) {}
