package org.promisetracker.api.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.promisetracker.api.summary.PlanSummary;

/**
 * The dashboard of a plan: the summary, then each area with its actions and the benefits tracked
 * for them. {@code restated} holds the ids of items whose status, RAG or measurement as at the
 * last report's date is now known differently from what that report said, and {@code
 * restatedReasons}, for such an item, why the facts recorded since the report that bear on its
 * date came late (their late reasons, or a correction's reason). {@code parked} lists the
 * plan's items of which an event could not be projected yet: what is shown of them stops before it.
 */
public record PlanDashboard(
        String planId,
        String title,
        String organisation,
        String areaLabel,
        LocalDate asAt,
        Instant knownAt,
        PlanSummary summary,
        List<Area> areas,
        ReportRef lastReport,
        Set<String> restated,
        Map<String, List<String>> restatedReasons,
        List<ParkedItem> parked) {

    public record Area(String areaId, int number, String title, List<ActionView> actions, List<BenefitView> benefits) {}

    public record ReportRef(String reportId, String title, LocalDate reportDate, Instant publishedAt) {}
}
