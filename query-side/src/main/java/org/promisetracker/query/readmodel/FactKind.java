package org.promisetracker.query.readmodel;

/**
 * The kinds of dated fact in the {@code fact} table ({@code fact.kind} holds the name), each with
 * the event it is projected from, by the name an auditor sees in a history.
 */
public enum FactKind {
    STATUS("ActionStatusChanged"),
    NOTE("ProgressNoteRecorded"),
    MEASUREMENT("MeasurementRecorded"),
    CORRECTION("MeasurementCorrected"),
    RAG("RagAssessed");

    private final String eventName;

    FactKind(String eventName) {
        this.eventName = eventName;
    }

    public String eventName() {
        return eventName;
    }

    /** The kind a {@code fact.kind} column holds. */
    public static FactKind of(String column) {
        return valueOf(column);
    }
}
