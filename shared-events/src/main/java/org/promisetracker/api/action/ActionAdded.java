package org.promisetracker.api.action;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * An action of a plan, e.g. South Lanarkshire 1.1, lead officer "Service Manager (Children and
 * Justice)", due August 2019. It counts in the plan from {@code effectiveFrom}.
 */
@Revision("1")
public record ActionAdded(
        String actionId,
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

    public ActionAdded {
        foundations = foundations == null ? List.of() : List.copyOf(foundations);
    }
}
