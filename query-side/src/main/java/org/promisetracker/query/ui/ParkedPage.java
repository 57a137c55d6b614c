package org.promisetracker.query.ui;

import java.time.Clock;
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
    private final Clock clock;

    ParkedPage(ParkedEvents parked, ParkedRetry retry, Clock clock) {
        this.parked = parked;
        this.retry = retry;
        this.clock = clock;
    }

    @GetMapping("/admin/parked")
    String list(Model model) {
        model.addAttribute("parked", parked.all());
        model.addAttribute("zone", clock.getZone());
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
