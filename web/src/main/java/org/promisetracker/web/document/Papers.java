package org.promisetracker.web.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.promisetracker.api.view.ActionView;
import org.promisetracker.api.view.BenefitView;
import org.promisetracker.api.view.FindPlan;
import org.promisetracker.api.view.FindPlanDashboard;
import org.promisetracker.api.view.FindReport;
import org.promisetracker.api.view.Fingerprint;
import org.promisetracker.api.view.PlanDashboard;
import org.promisetracker.api.view.PlanHeader;
import org.promisetracker.api.view.ReportView;
import org.promisetracker.web.api.Queries;
import org.promisetracker.web.words.Show;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Makes the {@link Paper} of a published report, from its frozen snapshot and the plan's header
 * alone (never from the read model as it is now, which may have been restated since), or of a plan
 * as at any date. The print view and every document are made from these.
 */
@Component
public class Papers {

    private final Queries queries;
    private final Show show;
    private final String publicUrl;

    Papers(Queries queries, Show show, @Value("${tracker.public-url:}") String publicUrl) {
        this.queries = queries;
        this.show = show;
        this.publicUrl = publicUrl.strip();
    }

    public ReportView report(String reportId) {
        return queries.one(new FindReport(reportId), ReportView.class, "There is no report " + reportId + ".");
    }

    public PlanDashboard dashboard(String planId, LocalDate asAt, Instant knownAt) {
        return queries.one(
                new FindPlanDashboard(planId, asAt, knownAt), PlanDashboard.class, "There is no plan " + planId + ".");
    }

    public Paper of(ReportView report) {
        PlanHeader plan = queries.one(
                new FindPlan(report.planId()), PlanHeader.class, "There is no plan " + report.planId() + ".");
        Fingerprint fingerprint = new Fingerprint(report.sha256());
        return new Paper(
                report.title(),
                plan.title(),
                plan.organisation(),
                report.committee(),
                report.title(),
                "As at " + show.date(report.reportDate()) + ", as reported to " + report.committee(),
                "Published " + show.instant(report.publishedAt()) + " by " + report.publishedBy(),
                null,
                report.reportDate(),
                report.publishedAt(),
                report.summary(),
                areasOf(plan, report.items().actions(), report.items().benefits()),
                fingerprint,
                verifyUrl(fingerprint));
    }

    public Paper of(PlanDashboard dashboard) {
        String label = labelOf(dashboard.areaLabel());
        return new Paper(
                dashboard.title() + " as at " + show.date(dashboard.asAt()),
                dashboard.title(),
                dashboard.organisation(),
                null,
                null,
                "As at " + show.date(dashboard.asAt()) + ", as known at " + show.instant(dashboard.knownAt()),
                null,
                Paper.NOT_PUBLISHED,
                dashboard.asAt(),
                dashboard.knownAt(),
                dashboard.summary(),
                dashboard.areas().stream()
                        .map(area -> new Paper.Area(
                                heading(label, area.number(), area.title()), area.actions(), area.benefits()))
                        .toList(),
                null,
                null);
    }

    /**
     * The snapshot's items by area, as the dashboard groups them: a benefit in the area of its first
     * action. A benefit none of whose actions counted on the date still counted itself, so it is
     * listed after the areas rather than left off the paper.
     */
    private static List<Paper.Area> areasOf(PlanHeader plan, List<ActionView> actions, List<BenefitView> benefits) {
        String label = labelOf(plan.areaLabel());
        Map<String, String> areaOfAction = new HashMap<>();
        Map<String, List<ActionView>> actionsOf = new LinkedHashMap<>();
        for (ActionView action : actions) {
            areaOfAction.put(action.actionId(), action.areaId());
            actionsOf.computeIfAbsent(action.areaId(), id -> new ArrayList<>()).add(action);
        }
        Map<String, List<BenefitView>> benefitsOf = new HashMap<>();
        List<BenefitView> elsewhere = new ArrayList<>();
        for (BenefitView benefit : benefits) {
            benefit.actionIds().stream()
                    .map(areaOfAction::get)
                    .filter(areaId -> areaId != null)
                    .findFirst()
                    .ifPresentOrElse(
                            areaId -> benefitsOf
                                    .computeIfAbsent(areaId, id -> new ArrayList<>())
                                    .add(benefit),
                            () -> elsewhere.add(benefit));
        }
        List<Paper.Area> areas = new ArrayList<>();
        for (PlanHeader.AreaHeader area : plan.areas()) {
            areas.add(new Paper.Area(
                    heading(label, area.number(), area.title()),
                    actionsOf.getOrDefault(area.areaId(), List.of()),
                    benefitsOf.getOrDefault(area.areaId(), List.of())));
        }
        if (!elsewhere.isEmpty()) {
            areas.add(new Paper.Area("Benefits whose actions did not count yet on this date", List.of(), elsewhere));
        }
        return areas;
    }

    private static String labelOf(String areaLabel) {
        return areaLabel == null || areaLabel.isBlank() ? "Area" : areaLabel;
    }

    private static String heading(String label, int number, String title) {
        return label + " " + number + ": " + title;
    }

    /** The configured public address when there is one: behind a proxy the request's own may be internal. */
    private String verifyUrl(Fingerprint fingerprint) {
        UriComponentsBuilder base = publicUrl.isEmpty()
                ? ServletUriComponentsBuilder.fromCurrentContextPath()
                : UriComponentsBuilder.fromUriString(publicUrl.replaceAll("/+$", ""));
        return base.path("/verify")
                .queryParam("fingerprint", fingerprint.shortForm().replace(" ", ""))
                .build()
                .toUriString();
    }
}
