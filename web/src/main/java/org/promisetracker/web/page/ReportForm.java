package org.promisetracker.web.page;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.promisetracker.api.report.PublishReport;
import org.promisetracker.api.view.RoundView;
import org.springframework.format.annotation.DateTimeFormat;

record ReportForm(
        @NotBlank(message = "Enter the committee the report is for.") String committee,

        @NotNull(message = "Enter the report date.") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate reportDate,

        @NotBlank(message = "Enter the report's title.") String title,

        String roundId) {

    static ReportForm asAt(LocalDate today) {
        return new ReportForm(null, today, null, null);
    }

    /** The report a round prepares, its committee, date and title as the round has them. */
    static ReportForm of(RoundView round) {
        return new ReportForm(round.committee(), round.reportDate(), round.title(), round.roundId());
    }

    PublishReport command(String reportId, String planId) {
        return new PublishReport(
                reportId, planId, committee, reportDate, title, roundId == null || roundId.isBlank() ? null : roundId);
    }
}
