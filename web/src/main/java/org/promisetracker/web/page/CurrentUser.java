package org.promisetracker.web.page;

import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's header says who is signed in and with which role. */
@ControllerAdvice(basePackages = "org.promisetracker.web.page")
class CurrentUser {

    @ModelAttribute("currentRoles")
    String roles(Authentication authentication) {
        if (authentication == null) {
            return "";
        }
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                // Spring Security also grants authorities for how one signed in; show roles only
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(role -> role.substring("ROLE_".length()))
                .sorted()
                .collect(Collectors.joining(", "));
    }
}
