package org.promisetracker.api.view;

import java.time.Instant;
import java.time.LocalDate;

/** Answers {@link PlanDashboard}. */
public record FindPlanDashboard(String planId, LocalDate asAt, Instant knownAt) {}
