package org.promisetracker.web.page;

import org.promisetracker.api.admin.FindParkedEvents;
import org.promisetracker.api.admin.ParkedList;
import org.promisetracker.api.admin.ParkedRetried;
import org.promisetracker.api.admin.RetryParkedEvents;
import org.promisetracker.web.api.Commands;
import org.promisetracker.web.api.Queries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** ADMIN: the updates the projection has parked, why, and a button to try them all again. */
@Controller
class ParkedPage {

    private final Queries queries;
    private final Commands commands;

    ParkedPage(Queries queries, Commands commands) {
        this.queries = queries;
        this.commands = commands;
    }

    @GetMapping("/admin/parked")
    String list(Model model) {
        model.addAttribute(
                "parked",
                queries.one(new FindParkedEvents(), ParkedList.class, "The read side did not answer.")
                        .parked());
        return "admin/parked";
    }

    @PostMapping("/admin/parked/retry")
    String retry(RedirectAttributes redirect) {
        ParkedRetried outcome = commands.ask(new RetryParkedEvents(), ParkedRetried.class);
        redirect.addFlashAttribute(
                "flash",
                "Tried " + outcome.tried() + " parked " + (outcome.tried() == 1 ? "item" : "items")
                        + " again: " + outcome.projected() + " now shown, "
                        + outcome.stillParked().size() + " still parked.");
        return "redirect:/admin/parked";
    }
}
