package org.promisetracker.web.api;

import static org.promisetracker.web.security.Role.ADMIN;
import static org.promisetracker.web.security.Role.AUDITOR;
import static org.promisetracker.web.security.Role.OFFICER;
import static org.promisetracker.web.security.Role.VIEWER;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.promisetracker.web.security.ApiAuthorization;
import org.promisetracker.web.security.PlanAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may read what, on the plan the path names ({@link PlanAccess}): every role sees plans,
 * dashboards, summaries, reports and papers; histories are for the officers who record facts and
 * the auditors who check them; verification, restatements and a plan's evidence for auditors. The
 * plan list and fingerprint checks answer from the plans the user may see; operations are for
 * global administrators. ADMIN includes every role.
 */
@Configuration(proxyBeanMethods = false)
class ReadAccess {

    @Bean
    ApiAuthorization readAccessRules(PlanAccess plans) {
        return requests -> requests.requestMatchers(
                        GET, "/api/v1/actions/{actionId}/history", "/api/v1/benefits/{benefitId}/history")
                .access(plans.anyOf(OFFICER, AUDITOR))
                .requestMatchers(
                        GET,
                        "/api/v1/reports/{reportId}/verification",
                        "/api/v1/reports/{reportId}/restatements",
                        "/api/v1/plans/{planId}/evidence")
                .access(plans.anyOf(AUDITOR))
                .requestMatchers(
                        GET,
                        "/api/v1/plans/{planId}",
                        "/api/v1/plans/{planId}/summary",
                        "/api/v1/plans/{planId}/dashboard",
                        "/api/v1/plans/{planId}/dashboard/document",
                        "/api/v1/plans/{planId}/reports",
                        "/api/v1/reports/{reportId}",
                        "/api/v1/reports/{reportId}/document")
                .access(plans.anyOf(VIEWER))
                // each answers from the plans the user may see; whoever holds a paper may check it
                .requestMatchers(GET, "/api/v1/plans", "/api/v1/verify")
                .authenticated()
                .requestMatchers(GET, "/api/v1/admin/**")
                .hasRole(ADMIN.name())
                .requestMatchers(POST, "/api/v1/admin/**")
                .hasRole(ADMIN.name());
    }
}
