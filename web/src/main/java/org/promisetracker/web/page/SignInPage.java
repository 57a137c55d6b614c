package org.promisetracker.web.page;

import org.promisetracker.web.security.SecurityProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SignInPage {

    private final SecurityProperties security;

    SignInPage(SecurityProperties security) {
        this.security = security;
    }

    /**
     * The username and password form when there are local users, and the identity provider's button
     * when one is configured. {@code throttled}: the seconds a throttled sign-in must wait, as the
     * sign-in's redirect says them.
     */
    @GetMapping("/login")
    String signIn(@RequestParam(required = false) String throttled, Model model) {
        if (throttled != null && throttled.matches("[0-9]{1,4}")) {
            model.addAttribute("waitSeconds", Integer.parseInt(throttled));
        }
        model.addAttribute("passwordSignIn", security.passwordSignIn());
        if (security.oidc().configured()) {
            model.addAttribute("providerName", security.oidc().displayName());
        }
        return "login";
    }

    @GetMapping("/")
    String home() {
        return "redirect:/plans";
    }
}
