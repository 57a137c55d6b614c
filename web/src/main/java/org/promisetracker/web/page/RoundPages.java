package org.promisetracker.web.page;

import static org.promisetracker.web.security.Role.ADMIN;
import static org.promisetracker.web.security.Role.APPROVER;
import static org.promisetracker.web.security.Role.OFFICER;
import static org.promisetracker.web.security.Role.VIEWER;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.promisetracker.api.round.ReviewUpdate;
import org.promisetracker.api.round.SignOffRound;
import org.promisetracker.api.round.UpdateState;
import org.promisetracker.api.round.WaiveItem;
import org.promisetracker.api.view.FindMyUpdates;
import org.promisetracker.api.view.FindPlan;
import org.promisetracker.api.view.FindRounds;
import org.promisetracker.api.view.MyUpdates;
import org.promisetracker.api.view.PlanHeader;
import org.promisetracker.api.view.RoundList;
import org.promisetracker.api.view.RoundView;
import org.promisetracker.web.api.Queries;
import org.promisetracker.web.api.RoundCommands;
import org.promisetracker.web.page.FormFlow.Submission;
import org.promisetracker.web.security.PageAuthorization;
import org.promisetracker.web.security.PlanAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reporting round's pages: a plan's rounds and the form that opens one; a round's progress
 * (counts, a table filtered by update and overdue) with the forms each user may use on it
 * (submit an assigned item, approve, return or waive it, sign the round off); and an officer's
 * own updates across open rounds.
 */
@Controller
class RoundPages {

    private final Queries queries;
    private final RoundCommands rounds;
    private final FormFlow forms;
    private final Clock clock;

    RoundPages(Queries queries, RoundCommands rounds, FormFlow forms, Clock clock) {
        this.queries = queries;
        this.rounds = rounds;
        this.forms = forms;
        this.clock = clock;
    }

    @Bean
    static PageAuthorization roundPageRules(PlanAccess plans) {
        return requests -> requests.requestMatchers(GET, "/plans/{planId}/rounds", "/rounds/{roundId}")
                .access(plans.anyOf(VIEWER))
                .requestMatchers(POST, "/plans/{planId}/rounds")
                .access(plans.anyOf(ADMIN))
                .requestMatchers(POST, "/rounds/{roundId}/items/{itemId}/submit")
                .access(plans.anyOf(OFFICER))
                .requestMatchers(
                        POST,
                        "/rounds/{roundId}/items/{itemId}/approve",
                        "/rounds/{roundId}/items/{itemId}/return",
                        "/rounds/{roundId}/items/{itemId}/waive")
                .access(plans.anyOf(ADMIN))
                .requestMatchers(POST, "/rounds/{roundId}/sign-off")
                .access(plans.anyOf(APPROVER))
                .requestMatchers(GET, "/me/updates")
                .authenticated();
    }

    @GetMapping("/plans/{planId}/rounds")
    String planRounds(@PathVariable String planId, Model model) {
        model.addAttribute(
                "plan", queries.one(new FindPlan(planId), PlanHeader.class, "There is no plan " + planId + "."));
        model.addAttribute(
                "rounds",
                queries.one(
                                new FindRounds(planId, LocalDate.now(clock)),
                                RoundList.class,
                                "There is no plan " + planId + ".")
                        .rounds());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", RoundForm.empty());
        }
        return "rounds";
    }

    @PostMapping("/plans/{planId}/rounds")
    String openRound(
            @PathVariable String planId,
            @Valid @ModelAttribute("form") RoundForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        String roundId = UUID.randomUUID().toString();
        return forms.submit(
                result,
                "",
                () -> new Submission(
                        rounds.open(
                                roundId, planId, form.title(), form.committee(), form.reportDate(), form.updatesDue()),
                        "/rounds/" + roundId,
                        "The round \"" + form.title().strip() + "\" is open."),
                model,
                redirect,
                () -> planRounds(planId, model));
    }

    /** {@code update}: only items whose update stands so; {@code overdue}: only overdue items. */
    @GetMapping("/rounds/{roundId}")
    String round(
            @PathVariable String roundId,
            @RequestParam(required = false) UpdateState update,
            @RequestParam(required = false) boolean overdue,
            Model model,
            Authentication user) {
        RoundView round = rounds.round(roundId);
        model.addAttribute("round", round);
        model.addAttribute(
                "plan",
                queries.one(
                        new FindPlan(round.planId()), PlanHeader.class, "There is no plan " + round.planId() + "."));
        List<RoundView.Item> shown = round.items().stream()
                .filter(item -> update == null || item.update() == update)
                .filter(item -> !overdue || item.overdue())
                .toList();
        model.addAttribute("items", shown);
        model.addAttribute("update", update);
        model.addAttribute("overdue", overdue);
        model.addAttribute("updates", UpdateState.values());
        model.addAttribute("me", user.getName().toLowerCase(Locale.ROOT));
        if (!model.containsAttribute("step")) {
            model.addAttribute("step", new StepForm(null));
        }
        return "round";
    }

    @PostMapping("/rounds/{roundId}/items/{itemId}/submit")
    String submit(
            @PathVariable String roundId,
            @PathVariable String itemId,
            @ModelAttribute("step") StepForm step,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Authentication user) {
        return step(
                roundId,
                result,
                () -> rounds.submit(roundId, itemId, step.comment(), user),
                "The update is submitted for review.",
                model,
                redirect,
                user);
    }

    @PostMapping("/rounds/{roundId}/items/{itemId}/approve")
    String approve(
            @PathVariable String roundId,
            @PathVariable String itemId,
            @ModelAttribute("step") StepForm step,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Authentication user) {
        return step(
                roundId,
                result,
                () -> new ReviewUpdate(roundId, itemId, true, step.comment()),
                "The update is approved.",
                model,
                redirect,
                user);
    }

    @PostMapping("/rounds/{roundId}/items/{itemId}/return")
    String giveBack(
            @PathVariable String roundId,
            @PathVariable String itemId,
            @ModelAttribute("step") StepForm step,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Authentication user) {
        return step(
                roundId,
                result,
                () -> new ReviewUpdate(roundId, itemId, false, step.comment()),
                "The update is returned; it is due again.",
                model,
                redirect,
                user);
    }

    @PostMapping("/rounds/{roundId}/items/{itemId}/waive")
    String waive(
            @PathVariable String roundId,
            @PathVariable String itemId,
            @ModelAttribute("step") StepForm step,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Authentication user) {
        return step(
                roundId,
                result,
                () -> new WaiveItem(roundId, itemId, step.comment()),
                "The item is waived for this round.",
                model,
                redirect,
                user);
    }

    @PostMapping("/rounds/{roundId}/sign-off")
    String signOff(
            @PathVariable String roundId,
            @ModelAttribute("step") StepForm step,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Authentication user) {
        return step(
                roundId,
                result,
                () -> new SignOffRound(roundId),
                "The round is signed off. Its report can now be published.",
                model,
                redirect,
                user);
    }

    @GetMapping("/me/updates")
    String myUpdates(Model model, Authentication user) {
        model.addAttribute(
                "updates",
                queries.one(
                                new FindMyUpdates(user.getName(), LocalDate.now(clock)),
                                MyUpdates.class,
                                "The read side did not answer.")
                        .updates());
        return "my-updates";
    }

    private String step(
            String roundId,
            BindingResult result,
            java.util.function.Supplier<Object> command,
            String flash,
            Model model,
            RedirectAttributes redirect,
            Authentication user) {
        return forms.submit(
                result,
                "",
                () -> new Submission(command.get(), "/rounds/" + roundId, flash),
                model,
                redirect,
                () -> round(roundId, null, false, model, user));
    }
}
