package org.promisetracker.api.action;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code lateReason}: as for {@link ChangeActionStatus}. */
public record RecordProgressNote(
        @TargetAggregateIdentifier String actionId, LocalDate effectiveDate, String text, String lateReason) {

    public RecordProgressNote(String actionId, LocalDate effectiveDate, String text) {
        this(actionId, effectiveDate, text, null);
    }
}
