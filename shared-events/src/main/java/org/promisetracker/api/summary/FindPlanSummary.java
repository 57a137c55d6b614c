package org.promisetracker.api.summary;

import java.time.Instant;
import java.time.LocalDate;

/** The committee summary of a plan as at {@code asAt}, as known at {@code knownAt}. Answers {@link PlanSummary}. */
public record FindPlanSummary(String planId, LocalDate asAt, Instant knownAt) {}
