package org.promisetracker.web.page;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.stereotype.Component;

/**
 * Whether the signed-in user may open a page or post a form, asked of the same rules that will
 * decide the request ({@link PageAccess}): a page shows a link or a form only to those it would
 * serve. Templates ask it as {@code ${@can.post('/actions/' + id + '/status')}}.
 */
@Component("can")
public class PageLinks {

    private final WebInvocationPrivilegeEvaluator rules;

    PageLinks(WebInvocationPrivilegeEvaluator rules) {
        this.rules = rules;
    }

    public boolean open(String path) {
        return rules.isAllowed(null, path, "GET", user());
    }

    public boolean post(String path) {
        return rules.isAllowed(null, path, "POST", user());
    }

    private static Authentication user() {
        return SecurityContextHolder.getContext().getAuthentication();
    }
}
