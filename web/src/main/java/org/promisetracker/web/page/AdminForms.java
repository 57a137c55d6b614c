package org.promisetracker.web.page;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.promisetracker.api.action.AddAction;
import org.promisetracker.api.action.Foundation;
import org.promisetracker.api.benefit.AddBenefit;
import org.promisetracker.api.benefit.Baseline;
import org.promisetracker.api.benefit.BenefitType;
import org.promisetracker.api.benefit.Direction;
import org.promisetracker.api.benefit.Target;
import org.promisetracker.api.plan.AddArea;
import org.promisetracker.api.plan.CreatePlan;
import org.promisetracker.api.report.PublishReport;
import org.promisetracker.api.view.FindPlan;
import org.promisetracker.api.view.FindPlanDashboard;
import org.promisetracker.api.view.PlanDashboard;
import org.promisetracker.api.view.PlanHeader;
import org.promisetracker.web.api.Queries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's forms that shape a plan: create it, add areas, actions and benefits, and publish a report. */
@Controller
class AdminForms {

    private final Queries queries;
    private final FormCommands commands;
    private final Clock clock;

    AdminForms(Queries queries, FormCommands commands, Clock clock) {
        this.queries = queries;
        this.commands = commands;
        this.clock = clock;
    }

    @GetMapping("/plans/new")
    String newPlan(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new PlanForm());
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
        if (!result.hasErrors()
                && commands.send(
                                new CreatePlan(
                                        planId,
                                        form.getTitle(),
                                        form.getOrganisation(),
                                        form.getStartDate(),
                                        form.getEndDate(),
                                        blankToNull(form.getAreaLabel())),
                                result)
                        .isPresent()) {
            redirect.addFlashAttribute("flash", "The plan \"" + form.getTitle() + "\" is created.");
            return "redirect:/plans/" + planId;
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, ""));
        return newPlan(model);
    }

    @GetMapping("/plans/{planId}/areas/new")
    String newArea(@PathVariable String planId, Model model) {
        PlanHeader plan = plan(planId);
        model.addAttribute("plan", plan);
        if (!model.containsAttribute("form")) {
            AreaForm form = new AreaForm();
            form.setNumber(plan.areas().stream()
                            .mapToInt(PlanHeader.AreaHeader::number)
                            .max()
                            .orElse(0)
                    + 1);
            model.addAttribute("form", form);
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
        if (!result.hasErrors()
                && commands.send(new AddArea(planId, areaId, form.getNumber(), form.getTitle()), result)
                        .isPresent()) {
            redirect.addFlashAttribute(
                    "flash", "The area " + form.getNumber() + " \"" + form.getTitle() + "\" is added.");
            return "redirect:/plans/" + planId;
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, ""));
        return newArea(planId, model);
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
            model.addAttribute("form", new ActionForm());
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
        if (!result.hasErrors()
                && commands.send(
                                new AddAction(
                                        actionId,
                                        planId,
                                        form.getAreaId(),
                                        form.getRef(),
                                        form.getTitle(),
                                        form.getLeadOfficer(),
                                        form.getDueDate(),
                                        blankToNull(form.getOutcomeMeasures()),
                                        form.getEffectiveFrom(),
                                        form.getFoundations(),
                                        blankToNull(form.getPhase())),
                                result)
                        .isPresent()) {
            redirect.addFlashAttribute("flash", "The action " + form.getRef() + " is added.");
            return "redirect:/actions/" + actionId;
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, ""));
        return newAction(planId, model);
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
            BenefitForm form = new BenefitForm();
            form.setDirection(Direction.HIGHER_IS_BETTER);
            model.addAttribute("form", form);
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
        Baseline baseline = form.getBaselineValue() == null
                        && blankToNull(form.getBaselineEvidence()) == null
                        && form.getBaselineDate() == null
                ? null
                : new Baseline(
                        form.getBaselineValue(), blankToNull(form.getBaselineEvidence()), form.getBaselineDate());
        Target target = form.getTargetValue() == null && form.getTargetDate() == null
                ? null
                : new Target(form.getTargetValue(), form.getTargetDate());
        if (!result.hasErrors()
                && commands.send(
                                new AddBenefit(
                                        benefitId,
                                        planId,
                                        form.getActionIds(),
                                        form.getTitle(),
                                        form.getType(),
                                        form.getMeasure(),
                                        form.getCollectionMethod(),
                                        blankToNull(form.getDataSource()),
                                        blankToNull(form.getUnit()),
                                        form.getDirection(),
                                        baseline,
                                        target,
                                        form.getEffectiveFrom()),
                                result)
                        .isPresent()) {
            redirect.addFlashAttribute("flash", "The benefit \"" + form.getTitle() + "\" is added.");
            return "redirect:/benefits/" + benefitId;
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, ""));
        return newBenefit(planId, model);
    }

    @GetMapping("/plans/{planId}/reports/new")
    String newReport(@PathVariable String planId, Model model) {
        model.addAttribute("plan", plan(planId));
        if (!model.containsAttribute("form")) {
            ReportForm form = new ReportForm();
            form.setReportDate(LocalDate.now(clock));
            model.addAttribute("form", form);
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
        if (!result.hasErrors()
                && commands.send(
                                new PublishReport(
                                        reportId, planId, form.getCommittee(), form.getReportDate(), form.getTitle()),
                                result)
                        .isPresent()) {
            redirect.addFlashAttribute("flash", "The report \"" + form.getTitle() + "\" is published.");
            return "redirect:/plans/" + planId;
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, ""));
        return newReport(planId, model);
    }

    private PlanHeader plan(String planId) {
        return queries.one(new FindPlan(planId), PlanHeader.class, "There is no plan " + planId + ".");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
