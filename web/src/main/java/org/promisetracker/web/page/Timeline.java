package org.promisetracker.web.page;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import org.promisetracker.api.view.History;
import org.promisetracker.web.words.Formats;
import org.promisetracker.web.words.Words;

/**
 * An item's history as the page shows it: when it applies, when and by whom recorded, what, and why;
 * {@code late}, why a fact within a period already reported came after the report.
 */
record Timeline(List<Row> rows) {

    record Row(
            String eventId,
            String effective,
            String recorded,
            String by,
            String what,
            String why,
            String late,
            boolean correction) {}

    static Timeline of(History history, String unit, ZoneId zone) {
        return new Timeline(
                history.entries().stream().map(entry -> row(entry, unit, zone)).toList());
    }

    private static Row row(History.Entry entry, String unit, ZoneId zone) {
        String what = switch (entry.event()) {
            case ActionAdded -> "Action added: " + entry.text();
            case BenefitAdded -> "Benefit added: " + entry.text();
            case ActionStatusChanged ->
                "Status changed to " + Words.status(entry.status()).toLowerCase()
                        + (entry.supersededBy() == null ? "" : " (superseded by another action)");
            case ProgressNoteRecorded -> "Progress note: " + entry.text();
            case MeasurementRecorded ->
                "Measurement: " + said(entry.value(), entry.evidence(), unit)
                        + (entry.source() == null ? "" : " (source: " + entry.source() + ")");
            case MeasurementCorrected -> corrected(entry, unit);
            case RagAssessed -> "RAG assessed as " + Words.rag(entry.rag());
        };
        String why = switch (entry.event()) {
            case ActionStatusChanged, MeasurementCorrected, RagAssessed -> entry.text() == null ? "" : entry.text();
            default -> "";
        };
        return new Row(
                entry.eventId(),
                Formats.date(entry.effectiveDate()),
                Formats.instant(entry.recordedAt(), zone),
                entry.recordedBy(),
                what,
                why,
                entry.lateReason(),
                entry.corrects() != null);
    }

    private static String corrected(History.Entry entry, String unit) {
        History.Corrected before = entry.correctsWhat();
        String was = before == null
                ? "an earlier measurement"
                : "the measurement of " + Formats.date(before.effectiveDate()) + " ("
                        + said(before.value(), before.evidence(), unit) + ")";
        return "Correction of " + was + ": now " + said(entry.value(), entry.evidence(), unit) + " as at "
                + Formats.date(entry.effectiveDate());
    }

    static String said(BigDecimal value, String evidence, String unit) {
        return value != null ? Formats.figure(value, unit) : evidence == null ? "" : evidence;
    }
}
