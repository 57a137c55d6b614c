package org.promisetracker.web.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A feature's access rules for its web pages and forms, declared beside them. Every page not
 * matched needs a signed-in user of any role.
 */
@FunctionalInterface
public interface PageAuthorization {

    void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);
}
