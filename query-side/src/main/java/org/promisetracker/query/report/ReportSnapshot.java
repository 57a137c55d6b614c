package org.promisetracker.query.report;

import java.time.Instant;
import java.time.LocalDate;
import org.promisetracker.api.report.ReportPublished;
import org.promisetracker.api.summary.PlanSummary;
import org.promisetracker.api.view.PlanItems;
import org.promisetracker.query.asat.AsAt;
import org.promisetracker.query.summary.Summaries;

/**
 * What a committee was told: the report's particulars, the summary and every item as at the report
 * date, as known at publication. The same record whether derived from the projection tables (when
 * frozen) or by replaying the log (when verified), so the two hashes are comparable.
 */
public record ReportSnapshot(
        String reportId,
        String planId,
        String committee,
        LocalDate reportDate,
        String title,
        Instant publishedAt,
        PlanSummary summary,
        PlanItems items) {

    static AsAt cut(ReportPublished report, Instant publishedAt, long position) {
        return new AsAt(report.reportDate(), publishedAt, position);
    }

    static ReportSnapshot of(ReportPublished report, Instant publishedAt, PlanItems items) {
        PlanSummary summary = Summaries.of(report.planId(), report.reportDate(), publishedAt, items);
        return new ReportSnapshot(
                report.reportId(),
                report.planId(),
                report.committee(),
                report.reportDate(),
                report.title(),
                publishedAt,
                summary,
                items);
    }
}
