package org.promisetracker.web.page;

import java.util.function.Predicate;
import org.promisetracker.api.view.FindPlans;
import org.promisetracker.api.view.PlanList;
import org.promisetracker.web.api.Queries;
import org.promisetracker.web.security.PlanAccess;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The plans the user may see: every plan for a global role, else those they are a member of. */
@Controller
class PlansPage {

    private final Queries queries;
    private final PlanAccess access;

    PlansPage(Queries queries, PlanAccess access) {
        this.queries = queries;
        this.access = access;
    }

    @GetMapping("/plans")
    String plans(Model model, Authentication user) {
        Predicate<String> visible = access.visiblePlans(user);
        model.addAttribute(
                "plans",
                queries.one(new FindPlans(), PlanList.class, "The read side did not answer.").plans().stream()
                        .filter(plan -> visible.test(plan.planId()))
                        .toList());
        model.addAttribute("seesEveryPlan", access.seesEveryPlan(user));
        return "plans";
    }
}
