package org.promisetracker.web.page;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.promisetracker.api.plan.AddArea;

record AreaForm(
        @NotNull(message = "Enter the area's number.") @Positive(message = "The number is 1 or more.") Integer number,

        @NotBlank(message = "Enter the area's title.") String title) {

    static AreaForm numbered(int next) {
        return new AreaForm(next, null);
    }

    AddArea command(String planId, String areaId) {
        return new AddArea(planId, areaId, number, title);
    }
}
