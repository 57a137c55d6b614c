package org.promisetracker.web.page;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.promisetracker.api.plan.CreatePlan;
import org.springframework.format.annotation.DateTimeFormat;

record PlanForm(
        @NotBlank(message = "Enter the plan's title.") String title,

        @NotBlank(message = "Enter the organisation that owns the plan.") String organisation,

        @NotNull(message = "Enter the date the plan starts.") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate startDate,

        @NotNull(message = "Enter the date the plan ends.") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate endDate,

        String areaLabel) {

    static PlanForm empty() {
        return new PlanForm(null, null, null, null, null);
    }

    CreatePlan command(String planId) {
        return new CreatePlan(planId, title, organisation, startDate, endDate, Blank.toNull(areaLabel));
    }
}
