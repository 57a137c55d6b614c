package org.promisetracker.web.page;

import org.promisetracker.api.view.FindPlans;
import org.promisetracker.api.view.PlanList;
import org.promisetracker.web.api.Queries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class PlansPage {

    private final Queries queries;

    PlansPage(Queries queries) {
        this.queries = queries;
    }

    @GetMapping("/plans")
    String plans(Model model) {
        model.addAttribute(
                "plans",
                queries.one(new FindPlans(), PlanList.class, "The read side did not answer.")
                        .plans());
        return "plans";
    }
}
