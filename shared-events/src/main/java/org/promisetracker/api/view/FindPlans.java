package org.promisetracker.api.view;

/** Answers the {@link PlanList} of every plan. */
public record FindPlans() {}
