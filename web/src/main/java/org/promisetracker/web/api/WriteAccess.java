package org.promisetracker.web.api;

import static org.springframework.http.HttpMethod.POST;

import org.promisetracker.web.security.ApiAuthorization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may record what. ADMIN includes OFFICER through the role hierarchy. */
@Configuration(proxyBeanMethods = false)
class WriteAccess {

    @Bean
    ApiAuthorization writeAccessRules() {
        return requests -> requests.requestMatchers(
                        POST,
                        "/api/v1/plans",
                        "/api/v1/plans/*/areas",
                        "/api/v1/plans/*/actions",
                        "/api/v1/plans/*/benefits",
                        "/api/v1/plans/*/reports")
                .hasRole("ADMIN")
                .requestMatchers(
                        POST,
                        "/api/v1/actions/*/status",
                        "/api/v1/actions/*/notes",
                        "/api/v1/benefits/*/measurements",
                        "/api/v1/benefits/*/measurements/*/corrections",
                        "/api/v1/benefits/*/rag")
                .hasRole("OFFICER");
    }
}
