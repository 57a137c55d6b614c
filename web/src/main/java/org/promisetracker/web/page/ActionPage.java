package org.promisetracker.web.page;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.promisetracker.api.action.ActionStatus;
import org.promisetracker.api.action.ChangeActionStatus;
import org.promisetracker.api.action.RecordProgressNote;
import org.promisetracker.api.view.ActionView;
import org.promisetracker.api.view.FindHistory;
import org.promisetracker.api.view.FindPlanDashboard;
import org.promisetracker.api.view.History;
import org.promisetracker.api.view.ItemKind;
import org.promisetracker.api.view.PlanDashboard;
import org.promisetracker.web.api.Queries;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An action: where it stands, everything recorded about it, and the officer's forms to record more. */
@Controller
class ActionPage {

    private final Queries queries;
    private final FormCommands commands;
    private final Clock clock;

    ActionPage(Queries queries, FormCommands commands, Clock clock) {
        this.queries = queries;
        this.commands = commands;
        this.clock = clock;
    }

    @GetMapping("/actions/{actionId}")
    String show(@PathVariable String actionId, Model model) {
        if (!model.containsAttribute("statusForm")) {
            StatusForm form = new StatusForm();
            form.setEffectiveDate(LocalDate.now(clock));
            model.addAttribute("statusForm", form);
        }
        if (!model.containsAttribute("noteForm")) {
            NoteForm form = new NoteForm();
            form.setEffectiveDate(LocalDate.now(clock));
            model.addAttribute("noteForm", form);
        }
        History history = history(actionId);
        PlanDashboard plan = queries.one(
                new FindPlanDashboard(history.planId(), LocalDate.now(clock), Instant.now()),
                PlanDashboard.class,
                "There is no plan " + history.planId() + ".");
        List<ActionView> actions =
                plan.areas().stream().flatMap(area -> area.actions().stream()).toList();
        ActionView action = actions.stream()
                .filter(a -> a.actionId().equals(actionId))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "The action " + actionId + " does not count in its plan yet."));
        model.addAttribute("plan", plan);
        model.addAttribute("parkedBanner", ParkedBanner.of(history.parked(), plan, clock.getZone()));
        model.addAttribute("action", action);
        model.addAttribute(
                "statusNow",
                Words.status(action.status())
                        + (action.statusDate() == null ? "" : " since " + Formats.date(action.statusDate())));
        model.addAttribute("dueDate", Formats.date(action.dueDate()));
        model.addAttribute(
                "supersededByLabel",
                actions.stream()
                        .filter(a -> a.actionId().equals(action.supersededBy()))
                        .map(a -> a.ref() + " " + a.title())
                        .findFirst()
                        .orElse(null));
        model.addAttribute(
                "latestNote",
                action.latestNote() == null
                        ? null
                        : Formats.date(action.latestNote().effectiveDate()) + ": "
                                + action.latestNote().text());
        model.addAttribute("timeline", Timeline.of(history, null, clock.getZone()));
        model.addAttribute(
                "statuses",
                Arrays.stream(ActionStatus.values())
                        .map(s -> new Option(s.name(), Words.status(s)))
                        .toList());
        model.addAttribute(
                "otherActions",
                actions.stream()
                        .filter(a -> !a.actionId().equals(actionId))
                        .map(a -> new Option(a.actionId(), a.ref() + " " + a.title()))
                        .toList());
        model.addAttribute("today", LocalDate.now(clock).toString());
        return "action";
    }

    @PostMapping("/actions/{actionId}/status")
    String changeStatus(
            @PathVariable String actionId,
            @Valid @ModelAttribute("statusForm") StatusForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            String successor =
                    form.getSupersededBy() == null || form.getSupersededBy().isBlank() ? null : form.getSupersededBy();
            var recorded = commands.send(
                    new ChangeActionStatus(
                            actionId, form.getStatus(), form.getEffectiveDate(), form.getComment(), successor),
                    result);
            if (recorded.isPresent()) {
                redirect.addFlashAttribute(
                        "flash",
                        "The status " + Words.status(form.getStatus()).toLowerCase() + " as at "
                                + Formats.date(form.getEffectiveDate()) + " is recorded.");
                return "redirect:/actions/" + actionId;
            }
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, "status-"));
        return show(actionId, model);
    }

    @PostMapping("/actions/{actionId}/notes")
    String recordNote(
            @PathVariable String actionId,
            @Valid @ModelAttribute("noteForm") NoteForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            var recorded =
                    commands.send(new RecordProgressNote(actionId, form.getEffectiveDate(), form.getText()), result);
            if (recorded.isPresent()) {
                redirect.addFlashAttribute("flash", "The progress note is recorded.");
                return "redirect:/actions/" + actionId;
            }
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, "note-"));
        return show(actionId, model);
    }

    private History history(String actionId) {
        History history = queries.one(new FindHistory(actionId), History.class, "There is no action " + actionId + ".");
        if (history.kind() != ItemKind.ACTION) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no action " + actionId + ".");
        }
        return history;
    }
}
