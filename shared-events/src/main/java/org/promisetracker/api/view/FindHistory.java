package org.promisetracker.api.view;

/** The history of an action or a benefit. Answers {@link History}, or nothing for an unknown id. */
public record FindHistory(String subjectId) {}
