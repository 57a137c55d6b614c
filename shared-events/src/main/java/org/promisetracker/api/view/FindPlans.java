package org.promisetracker.api.view;

/** Answers a list of {@link PlanHeader}. */
public record FindPlans() {}
