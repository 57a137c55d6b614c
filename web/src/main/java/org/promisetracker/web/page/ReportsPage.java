package org.promisetracker.web.page;

import java.util.Set;
import org.promisetracker.api.view.FindPlan;
import org.promisetracker.api.view.FindReport;
import org.promisetracker.api.view.FindReports;
import org.promisetracker.api.view.FindRestatements;
import org.promisetracker.api.view.Fingerprint;
import org.promisetracker.api.view.PlanHeader;
import org.promisetracker.api.view.ReportList;
import org.promisetracker.api.view.ReportView;
import org.promisetracker.api.view.Restatements;
import org.promisetracker.api.view.Verification;
import org.promisetracker.api.view.VerifyReport;
import org.promisetracker.web.api.Queries;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Published reports as frozen, and for auditors their verification (when asked) and restatements. */
@Controller
class ReportsPage {

    private static final Set<String> AUDITING = Set.of("ROLE_AUDITOR", "ROLE_ADMIN");

    private final Queries queries;

    ReportsPage(Queries queries) {
        this.queries = queries;
    }

    @GetMapping("/plans/{planId}/reports")
    String reports(@PathVariable String planId, Model model) {
        model.addAttribute(
                "plan", queries.one(new FindPlan(planId), PlanHeader.class, "There is no plan " + planId + "."));
        model.addAttribute(
                "reports",
                queries.one(new FindReports(planId), ReportList.class, "There is no plan " + planId + ".")
                        .reports());
        return "reports";
    }

    @GetMapping("/reports/{reportId}")
    String report(
            @PathVariable String reportId,
            @RequestParam(defaultValue = "false") boolean verify,
            Authentication user,
            Model model) {
        ReportView report = report(reportId);
        model.addAttribute("report", report);
        model.addAttribute("fingerprint", new Fingerprint(report.sha256()));
        model.addAttribute("noneRestated", Set.of());
        model.addAttribute(
                "plan",
                queries.one(
                        new FindPlan(report.planId()), PlanHeader.class, "There is no plan " + report.planId() + "."));
        model.addAttribute("audits", audits(user));
        // a replay of the whole log, so only when an auditor asks for it; the query bus does not
        // know who asks, so the page keeps the API's rule: auditors only
        if (verify && audits(user)) {
            model.addAttribute(
                    "verification",
                    queries.one(
                            new VerifyReport(reportId), Verification.class, "There is no report " + reportId + "."));
        }
        return "report";
    }

    @GetMapping("/reports/{reportId}/restatements")
    String restatements(@PathVariable String reportId, Model model) {
        ReportView report = report(reportId);
        model.addAttribute("report", report);
        model.addAttribute(
                "restatements",
                queries.one(
                        new FindRestatements(reportId), Restatements.class, "There is no report " + reportId + "."));
        return "restatements";
    }

    private ReportView report(String reportId) {
        return queries.one(new FindReport(reportId), ReportView.class, "There is no report " + reportId + ".");
    }

    private static boolean audits(Authentication user) {
        return user != null
                && user.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(AUDITING::contains);
    }
}
