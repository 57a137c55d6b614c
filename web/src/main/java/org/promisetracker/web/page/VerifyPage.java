package org.promisetracker.web.page;

import java.util.List;
import org.promisetracker.web.api.FingerprintChecks;
import org.promisetracker.web.api.Queries;
import org.promisetracker.web.security.PlanAccess;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Check a paper: type the fingerprint printed at the foot of its pages, and see which report it is,
 * whether the log still derives that report, and whether the log is intact up to it. Every paper
 * links here; anyone signed in may check one.
 */
@Controller
class VerifyPage {

    private final Queries queries;

    private final PlanAccess access;

    VerifyPage(Queries queries, PlanAccess access) {
        this.queries = queries;
        this.access = access;
    }

    @GetMapping("/verify")
    String verify(@RequestParam(required = false) String fingerprint, Model model, Authentication user) {
        model.addAttribute("fingerprint", fingerprint == null ? "" : fingerprint);
        if (fingerprint == null || fingerprint.isBlank()) {
            return "verify";
        }
        try {
            model.addAttribute("check", FingerprintChecks.ask(queries, fingerprint, null, access.visiblePlans(user)));
        } catch (ResponseStatusException e) {
            if (e.getStatusCode().value() != 400) {
                throw e;
            }
            model.addAttribute(
                    "errorSummary", new ErrorSummary(List.of(new ErrorSummary.Item("#fingerprint", e.getReason()))));
        }
        return "verify";
    }
}
