package org.promisetracker.web.page;

import org.promisetracker.web.security.PageAuthorization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may post which form: officers record updates, admins shape plans and publish reports. Pages
 * hide forms a role may not use; these rules refuse the post itself (403) whatever the page showed.
 */
@Configuration(proxyBeanMethods = false)
class FormAuthorization {

    static final String[] OFFICER_POSTS = {
        "/actions/*/status",
        "/actions/*/notes",
        "/benefits/*/measurements",
        "/benefits/*/corrections",
        "/benefits/*/rag"
    };
    static final String[] ADMIN_PAGES = {
        "/plans/new", "/plans/*/areas/new", "/plans/*/actions/new",
        "/plans/*/benefits/new", "/plans/*/reports/new", "/admin/parked",
        "/admin/parked/retry"
    };

    @Bean
    PageAuthorization formRules() {
        return requests -> {
            requests.requestMatchers(HttpMethod.POST, OFFICER_POSTS).hasAnyRole("OFFICER", "ADMIN");
            requests.requestMatchers(ADMIN_PAGES).hasRole("ADMIN");
        };
    }
}
