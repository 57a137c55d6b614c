package org.promisetracker.web.page;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.promisetracker.api.action.ActionStatus;
import org.promisetracker.api.view.ActionDetail;
import org.promisetracker.api.view.ActionLabel;
import org.promisetracker.api.view.ActionView;
import org.promisetracker.api.view.FindAction;
import org.promisetracker.api.view.FindHistory;
import org.promisetracker.api.view.History;
import org.promisetracker.web.api.Queries;
import org.promisetracker.web.page.FormFlow.Submission;
import org.promisetracker.web.words.Formats;
import org.promisetracker.web.words.Words;
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
    private final FormFlow forms;
    private final Clock clock;

    ActionPage(Queries queries, FormFlow forms, Clock clock) {
        this.queries = queries;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/actions/{actionId}")
    String show(@PathVariable String actionId, Model model) {
        LocalDate today = LocalDate.now(clock);
        if (!model.containsAttribute("statusForm")) {
            model.addAttribute("statusForm", StatusForm.asAt(today));
        }
        if (!model.containsAttribute("noteForm")) {
            model.addAttribute("noteForm", NoteForm.asAt(today));
        }
        ActionDetail detail = queries.one(
                new FindAction(actionId, today, Instant.now()),
                ActionDetail.class,
                "There is no action " + actionId + ".");
        ActionView action = detail.action();
        if (action == null) {
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "The action " + actionId + " does not count in its plan yet.");
        }
        History history = queries.one(new FindHistory(actionId), History.class, "There is no action " + actionId + ".");
        model.addAttribute("detail", detail);
        model.addAttribute("parkedBanner", ParkedBanner.of(detail, clock.getZone()));
        model.addAttribute("action", action);
        model.addAttribute(
                "statusNow",
                Words.status(action.status())
                        + (action.statusDate() == null ? "" : " since " + Formats.date(action.statusDate())));
        model.addAttribute("dueDate", Formats.date(action.dueDate()));
        model.addAttribute("supersededByLabel", detail.supersededBy() == null ? null : label(detail.supersededBy()));
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
                detail.otherActions().stream()
                        .map(a -> new Option(a.actionId(), label(a)))
                        .toList());
        model.addAttribute("today", today.toString());
        return "action";
    }

    @PostMapping("/actions/{actionId}/status")
    String changeStatus(
            @PathVariable String actionId,
            @Valid @ModelAttribute("statusForm") StatusForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(
                result,
                "status-",
                () -> new Submission(
                        form.command(actionId),
                        "/actions/" + actionId,
                        "The status " + Words.status(form.status()).toLowerCase() + " as at "
                                + Formats.date(form.effectiveDate()) + " is recorded."),
                model,
                redirect,
                () -> show(actionId, model));
    }

    @PostMapping("/actions/{actionId}/notes")
    String recordNote(
            @PathVariable String actionId,
            @Valid @ModelAttribute("noteForm") NoteForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(
                result,
                "note-",
                () -> new Submission(form.command(actionId), "/actions/" + actionId, "The progress note is recorded."),
                model,
                redirect,
                () -> show(actionId, model));
    }

    private static String label(ActionLabel action) {
        return action.ref() + " " + action.title();
    }
}
