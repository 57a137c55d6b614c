package org.promisetracker.query.readmodel;

import org.promisetracker.api.view.EventType;

/**
 * The kinds of dated fact in the {@code fact} table ({@code fact.kind} holds the name), each with
 * the event it is projected from, by the name an auditor sees in a history.
 */
public enum FactKind {
    STATUS(EventType.ActionStatusChanged),
    NOTE(EventType.ProgressNoteRecorded),
    MEASUREMENT(EventType.MeasurementRecorded),
    CORRECTION(EventType.MeasurementCorrected),
    RAG(EventType.RagAssessed);

    private final EventType event;

    FactKind(EventType event) {
        this.event = event;
    }

    public EventType event() {
        return event;
    }

    /** The kind a {@code fact.kind} column holds. */
    public static FactKind of(String column) {
        return valueOf(column);
    }
}
