package org.promisetracker.query.ui;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
import org.promisetracker.query.web.Queries;
import org.springframework.format.annotation.DateTimeFormat;
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

    public static class PlanForm {
        @NotBlank(message = "Enter the plan's title.") private String title;

        @NotBlank(message = "Enter the organisation that owns the plan.") private String organisation;

        @NotNull(message = "Enter the date the plan starts.") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate startDate;

        @NotNull(message = "Enter the date the plan ends.") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate endDate;

        private String areaLabel;

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getOrganisation() {
            return organisation;
        }

        public void setOrganisation(String organisation) {
            this.organisation = organisation;
        }

        public LocalDate getStartDate() {
            return startDate;
        }

        public void setStartDate(LocalDate startDate) {
            this.startDate = startDate;
        }

        public LocalDate getEndDate() {
            return endDate;
        }

        public void setEndDate(LocalDate endDate) {
            this.endDate = endDate;
        }

        public String getAreaLabel() {
            return areaLabel;
        }

        public void setAreaLabel(String areaLabel) {
            this.areaLabel = areaLabel;
        }
    }

    public static class AreaForm {
        @NotNull(message = "Enter the area's number.") @Positive(message = "The number is 1 or more.") private Integer number;

        @NotBlank(message = "Enter the area's title.") private String title;

        public Integer getNumber() {
            return number;
        }

        public void setNumber(Integer number) {
            this.number = number;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }
    }

    public static class ActionForm {
        @NotBlank(message = "Choose the area the action belongs to.") private String areaId;

        @NotBlank(message = "Enter the action's reference, such as 1.1.") private String ref;

        @NotBlank(message = "Enter the action's title.") private String title;

        @NotBlank(message = "Enter the lead officer's role.") private String leadOfficer;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate dueDate;

        private String outcomeMeasures;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate effectiveFrom;

        private List<Foundation> foundations = new ArrayList<>();
        private String phase;

        public String getAreaId() {
            return areaId;
        }

        public void setAreaId(String areaId) {
            this.areaId = areaId;
        }

        public String getRef() {
            return ref;
        }

        public void setRef(String ref) {
            this.ref = ref;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getLeadOfficer() {
            return leadOfficer;
        }

        public void setLeadOfficer(String leadOfficer) {
            this.leadOfficer = leadOfficer;
        }

        public LocalDate getDueDate() {
            return dueDate;
        }

        public void setDueDate(LocalDate dueDate) {
            this.dueDate = dueDate;
        }

        public String getOutcomeMeasures() {
            return outcomeMeasures;
        }

        public void setOutcomeMeasures(String outcomeMeasures) {
            this.outcomeMeasures = outcomeMeasures;
        }

        public LocalDate getEffectiveFrom() {
            return effectiveFrom;
        }

        public void setEffectiveFrom(LocalDate effectiveFrom) {
            this.effectiveFrom = effectiveFrom;
        }

        public List<Foundation> getFoundations() {
            return foundations;
        }

        public void setFoundations(List<Foundation> foundations) {
            this.foundations = foundations;
        }

        public String getPhase() {
            return phase;
        }

        public void setPhase(String phase) {
            this.phase = phase;
        }
    }

    public static class BenefitForm {
        @NotEmpty(message = "Choose at least one action the benefit is tracked for.") private List<String> actionIds = new ArrayList<>();

        @NotBlank(message = "Enter the benefit's title.") private String title;

        @NotNull(message = "Choose the type of benefit.") private BenefitType type;

        @NotBlank(message = "Say how the benefit is measured.") private String measure;

        @NotBlank(message = "Say how the data is collected.") private String collectionMethod;

        private String dataSource;
        private String unit;
        private Direction direction;
        private BigDecimal baselineValue;
        private String baselineEvidence;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate baselineDate;

        private BigDecimal targetValue;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate targetDate;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate effectiveFrom;

        public List<String> getActionIds() {
            return actionIds;
        }

        public void setActionIds(List<String> actionIds) {
            this.actionIds = actionIds;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public BenefitType getType() {
            return type;
        }

        public void setType(BenefitType type) {
            this.type = type;
        }

        public String getMeasure() {
            return measure;
        }

        public void setMeasure(String measure) {
            this.measure = measure;
        }

        public String getCollectionMethod() {
            return collectionMethod;
        }

        public void setCollectionMethod(String collectionMethod) {
            this.collectionMethod = collectionMethod;
        }

        public String getDataSource() {
            return dataSource;
        }

        public void setDataSource(String dataSource) {
            this.dataSource = dataSource;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        public Direction getDirection() {
            return direction;
        }

        public void setDirection(Direction direction) {
            this.direction = direction;
        }

        public BigDecimal getBaselineValue() {
            return baselineValue;
        }

        public void setBaselineValue(BigDecimal baselineValue) {
            this.baselineValue = baselineValue;
        }

        public String getBaselineEvidence() {
            return baselineEvidence;
        }

        public void setBaselineEvidence(String baselineEvidence) {
            this.baselineEvidence = baselineEvidence;
        }

        public LocalDate getBaselineDate() {
            return baselineDate;
        }

        public void setBaselineDate(LocalDate baselineDate) {
            this.baselineDate = baselineDate;
        }

        public BigDecimal getTargetValue() {
            return targetValue;
        }

        public void setTargetValue(BigDecimal targetValue) {
            this.targetValue = targetValue;
        }

        public LocalDate getTargetDate() {
            return targetDate;
        }

        public void setTargetDate(LocalDate targetDate) {
            this.targetDate = targetDate;
        }

        public LocalDate getEffectiveFrom() {
            return effectiveFrom;
        }

        public void setEffectiveFrom(LocalDate effectiveFrom) {
            this.effectiveFrom = effectiveFrom;
        }
    }

    public static class ReportForm {
        @NotBlank(message = "Enter the committee the report is for.") private String committee;

        @NotNull(message = "Enter the report date.") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate reportDate;

        @NotBlank(message = "Enter the report's title.") private String title;

        public String getCommittee() {
            return committee;
        }

        public void setCommittee(String committee) {
            this.committee = committee;
        }

        public LocalDate getReportDate() {
            return reportDate;
        }

        public void setReportDate(LocalDate reportDate) {
            this.reportDate = reportDate;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }
    }

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
