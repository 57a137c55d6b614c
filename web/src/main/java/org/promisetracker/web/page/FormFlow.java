package org.promisetracker.web.page;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a posted form is handled: a valid form becomes its command; once recorded the
 * officer is redirected with a sentence saying so; otherwise the page is shown again with what is
 * wrong listed at the top and beside each field, keeping what was typed.
 */
@Component
class FormFlow {

    /**
     * What a valid form becomes, built only once the form is valid (a form that could not be read
     * has no values to build from): its command, the page to go to, and the sentence shown there.
     */
    record Submission(Object command, String redirectTo, String flash) {}

    private final FormCommands commands;

    FormFlow(FormCommands commands) {
        this.commands = commands;
    }

    /**
     * @param idPrefix what the page puts before a field's name to make its input's id, so the
     *     error summary links to the input
     */
    String submit(
            BindingResult form,
            String idPrefix,
            Supplier<Submission> submission,
            Model model,
            RedirectAttributes redirect,
            Supplier<String> redisplay) {
        if (!form.hasErrors()) {
            Submission valid = submission.get();
            if (commands.send(valid.command(), form).isPresent()) {
                redirect.addFlashAttribute("flash", valid.flash());
                return "redirect:" + valid.redirectTo();
            }
        }
        model.addAttribute("errorSummary", ErrorSummary.of(form, idPrefix));
        return redisplay.get();
    }
}
