package org.promisetracker.web.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.promisetracker.api.summary.PlanSummary;
import org.promisetracker.api.view.ActionView;
import org.promisetracker.api.view.BenefitView;
import org.promisetracker.api.view.Fingerprint;

/**
 * What a committee paper says, whichever way it is written (the print view, Word, PDF): the plan,
 * what it is as at, the summary and each area's actions and benefits. A published report's paper
 * carries its fingerprint and where to check it; any other view says it is not a published report,
 * so a dashboard printed on the morning of a meeting is never taken for what the committee was sent.
 */
public record Paper(
        String documentTitle,
        String planTitle,
        String organisation,
        String committee,
        String reportTitle,
        String stamp,
        String published,
        String notice,
        LocalDate asAt,
        Instant knownAt,
        PlanSummary summary,
        List<Area> areas,
        Fingerprint fingerprint,
        String verifyUrl) {

    public static final String NOT_PUBLISHED = "Not a published report";

    /** {@code heading} is "Improvement area 1: …"; benefits sit in the area of their first action. */
    public record Area(String heading, List<ActionView> actions, List<BenefitView> benefits) {}

    public boolean isPublished() {
        return fingerprint != null;
    }

    /** The lines at the foot of every page: the fingerprint and where to check it, or what this view is. */
    public List<String> footer() {
        if (fingerprint != null) {
            return List.of(
                    "Fingerprint " + fingerprint.shortForm() + ". Check this paper at " + verifyUrl,
                    "SHA-256 " + fingerprint.sha256());
        }
        return List.of(notice + ". " + stamp + ".");
    }
}
