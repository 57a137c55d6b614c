package org.promisetracker.query.ui;

import org.promisetracker.query.parked.ParkedEvents;
import org.promisetracker.query.parked.ParkedRetry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** ADMIN: the updates the projection has parked, why, and a button to try them all again. */
@Controller
class ParkedPage {

    private final ParkedEvents parked;
    private final ParkedRetry retry;

    ParkedPage(ParkedEvents parked, ParkedRetry retry) {
        this.parked = parked;
        this.retry = retry;
    }

    @GetMapping("/admin/parked")
    String list(Model model) {
        model.addAttribute("parked", parked.all());
        return "admin/parked";
    }

    @PostMapping("/admin/parked/retry")
    String retry(RedirectAttributes redirect) {
        ParkedRetry.Outcome outcome = retry.retryAll();
        redirect.addFlashAttribute(
                "flash",
                "Tried " + outcome.tried() + " parked " + (outcome.tried() == 1 ? "item" : "items")
                        + " again: " + outcome.projected() + " now shown, "
                        + outcome.stillParked().size() + " still parked.");
        return "redirect:/admin/parked";
    }
}
