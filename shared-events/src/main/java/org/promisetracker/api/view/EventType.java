package org.promisetracker.api.view;

/**
 * The events a history or a restatement lists. Each constant is named exactly as its event's type in
 * shared-events, so the JSON says {@code "event": "MeasurementRecorded"} as an auditor reads it in the
 * log, and a reader switches on a constant, not on a string.
 */
public enum EventType {
    ActionAdded,
    ActionStatusChanged,
    ProgressNoteRecorded,
    BenefitAdded,
    MeasurementRecorded,
    MeasurementCorrected,
    RagAssessed
}
