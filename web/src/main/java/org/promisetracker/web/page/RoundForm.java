package org.promisetracker.web.page;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A new reporting round: which committee and report date it prepares, and by when updates are due. */
record RoundForm(
        @NotBlank(message = "Enter the round's title.") String title,

        @NotBlank(message = "Enter the committee the report is for.") String committee,

        @NotNull(message = "Enter the report date.") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate reportDate,

        @NotNull(message = "Enter the date updates are due.") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate updatesDue) {

    static RoundForm empty() {
        return new RoundForm(null, null, null, null);
    }
}
