package org.promisetracker.query.report;

/** The event a fact row came from, by the name an auditor sees in the history. */
public final class EventNames {

    private EventNames() {}

    public static String of(String factKind) {
        return switch (factKind) {
            case "STATUS" -> "ActionStatusChanged";
            case "NOTE" -> "ProgressNoteRecorded";
            case "MEASUREMENT" -> "MeasurementRecorded";
            case "CORRECTION" -> "MeasurementCorrected";
            case "RAG" -> "RagAssessed";
            default -> throw new IllegalArgumentException("No event for fact kind " + factKind);
        };
    }
}
