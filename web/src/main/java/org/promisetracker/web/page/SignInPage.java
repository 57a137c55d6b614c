package org.promisetracker.web.page;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInPage {

    @GetMapping("/login")
    String signIn() {
        return "login";
    }

    @GetMapping("/")
    String home() {
        return "redirect:/plans";
    }
}
