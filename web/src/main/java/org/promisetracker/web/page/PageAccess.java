package org.promisetracker.web.page;

import static org.promisetracker.web.security.Role.ADMIN;
import static org.promisetracker.web.security.Role.AUDITOR;
import static org.promisetracker.web.security.Role.OFFICER;
import static org.promisetracker.web.security.Role.VIEWER;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.promisetracker.web.security.PageAuthorization;
import org.promisetracker.web.security.PlanAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may open which page and post which form, on the plan the path names ({@link PlanAccess}), as
 * in the API: every role reads; officers record updates; a plan's administrators shape it and
 * publish its reports; restatements are for auditors. Pages hide the forms a user may not use;
 * these rules refuse the post itself whatever the page showed. Only a global administrator creates
 * plans and sees parked updates.
 */
@Configuration(proxyBeanMethods = false)
class PageAccess {

    @Bean
    PageAuthorization pageRules(PlanAccess plans) {
        return requests -> requests.requestMatchers(GET, "/", "/plans", "/verify")
                .authenticated()
                .requestMatchers("/plans/new", "/admin/parked", "/admin/parked/retry")
                .hasRole(ADMIN.name())
                .requestMatchers(
                        "/plans/{planId}/areas/new",
                        "/plans/{planId}/actions/new",
                        "/plans/{planId}/benefits/new",
                        "/plans/{planId}/reports/new")
                .access(plans.anyOf(ADMIN))
                .requestMatchers(GET, "/reports/{reportId}/restatements")
                .access(plans.anyOf(AUDITOR))
                .requestMatchers(
                        GET,
                        "/plans/{planId}",
                        "/plans/{planId}/print",
                        "/plans/{planId}/document",
                        "/plans/{planId}/reports",
                        "/actions/{actionId}",
                        "/benefits/{benefitId}",
                        "/reports/{reportId}",
                        "/reports/{reportId}/document")
                .access(plans.anyOf(VIEWER))
                .requestMatchers(
                        POST,
                        "/actions/{actionId}/status",
                        "/actions/{actionId}/notes",
                        "/benefits/{benefitId}/measurements",
                        "/benefits/{benefitId}/corrections",
                        "/benefits/{benefitId}/rag")
                .access(plans.anyOf(OFFICER));
    }
}
