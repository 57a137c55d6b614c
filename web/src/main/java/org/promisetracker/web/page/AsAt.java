package org.promisetracker.web.page;

import java.time.Instant;
import java.time.LocalDate;
import org.promisetracker.api.view.ReportView;
import org.promisetracker.web.words.Show;

/**
 * Which view of a plan a page shows: the current one, a past date as we know it now, or a date as
 * it was reported (knownAt = the report's publication). {@code report} is null unless as reported.
 */
public record AsAt(LocalDate asAt, Instant knownAt, boolean current, ReportView report) {

    /** "As at 20 February 2023, as we know it now" and its variants, for banners. */
    public String describe(Show show) {
        String date = "as at " + show.date(asAt);
        if (report != null) {
            return date + ", as reported to " + report.committee() + " in \"" + report.title() + "\" (published "
                    + show.instant(report.publishedAt()) + ")";
        }
        if (current) {
            return date + ", as known at " + show.instant(knownAt);
        }
        return date + ", as we know it now";
    }
}
