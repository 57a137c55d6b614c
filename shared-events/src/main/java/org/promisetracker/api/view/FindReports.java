package org.promisetracker.api.view;

/** Answers a list of {@link ReportView} without their items. */
public record FindReports(String planId) {}
