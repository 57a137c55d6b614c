package org.promisetracker.api.summary;

import java.time.Instant;
import java.time.LocalDate;

/** The counts and the narrative sentence of API.md's committee summary. */
public record PlanSummary(
        String planId,
        LocalDate asAt,
        Instant knownAt,
        ActionCounts actions,
        BenefitCounts benefits,
        String narrative) {}
