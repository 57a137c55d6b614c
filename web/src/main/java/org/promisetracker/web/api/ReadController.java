package org.promisetracker.web.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.promisetracker.api.summary.FindPlanSummary;
import org.promisetracker.api.summary.PlanSummary;
import org.promisetracker.api.view.FindHistory;
import org.promisetracker.api.view.FindPlan;
import org.promisetracker.api.view.FindPlanDashboard;
import org.promisetracker.api.view.FindPlans;
import org.promisetracker.api.view.FindReport;
import org.promisetracker.api.view.FindReports;
import org.promisetracker.api.view.FindRestatements;
import org.promisetracker.api.view.History;
import org.promisetracker.api.view.ItemKind;
import org.promisetracker.api.view.PlanDashboard;
import org.promisetracker.api.view.PlanHeader;
import org.promisetracker.api.view.PlanList;
import org.promisetracker.api.view.ReportList;
import org.promisetracker.api.view.ReportView;
import org.promisetracker.api.view.Restatements;
import org.promisetracker.api.view.Verification;
import org.promisetracker.api.view.VerifyReport;
import org.promisetracker.web.security.PlanAccess;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The read API of API.md. Every read takes {@code asAt} (a date, default today in the service's
 * zone) and {@code knownAt} (an instant, default now) where it makes sense.
 */
@RestController
// negotiated before the handler runs: a refused Accept is a 406 problem, not a half-written answer
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
class ReadController {

    private final Queries queries;
    private final Clock clock;

    private final PlanAccess access;

    ReadController(Queries queries, Clock clock, PlanAccess access) {
        this.queries = queries;
        this.clock = clock;
        this.access = access;
    }

    /** The plans the user may see: every plan for a global role, else those they are a member of. */
    @GetMapping("/api/v1/plans")
    List<PlanHeader> plans(Authentication user) {
        Predicate<String> visible = access.visiblePlans(user);
        return queries.one(new FindPlans(), PlanList.class, "The read side did not answer.").plans().stream()
                .filter(plan -> visible.test(plan.planId()))
                .toList();
    }

    @GetMapping("/api/v1/plans/{planId}")
    PlanHeader plan(@PathVariable String planId) {
        return queries.one(new FindPlan(planId), PlanHeader.class, noPlan(planId));
    }

    @GetMapping("/api/v1/plans/{planId}/summary")
    PlanSummary summary(
            @PathVariable String planId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant knownAt) {
        return queries.one(
                new FindPlanSummary(planId, asAtOrToday(asAt), knownAtOrNow(knownAt)),
                PlanSummary.class,
                noPlan(planId));
    }

    @GetMapping("/api/v1/plans/{planId}/dashboard")
    PlanDashboard dashboard(
            @PathVariable String planId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant knownAt) {
        return queries.one(
                new FindPlanDashboard(planId, asAtOrToday(asAt), knownAtOrNow(knownAt)),
                PlanDashboard.class,
                noPlan(planId));
    }

    @GetMapping("/api/v1/actions/{actionId}/history")
    History actionHistory(@PathVariable String actionId) {
        return history(actionId, ItemKind.ACTION, "There is no action " + actionId + ".");
    }

    @GetMapping("/api/v1/benefits/{benefitId}/history")
    History benefitHistory(@PathVariable String benefitId) {
        return history(benefitId, ItemKind.BENEFIT, "There is no benefit " + benefitId + ".");
    }

    @GetMapping("/api/v1/plans/{planId}/reports")
    List<ReportView> reports(@PathVariable String planId) {
        queries.one(new FindPlan(planId), PlanHeader.class, noPlan(planId));
        return queries.one(new FindReports(planId), ReportList.class, noPlan(planId))
                .reports();
    }

    @GetMapping("/api/v1/reports/{reportId}")
    ReportView report(@PathVariable String reportId) {
        return queries.one(new FindReport(reportId), ReportView.class, noReport(reportId));
    }

    @GetMapping("/api/v1/reports/{reportId}/verification")
    Verification verification(@PathVariable String reportId) {
        return queries.one(new VerifyReport(reportId), Verification.class, noReport(reportId));
    }

    @GetMapping("/api/v1/reports/{reportId}/restatements")
    Restatements restatements(@PathVariable String reportId) {
        return queries.one(new FindRestatements(reportId), Restatements.class, noReport(reportId));
    }

    private History history(String id, ItemKind kind, String notFound) {
        History history = queries.one(new FindHistory(id), History.class, notFound);
        if (history.kind() != kind) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, notFound);
        }
        return history;
    }

    private LocalDate asAtOrToday(LocalDate asAt) {
        return asAt != null ? asAt : LocalDate.now(clock);
    }

    private Instant knownAtOrNow(Instant knownAt) {
        return knownAt != null ? knownAt : clock.instant();
    }

    private static String noPlan(String planId) {
        return "There is no plan " + planId + ".";
    }

    private static String noReport(String reportId) {
        return "There is no report " + reportId + ".";
    }
}
