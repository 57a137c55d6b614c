package org.promisetracker.web.page;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import org.promisetracker.api.action.AddAction;
import org.promisetracker.api.action.Foundation;
import org.springframework.format.annotation.DateTimeFormat;

record ActionForm(
        @NotBlank(message = "Choose the area the action belongs to.") String areaId,

        @NotBlank(message = "Enter the action's reference, such as 1.1.") String ref,

        @NotBlank(message = "Enter the action's title.") String title,

        @NotBlank(message = "Enter the lead officer's role.") String leadOfficer,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
        String outcomeMeasures,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
        List<Foundation> foundations,
        String phase) {

    static ActionForm empty() {
        return new ActionForm(null, null, null, null, null, null, null, List.of(), null);
    }

    AddAction command(String actionId, String planId) {
        return new AddAction(
                actionId,
                planId,
                areaId,
                ref,
                title,
                leadOfficer,
                dueDate,
                Blank.toNull(outcomeMeasures),
                effectiveFrom,
                foundations,
                Blank.toNull(phase));
    }
}
