package org.promisetracker.web.api;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.promisetracker.web.security.ApiAuthorization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may read what: every role sees plans, dashboards, summaries and reports; histories are for
 * the officers who record facts and the auditors who check them; verification and restatements
 * and a plan's evidence for auditors; checking a paper's fingerprint for anyone signed in;
 * rebuilding for administrators. ADMIN includes every role.
 */
@Configuration(proxyBeanMethods = false)
class ReadAccess {

    @Bean
    ApiAuthorization readAccessRules() {
        return requests -> requests.requestMatchers(GET, "/api/v1/actions/*/history", "/api/v1/benefits/*/history")
                .hasAnyRole("OFFICER", "AUDITOR")
                .requestMatchers(
                        GET,
                        "/api/v1/reports/*/verification",
                        "/api/v1/reports/*/restatements",
                        "/api/v1/plans/*/evidence")
                .hasRole("AUDITOR")
                // whoever holds a paper may check it
                .requestMatchers(GET, "/api/v1/verify")
                .authenticated()
                .requestMatchers(GET, "/api/v1/admin/**")
                .hasRole("ADMIN")
                .requestMatchers(POST, "/api/v1/admin/**")
                .hasRole("ADMIN")
                .requestMatchers(GET, "/api/v1/**")
                .hasRole("VIEWER");
    }
}
