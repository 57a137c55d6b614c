package org.promisetracker.web.page;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.promisetracker.api.action.ActionStatus;
import org.promisetracker.api.benefit.Rag;
import org.promisetracker.api.view.ActionView;
import org.promisetracker.api.view.BenefitView;
import org.promisetracker.api.view.FindPlanDashboard;
import org.promisetracker.api.view.FindReport;
import org.promisetracker.api.view.FindReports;
import org.promisetracker.api.view.PlanDashboard;
import org.promisetracker.api.view.ReportList;
import org.promisetracker.api.view.ReportView;
import org.promisetracker.web.api.Queries;
import org.promisetracker.web.document.Papers;
import org.promisetracker.web.words.Show;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A plan's dashboard and its printable committee summary, for today or any past date, as we know
 * it now or as a report told it.
 */
@Controller
class DashboardPage {

    private final Queries queries;
    private final Clock clock;
    private final Show show;
    private final Papers papers;

    DashboardPage(Queries queries, Clock clock, Show show, Papers papers) {
        this.queries = queries;
        this.clock = clock;
        this.show = show;
        this.papers = papers;
    }

    @GetMapping("/plans/{planId}")
    String dashboard(
            @PathVariable String planId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
            @RequestParam(required = false) String report,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) ActionStatus status,
            @RequestParam(required = false) Rag rag,
            @RequestParam(defaultValue = "false") boolean overdue,
            Model model) {
        AsAt view = resolve(planId, asAt, report);
        PlanDashboard dashboard = dashboard(planId, view);
        Filter filter = new Filter(area, status, rag, overdue);

        model.addAttribute("plan", dashboard);
        model.addAttribute("parkedBanner", ParkedBanner.of(dashboard, clock.getZone()));
        model.addAttribute("view", view);
        model.addAttribute(
                "reports",
                queries.one(new FindReports(planId), ReportList.class, "There is no plan " + planId + ".")
                        .reports());
        model.addAttribute("filter", filter);
        List<PlanDashboard.Area> areas = filter.apply(dashboard.areas());
        model.addAttribute("areas", areas);
        model.addAttribute(
                "shownActions", areas.stream().mapToInt(a -> a.actions().size()).sum());
        model.addAttribute(
                "shownBenefits",
                areas.stream().mapToInt(a -> a.benefits().size()).sum());
        model.addAttribute(
                "actionCount",
                dashboard.areas().stream().mapToInt(a -> a.actions().size()).sum());
        model.addAttribute(
                "benefitCount",
                dashboard.areas().stream().mapToInt(a -> a.benefits().size()).sum());
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("rags", Rag.values());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("printLink", viewLink("/plans/{planId}/print", planId, view, null));
        model.addAttribute(
                "downloads",
                Map.of(
                        "docx", viewLink("/plans/{planId}/document", planId, view, "docx"),
                        "pdf", viewLink("/plans/{planId}/document", planId, view, "pdf"),
                        "xlsx", viewLink("/plans/{planId}/document", planId, view, "xlsx")));
        banner(model, planId, view);
        return "dashboard";
    }

    @GetMapping("/plans/{planId}/print")
    String print(
            @PathVariable String planId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
            @RequestParam(required = false) String report,
            Model model) {
        AsAt view = resolve(planId, asAt, report);
        // as reported, the paper is the frozen report itself, fingerprint and all: what the committee was sent
        model.addAttribute(
                "paper", view.report() != null ? papers.of(view.report()) : papers.of(dashboard(planId, view)));
        model.addAttribute("planId", planId);
        model.addAttribute("view", view);
        banner(model, planId, view);
        return "print";
    }

    private PlanDashboard dashboard(String planId, AsAt view) {
        return queries.one(
                new FindPlanDashboard(planId, view.asAt(), view.knownAt()),
                PlanDashboard.class,
                "There is no plan " + planId + ".");
    }

    private AsAt resolve(String planId, LocalDate asAt, String reportId) {
        if (reportId != null && !reportId.isBlank()) {
            ReportView report =
                    queries.one(new FindReport(reportId), ReportView.class, "There is no report " + reportId + ".");
            if (!report.planId().equals(planId)) {
                throw new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "There is no report " + reportId + " for this plan.");
            }
            return new AsAt(report.reportDate(), report.publishedAt(), false, report);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate date = asAt != null ? asAt : today;
        return new AsAt(date, clock.instant(), date.equals(today), null);
    }

    private void banner(Model model, String planId, AsAt view) {
        if (!view.current()) {
            model.addAttribute("asAtBanner", "Showing the plan " + view.describe(show) + ".");
            model.addAttribute("currentViewLink", "/plans/" + planId);
        }
    }

    /** A link to another rendering of the same view: as reported, as at a past date, or current. */
    private static String viewLink(String path, String planId, AsAt view, String format) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
        if (format != null) {
            link.queryParam("format", format);
        }
        if (view.report() != null) {
            link.queryParam("report", view.report().reportId());
        } else if (!view.current()) {
            link.queryParam("asAt", view.asAt());
        }
        return link.buildAndExpand(planId).encode().toUriString();
    }

    /** The dashboard's filters: status and overdue narrow the actions, RAG the benefits. */
    public record Filter(String area, ActionStatus status, Rag rag, boolean overdue) {

        public boolean active() {
            return (area != null && !area.isBlank()) || status != null || rag != null || overdue;
        }

        List<PlanDashboard.Area> apply(List<PlanDashboard.Area> areas) {
            if (!active()) {
                return areas;
            }
            List<PlanDashboard.Area> shown = new ArrayList<>();
            for (PlanDashboard.Area each : areas) {
                if (area != null && !area.isBlank() && !each.areaId().equals(area)) {
                    continue;
                }
                List<ActionView> actions =
                        each.actions().stream().filter(this::shows).toList();
                List<BenefitView> benefits =
                        each.benefits().stream().filter(this::shows).toList();
                if (!actions.isEmpty() || !benefits.isEmpty()) {
                    shown.add(new PlanDashboard.Area(each.areaId(), each.number(), each.title(), actions, benefits));
                }
            }
            return shown;
        }

        private boolean shows(ActionView action) {
            return (status == null || action.status() == status) && (!overdue || action.overdue());
        }

        private boolean shows(BenefitView benefit) {
            return rag == null || benefit.rag() == rag;
        }
    }
}
