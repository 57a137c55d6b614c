package org.promisetracker.api.view;

/** Answers the plan's {@link org.promisetracker.api.plan.PlanMembers} as projected, or nothing for an unknown plan. */
public record FindPlanMembers(String planId) {}
