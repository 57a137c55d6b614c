package org.promisetracker.api.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Every event about an action or a benefit, in the order recorded; {@code parked} is not empty when
 * some of its events could not be projected yet, and are missing from {@code entries}.
 */
public record History(String subjectId, ItemKind kind, String planId, List<Entry> entries, List<ParkedItem> parked) {

    /**
     * One event: what it said, with both its times and who recorded it. {@code corrects} names the
     * measurement a correction replaces, and {@code correctsWhat} what that measurement said just
     * before the correction. {@code lateReason} says why a fact dated within a period already
     * reported to a committee was recorded after the report; a correction's reason is its {@code text}.
     */
    public record Entry(
            String eventId,
            EventType event,
            LocalDate effectiveDate,
            Instant recordedAt,
            String recordedBy,
            String status,
            String rag,
            String measurementId,
            BigDecimal value,
            String evidence,
            String source,
            String text,
            String supersededBy,
            String corrects,
            Corrected correctsWhat,
            String lateReason) {}

    public record Corrected(LocalDate effectiveDate, BigDecimal value, String evidence) {}
}
