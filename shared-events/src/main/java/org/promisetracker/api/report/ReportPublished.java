package org.promisetracker.api.report;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A progress report to a committee, as at {@code reportDate}. The event's timestamp is the
 * publication instant: what the committee was told is the plan as at the report date, as known then.
 * A report published from a reporting round names it, and who signed it off when
 * ({@code roundId}, {@code signedOffBy}, {@code signedOffAt}; all null for a report published
 * without a round, and for every report of revision 1).
 */
@Revision("2")
public record ReportPublished(
        String reportId,
        String planId,
        String committee,
        LocalDate reportDate,
        String title,
        String roundId,
        String signedOffBy,
        Instant signedOffAt) {

    /** A report published without a round. */
    public ReportPublished(String reportId, String planId, String committee, LocalDate reportDate, String title) {
        this(reportId, planId, committee, reportDate, title, null, null, null);
    }
}
