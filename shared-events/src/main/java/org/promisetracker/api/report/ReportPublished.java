package org.promisetracker.api.report;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A progress report to a committee, as at {@code reportDate}. The event's timestamp is the
 * publication instant: what the committee was told is the plan as at the report date, as known then.
 */
@Revision("1")
public record ReportPublished(String reportId, String planId, String committee, LocalDate reportDate, String title) {}
