package org.promisetracker.web.page;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.promisetracker.api.report.PublishReport;
import org.springframework.format.annotation.DateTimeFormat;

record ReportForm(
        @NotBlank(message = "Enter the committee the report is for.") String committee,

        @NotNull(message = "Enter the report date.") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate reportDate,

        @NotBlank(message = "Enter the report's title.") String title) {

    static ReportForm asAt(LocalDate today) {
        return new ReportForm(null, today, null);
    }

    PublishReport command(String reportId, String planId) {
        return new PublishReport(reportId, planId, committee, reportDate, title);
    }
}
