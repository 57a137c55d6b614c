package org.promisetracker.api.view;

/** Answers the plan's {@link ReportList}: its reports, without their items. */
public record FindReports(String planId) {}
