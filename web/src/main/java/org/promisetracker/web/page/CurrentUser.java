package org.promisetracker.web.page;

import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page's header says who is signed in and with which role: a local user by their username,
 * one signed in with the identity provider by the name it gives ({@code name}, else the username),
 * with their e-mail ({@code email}) beside it.
 */
// the error page (web.http) and the import page (web.imports) have the same header
@ControllerAdvice(
        basePackages = {"org.promisetracker.web.page", "org.promisetracker.web.imports", "org.promisetracker.web.http"})
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

    @ModelAttribute("currentName")
    String name(Authentication authentication) {
        if (authentication == null) {
            return "";
        }
        String name = claim(authentication, "name");
        return name == null ? authentication.getName() : name;
    }

    @ModelAttribute("currentEmail")
    String email(Authentication authentication) {
        return authentication == null ? null : claim(authentication, "email");
    }

    private static String claim(Authentication authentication, String claim) {
        return authentication.getPrincipal() instanceof OAuth2User user
                        && user.getAttribute(claim) instanceof String value
                        && !value.isBlank()
                ? value
                : null;
    }
}
