package org.promisetracker.api.view;

import java.time.Instant;
import java.time.LocalDate;
import org.promisetracker.api.summary.PlanSummary;

/**
 * A published report as frozen at its publication: the summary and every item as at the report
 * date, as known then. {@code sha256} is the hash of its canonical JSON ({@link #canonicalJson}).
 * {@code chainHead}: the plan's chain hash at the report's own event when it was frozen (none where
 * the log is in Axon Server), which a later walk of the log must still reach.
 */
public record ReportView(
        String reportId,
        String planId,
        String committee,
        LocalDate reportDate,
        String title,
        Instant publishedAt,
        String publishedBy,
        PlanSummary summary,
        PlanItems items,
        String sha256,
        String canonicalJson,
        String chainHead) {}
