package org.promisetracker.web.page;

import static org.springframework.http.HttpMethod.GET;

import org.promisetracker.web.security.PageAuthorization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Restatements are for auditors, as in the API; ADMIN inherits it through the role hierarchy. */
@Configuration(proxyBeanMethods = false)
class PageAccess {

    @Bean
    PageAuthorization reportPageRules() {
        return requests ->
                requests.requestMatchers(GET, "/reports/*/restatements").hasRole("AUDITOR");
    }
}
