package org.promisetracker.web.page;

import static org.promisetracker.web.security.Role.ADMIN;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import org.promisetracker.api.plan.MemberRole;
import org.promisetracker.api.plan.PlanMembers;
import org.promisetracker.api.plan.RevokePlanMembership;
import org.promisetracker.api.view.FindPlan;
import org.promisetracker.api.view.FindPlanMembers;
import org.promisetracker.api.view.PlanHeader;
import org.promisetracker.web.api.Queries;
import org.promisetracker.web.page.FormFlow.Submission;
import org.promisetracker.web.security.PageAuthorization;
import org.promisetracker.web.security.PlanAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Who holds which roles on this plan beyond the global roles: the plan's administrators add a
 * member or change their roles one at a time, and remove one with a button beside their name. Each
 * is one grant or revocation of the plan (so two administrators at once cannot undo each other's
 * change), recorded with who made it.
 */
@Controller
class MembersPage {

    static final List<Option> ROLE_OPTIONS = Arrays.stream(MemberRole.values())
            .map(role -> new Option(role.name(), label(role)))
            .toList();

    private final Queries queries;
    private final FormFlow forms;

    MembersPage(Queries queries, FormFlow forms) {
        this.queries = queries;
        this.forms = forms;
    }

    @Bean
    static PageAuthorization membersPageRules(PlanAccess plans) {
        return requests -> requests.requestMatchers("/plans/{planId}/members", "/plans/{planId}/members/remove")
                .access(plans.anyOf(ADMIN));
    }

    @GetMapping("/plans/{planId}/members")
    String members(@PathVariable String planId, Model model) {
        model.addAttribute(
                "plan", queries.one(new FindPlan(planId), PlanHeader.class, "There is no plan " + planId + "."));
        model.addAttribute(
                "members",
                queries.one(new FindPlanMembers(planId), PlanMembers.class, "There is no plan " + planId + ".")
                        .members());
        model.addAttribute("roleOptions", ROLE_OPTIONS);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", MemberForm.empty());
        }
        return "admin/members";
    }

    @PostMapping("/plans/{planId}/members")
    String grant(
            @PathVariable String planId,
            @Valid @ModelAttribute("form") MemberForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(
                result,
                "",
                () -> new Submission(
                        form.command(planId),
                        "/plans/" + planId + "/members",
                        form.username().strip() + " now holds "
                                + String.join(
                                        ", ",
                                        form.roles().stream()
                                                .map(MembersPage::label)
                                                .toList())
                                + " on this plan."),
                model,
                redirect,
                () -> members(planId, model));
    }

    @PostMapping("/plans/{planId}/members/remove")
    String revoke(
            @PathVariable String planId,
            @ModelAttribute("removal") Removal removal,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(
                result,
                "",
                () -> new Submission(
                        new RevokePlanMembership(planId, removal.username()),
                        "/plans/" + planId + "/members",
                        removal.username() + " is no longer a member of this plan."),
                model,
                redirect,
                () -> members(planId, model));
    }

    /** The member a Remove button names. */
    record Removal(String username) {}

    private static String label(MemberRole role) {
        return role.name().charAt(0) + role.name().substring(1).toLowerCase();
    }
}
