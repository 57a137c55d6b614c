package org.promisetracker.api.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What is now known differently, as at the report's date, from what the report said. */
public record Restatements(
        String reportId, LocalDate reportDate, Instant publishedAt, Instant knownAt, List<Restatement> items) {

    /**
     * What about the item is known differently: whether it counts at all, an action's status, a
     * benefit's RAG or its latest measurement.
     */
    public enum Aspect {
        PRESENCE,
        STATUS,
        RAG,
        MEASUREMENT
    }

    /** The values are as reported and as now known. */
    public record Restatement(
            String itemId,
            ItemKind itemKind,
            String ref,
            String title,
            Aspect aspect,
            String reported,
            String current,
            List<Change> changes) {}

    /**
     * An event recorded after the report that changed what the item was as at the report date:
     * {@code why} is its comment, rationale or reason, {@code lateReason} why it came after the
     * report (a correction's reason serves as both; null for a fact recorded before reports locked
     * their period).
     */
    public record Change(
            String eventId,
            EventType event,
            LocalDate effectiveDate,
            Instant recordedAt,
            String recordedBy,
            String why,
            String lateReason) {}
}
