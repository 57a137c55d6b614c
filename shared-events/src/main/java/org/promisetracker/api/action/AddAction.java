package org.promisetracker.api.action;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AddAction(
        @TargetAggregateIdentifier String actionId,
        String planId,
        String areaId,
        String ref,
        String title,
        String leadOfficer,
        LocalDate dueDate,
        String outcomeMeasures,
        LocalDate effectiveFrom,
        List<Foundation> foundations,
        String phase) {

    public AddAction {
        foundations = foundations == null ? List.of() : List.copyOf(foundations);
    }
}
