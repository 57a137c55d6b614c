package org.promisetracker.web.page;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.promisetracker.api.action.Foundation;
import org.promisetracker.api.benefit.BenefitType;
import org.promisetracker.api.benefit.Direction;
import org.promisetracker.api.view.FindPlan;
import org.promisetracker.api.view.FindPlanDashboard;
import org.promisetracker.api.view.PlanDashboard;
import org.promisetracker.api.view.PlanHeader;
import org.promisetracker.api.view.RoundView;
import org.promisetracker.web.api.Queries;
import org.promisetracker.web.api.RoundCommands;
import org.promisetracker.web.http.Ids;
import org.promisetracker.web.page.FormFlow.Submission;
import org.promisetracker.web.words.Words;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's forms that shape a plan: create it, add areas, actions and benefits, and publish a
 * report. Their inputs' ids are the fields' names, so the error summary links need no prefix.
 */
@Controller
class AdminForms {

    private final Queries queries;
    private final FormFlow forms;
    private final RoundCommands rounds;
    private final Clock clock;

    AdminForms(Queries queries, FormFlow forms, RoundCommands rounds, Clock clock) {
        this.queries = queries;
        this.forms = forms;
        this.rounds = rounds;
        this.clock = clock;
    }

    @GetMapping("/plans/new")
    String newPlan(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", PlanForm.empty());
        }
        return "admin/plan-new";
    }

    @PostMapping("/plans/new")
    String createPlan(
            @Valid @ModelAttribute("form") PlanForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        String planId = UUID.randomUUID().toString();
        return forms.submit(
                result,
                "",
                () -> new Submission(
                        form.command(planId), "/plans/" + planId, "The plan \"" + form.title() + "\" is created."),
                model,
                redirect,
                () -> newPlan(model));
    }

    @GetMapping("/plans/{planId}/areas/new")
    String newArea(@PathVariable String planId, Model model) {
        PlanHeader plan = plan(planId);
        model.addAttribute("plan", plan);
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    AreaForm.numbered(plan.areas().stream()
                                    .mapToInt(PlanHeader.AreaHeader::number)
                                    .max()
                                    .orElse(0)
                            + 1));
        }
        return "admin/area-new";
    }

    @PostMapping("/plans/{planId}/areas/new")
    String addArea(
            @PathVariable String planId,
            @Valid @ModelAttribute("form") AreaForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        String areaId = UUID.randomUUID().toString();
        return forms.submit(
                result,
                "",
                () -> new Submission(
                        form.command(planId, areaId),
                        "/plans/" + planId,
                        "The area " + form.number() + " \"" + form.title() + "\" is added."),
                model,
                redirect,
                () -> newArea(planId, model));
    }

    @GetMapping("/plans/{planId}/actions/new")
    String newAction(@PathVariable String planId, Model model) {
        PlanHeader plan = plan(planId);
        model.addAttribute("plan", plan);
        model.addAttribute(
                "areas",
                plan.areas().stream()
                        .map(area -> new Option(area.areaId(), area.number() + ". " + area.title()))
                        .toList());
        model.addAttribute(
                "foundationOptions",
                Arrays.stream(Foundation.values())
                        .map(f -> new Option(
                                f.name(),
                                f.name().charAt(0) + f.name().substring(1).toLowerCase()))
                        .toList());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ActionForm.empty());
        }
        return "admin/action-new";
    }

    @PostMapping("/plans/{planId}/actions/new")
    String addAction(
            @PathVariable String planId,
            @Valid @ModelAttribute("form") ActionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        String actionId = UUID.randomUUID().toString();
        return forms.submit(
                result,
                "",
                () -> new Submission(
                        form.command(actionId, planId),
                        "/actions/" + actionId,
                        "The action " + form.ref() + " is added."),
                model,
                redirect,
                () -> newAction(planId, model));
    }

    @GetMapping("/plans/{planId}/benefits/new")
    String newBenefit(@PathVariable String planId, Model model) {
        PlanHeader plan = plan(planId);
        PlanDashboard dashboard = queries.one(
                new FindPlanDashboard(planId, LocalDate.now(clock), Instant.now()),
                PlanDashboard.class,
                "There is no plan " + planId + ".");
        model.addAttribute("plan", plan);
        model.addAttribute(
                "actions",
                dashboard.areas().stream()
                        .flatMap(area -> area.actions().stream())
                        .map(a -> new Option(a.actionId(), a.ref() + " " + a.title()))
                        .toList());
        model.addAttribute(
                "types",
                Arrays.stream(BenefitType.values())
                        .map(t -> new Option(t.name(), Words.type(t)))
                        .toList());
        model.addAttribute(
                "directions",
                Arrays.stream(Direction.values())
                        .map(d -> new Option(d.name(), Words.direction(d)))
                        .toList());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", BenefitForm.empty());
        }
        return "admin/benefit-new";
    }

    @PostMapping("/plans/{planId}/benefits/new")
    String addBenefit(
            @PathVariable String planId,
            @Valid @ModelAttribute("form") BenefitForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        String benefitId = UUID.randomUUID().toString();
        return forms.submit(
                result,
                "",
                () -> new Submission(
                        form.command(benefitId, planId),
                        "/benefits/" + benefitId,
                        "The benefit \"" + form.title() + "\" is added."),
                model,
                redirect,
                () -> newBenefit(planId, model));
    }

    /** {@code round}: the reporting round the report is published from, whose details it starts with. */
    @GetMapping("/plans/{planId}/reports/new")
    String newReport(@PathVariable String planId, @RequestParam(required = false) String round, Model model) {
        model.addAttribute("plan", plan(planId));
        RoundView from = round == null || round.isBlank() ? null : rounds.round(Ids.canonical(round));
        if (from != null && !from.planId().equals(planId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "The plan has no reporting round " + round + ".");
        }
        model.addAttribute("round", from);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", from == null ? ReportForm.asAt(LocalDate.now(clock)) : ReportForm.of(from));
        }
        return "admin/report-new";
    }

    @PostMapping("/plans/{planId}/reports/new")
    String publishReport(
            @PathVariable String planId,
            @Valid @ModelAttribute("form") ReportForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        String reportId = UUID.randomUUID().toString();
        return forms.submit(
                result,
                "",
                () -> new Submission(
                        form.command(reportId, planId),
                        "/plans/" + planId,
                        "The report \"" + form.title() + "\" is published."),
                model,
                redirect,
                () -> newReport(planId, form.roundId(), model));
    }

    private PlanHeader plan(String planId) {
        return queries.one(new FindPlan(planId), PlanHeader.class, "There is no plan " + planId + ".");
    }
}
