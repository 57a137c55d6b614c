package org.promisetracker.api.view;

/** Answers {@link PlanHeader}, or nothing for an unknown plan. */
public record FindPlan(String planId) {}
