package org.promisetracker.web.api;

import static org.promisetracker.web.security.Role.ADMIN;
import static org.promisetracker.web.security.Role.OFFICER;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import org.promisetracker.web.security.ApiAuthorization;
import org.promisetracker.web.security.PlanAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may record what, on the plan the path names ({@link PlanAccess}): a plan's administrators
 * shape it, publish its reports and say who its members are; its officers record updates. Only a
 * global administrator creates a plan. ADMIN includes OFFICER.
 */
@Configuration(proxyBeanMethods = false)
class WriteAccess {

    @Bean
    ApiAuthorization writeAccessRules(PlanAccess plans) {
        return requests -> requests.requestMatchers(POST, "/api/v1/plans")
                .hasRole(ADMIN.name())
                .requestMatchers(
                        POST,
                        "/api/v1/plans/{planId}/areas",
                        "/api/v1/plans/{planId}/actions",
                        "/api/v1/plans/{planId}/benefits",
                        "/api/v1/plans/{planId}/reports")
                .access(plans.anyOf(ADMIN))
                .requestMatchers(GET, "/api/v1/plans/{planId}/members")
                .access(plans.anyOf(ADMIN))
                .requestMatchers(PUT, "/api/v1/plans/{planId}/members")
                .access(plans.anyOf(ADMIN))
                .requestMatchers(
                        POST,
                        "/api/v1/actions/{actionId}/status",
                        "/api/v1/actions/{actionId}/notes",
                        "/api/v1/benefits/{benefitId}/measurements",
                        "/api/v1/benefits/{benefitId}/measurements/{measurementId}/corrections",
                        "/api/v1/benefits/{benefitId}/rag")
                .access(plans.anyOf(OFFICER));
    }
}
