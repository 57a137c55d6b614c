package org.promisetracker.api.view;

/** Answers {@link ReportView}, or nothing for an unknown report. */
public record FindReport(String reportId) {}
