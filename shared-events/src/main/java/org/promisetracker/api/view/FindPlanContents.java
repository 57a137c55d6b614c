package org.promisetracker.api.view;

/** Answers {@link PlanContents}, or nothing for an unknown plan. */
public record FindPlanContents(String planId) {}
