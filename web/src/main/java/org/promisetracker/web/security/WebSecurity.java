package org.promisetracker.web.security;

import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.promisetracker.web.http.ProblemWriter;
import org.promisetracker.web.http.Problems;
import org.promisetracker.web.http.Unavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class WebSecurity {

    private static final Logger log = LoggerFactory.getLogger(WebSecurity.class);

    /**
     * The pages load scripts, styles, fonts and images from this service only and run no inline
     * script or style (the charts read their figures from the page's markup); nothing may frame them,
     * and forms post only here.
     */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private static final String REALM = "Promise Tracker";

    /** RFC 9728: where a client finds out who issues the bearer tokens this API takes. */
    private static final String PROTECTED_RESOURCE_METADATA = "/.well-known/oauth-protected-resource";

    static final String PROVIDER_UNREACHABLE = "The identity provider cannot be reached just now, so the bearer token "
            + "could not be checked and nothing was done. Please try again in a few seconds.";

    /** The API answers data, never a document to render. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /**
     * The HTTP API and operations: HTTP Basic on every call, and with an identity provider configured
     * its JWTs as bearer tokens too ({@link IdentityProvider}); stateless, problems for 401, 403, 429
     * and an unreachable provider's 503.
     */
    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            ObjectProvider<ApiAuthorization> rules,
            ProblemWriter problems,
            AuthenticationManager signIn,
            UndeclaredRoutes undeclared,
            ObjectProvider<IdentityProvider> identityProvider)
            throws Exception {
        IdentityProvider provider = identityProvider.getIfAvailable();
        AuthenticationEntryPoint notAuthenticated = (request, response, e) -> {
            if (e instanceof SignInThrottle.Throttled throttled) {
                response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
                problems.write(response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, throttled.getMessage()));
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
            if (provider != null) {
                response.addHeader("WWW-Authenticate", "Bearer realm=\"" + REALM + "\"");
            }
            problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, "Please sign in."));
        };
        AccessDeniedHandler notAllowed = (request, response, e) -> {
            if (hidden(e) instanceof PlanAccess.Hidden hidden) {
                problems.write(response, Problems.of(HttpStatus.NOT_FOUND, hidden.detail()));
            } else if (e instanceof PlanAccess.AccessUnknown) {
                log.warn(
                        "Could not read {}'s memberships: {}",
                        request.getRemoteUser(),
                        e.getCause().toString());
                response.setHeader("Retry-After", Integer.toString(Unavailable.RETRY_AFTER_SECONDS));
                problems.write(response, Unavailable.problem(Unavailable.NODES_DETAIL));
            } else {
                problems.write(response, Problems.of(HttpStatus.FORBIDDEN, "Your role does not allow this."));
            }
        };
        List<String> paths = new ArrayList<>(List.of("/api/**", "/actuator/**", "/v3/**"));
        if (provider != null) {
            paths.add(PROTECTED_RESOURCE_METADATA);
            http.oauth2ResourceServer(bearer -> bearer.authenticationEntryPoint(tokenRefused(problems))
                    .jwt(jwt -> jwt.authenticationManager(provider.bearerTokens()))
                    // RFC 9728's metadata, which the Bearer challenge names: who issues the tokens
                    .protectedResourceMetadata(metadata -> metadata.protectedResourceMetadataCustomizer(
                            about -> about.authorizationServer(provider.issuer())
                                    .tlsClientCertificateBoundAccessTokens(false))));
        }
        return http.securityMatcher(paths.toArray(String[]::new))
                .authenticationManager(signIn)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY)))
                // a stateless API signed in on each call (HTTP Basic or a bearer token): no session cookie to forge
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(notAuthenticated))
                .exceptionHandling(handling ->
                        handling.authenticationEntryPoint(notAuthenticated).accessDeniedHandler(notAllowed))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health", "/actuator/health/**")
                            .permitAll();
                    rules.orderedStream().forEach(rule -> rule.authorize(requests));
                    requests.requestMatchers("/actuator/**").hasRole(Role.ADMIN.name());
                    requests.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**")
                            .authenticated();
                    requests.anyRequest().access(undeclared);
                })
                .build();
    }

    /**
     * A bearer token refused: 401 with Spring's {@code WWW-Authenticate: Bearer error=...} challenge
     * and a problem saying why (400 for a malformed {@code Authorization} header); or, when the
     * provider could not be asked, 503 with {@code Retry-After}, since the token may well be good.
     */
    private static AuthenticationEntryPoint tokenRefused(ProblemWriter problems) {
        BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
        challenge.setRealmName(REALM);
        return (request, response, e) -> {
            if (e instanceof IdentityProvider.ProviderUnreachable) {
                SecurityAudit.bearerRefused(
                        request.getRemoteAddr(), "not checked, the identity provider is unreachable");
                response.setHeader("Retry-After", Integer.toString(Unavailable.RETRY_AFTER_SECONDS));
                problems.write(response, Unavailable.problem(PROVIDER_UNREACHABLE));
                return;
            }
            String reason = e instanceof OAuth2AuthenticationException oauth2
                            && oauth2.getError().getDescription() != null
                    ? oauth2.getError().getDescription()
                    : e.getMessage();
            SecurityAudit.bearerRefused(request.getRemoteAddr(), reason);
            challenge.commence(request, response, e);
            problems.write(
                    response,
                    Problems.of(HttpStatus.valueOf(response.getStatus()), "The bearer token was refused: " + reason));
        };
    }

    /**
     * The web pages: a sign-in form and a session, with CSRF protection on every form, and with an
     * identity provider configured a button that signs in with it. Each feature declares which pages
     * and form posts need which role ({@link PageAuthorization}).
     */
    @Bean
    @Order(2)
    SecurityFilterChain pages(
            HttpSecurity http,
            ObjectProvider<PageAuthorization> rules,
            AuthenticationManager signIn,
            UndeclaredRoutes undeclared,
            SecurityProperties properties,
            Clock clock,
            ObjectProvider<IdentityProvider> identityProvider)
            throws Exception {
        AccessDeniedHandler notAllowed = (request, response, e) -> {
            if (hidden(e) instanceof PlanAccess.Hidden hidden) {
                response.sendError(HttpStatus.NOT_FOUND.value(), hidden.detail());
            } else if (e instanceof PlanAccess.AccessUnknown) {
                log.warn(
                        "Could not read {}'s memberships: {}",
                        request.getRemoteUser(),
                        e.getCause().toString());
                response.setHeader("Retry-After", Integer.toString(Unavailable.RETRY_AFTER_SECONDS));
                response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value(), Unavailable.NODES_DETAIL);
            } else {
                response.sendError(HttpStatus.FORBIDDEN.value(), "Your role does not allow this.");
            }
        };
        IdentityProvider provider = identityProvider.getIfAvailable();
        if (provider != null) {
            provider.signInPages(http);
        }
        // a sign-out form's redirect to the provider's end-session endpoint is a form action too
        String policy = provider == null
                ? PAGE_POLICY
                : PAGE_POLICY.replace("form-action 'self'", "form-action 'self' " + provider.origin());
        return http.authenticationManager(signIn)
                .addFilterBefore(
                        new SessionLifetime(properties.sessionAbsoluteTimeout(), clock), AuthorizationFilter.class)
                .exceptionHandling(handling -> handling.accessDeniedHandler(notAllowed))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/plans", false)
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + (e instanceof SignInThrottle.Throttled throttled
                                        ? "/login?throttled=" + throttled.retryAfterSeconds()
                                        : "/login?error")))
                        .permitAll())
                .logout(logout -> {
                    if (provider == null) {
                        logout.logoutSuccessUrl("/login?signedOut");
                    } else {
                        logout.logoutSuccessHandler(provider.signOut());
                    }
                    logout.permitAll();
                })
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error")
                            .permitAll();
                    rules.orderedStream().forEach(rule -> rule.authorize(requests));
                    requests.anyRequest().access(undeclared);
                })
                .build();
    }

    /** The decision behind a refusal, when it was one. */
    private static AuthorizationResult hidden(AccessDeniedException e) {
        return e instanceof AuthorizationDeniedException denied ? denied.getAuthorizationResult() : null;
    }

    /**
     * The firewall's refusals (a path with {@code ..}, {@code ;}, an encoded slash or a control
     * character) as a problem; by default they reach the error page as Spring's own JSON.
     */
    @Bean
    RequestRejectedHandler requestRejected(ProblemWriter problems) {
        return (request, response, e) -> {
            log.info("Request refused by the firewall: {}", e.getMessage());
            problems.write(
                    response,
                    Problems.invalid(
                            "The address contains something this service refuses: "
                                    + "'..', ';', '//', an encoded '/', '\\' or '%', or a character that cannot appear in a path.",
                            List.of()));
        };
    }

    /**
     * Spring Security observes each filter of a chain on its own (start, an event, stop); on the API's
     * append that was about 5 % of the request thread's CPU (JFR, docs/PERFORMANCE.md #15). The request
     * as a whole is still observed ({@code http.server.requests}), and so are sign-ins and authorizations.
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.withDefaults()
                .shouldObserveRequests(false)
                .build();
    }

    /** Refusals for the role reach {@link SecurityAudit} as events; Spring Security publishes none without this. */
    @Bean
    AuthorizationEventPublisher authorizationEvents(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy(Role.HIERARCHY);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * One sign-in check for the API's Basic calls and the pages' form: the configured users and
     * their encoded passwords, with verified sign-ins remembered briefly ({@link RecentSignIns}),
     * and repeated failures slowed down ({@link SignInThrottle}).
     * With an identity provider configured, it also checks the code the provider sends back after a
     * page sign-in ({@link IdentityProvider#pageSignIn}).
     * Each chain is given it explicitly: Spring Security would otherwise build its own provider
     * from the {@link UserDetailsService} bean and leave this one unused.
     */
    @Bean
    AuthenticationManager authenticationManager(
            UserDetailsService users,
            PasswordEncoder encoder,
            SecurityProperties properties,
            ObjectProvider<MeterRegistry> meters,
            ObjectProvider<IdentityProvider> identityProvider) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        RecentSignIns remembered = new RecentSignIns(
                passwords, properties.signInMemory(), 10_000, meters.getIfAvailable(SimpleMeterRegistry::new));
        List<AuthenticationProvider> providers = new ArrayList<>();
        providers.add(new SignInThrottle(remembered, properties.throttle(), Ticker.systemTicker()));
        identityProvider.ifAvailable(provider -> providers.add(provider.pageSignIn()));
        return new ProviderManager(providers);
    }

    @Bean
    UserDetailsService users(SecurityProperties properties, PasswordEncoder encoder) {
        List<UserDetails> users = new ArrayList<>();
        for (SecurityProperties.User user : properties.users()) {
            users.add(User.withUsername(user.username())
                    .password(user.password())
                    .roles(roles(user))
                    .build());
        }
        if (properties.generatesAdmin()) {
            String password = randomPassword();
            users.add(User.withUsername("admin")
                    .password(encoder.encode(password))
                    .roles(Role.ADMIN.name())
                    .build());
            log.warn("""

                    No users are configured (tracker.security.users), so this local service made one:
                        username: admin
                        password: {}
                    It changes at every start. Configure users before anyone else relies on this service.
                    """, password);
        }
        return new InMemoryUserDetailsManager(users);
    }

    private static String[] roles(SecurityProperties.User user) {
        if (user.username() == null || user.username().isBlank() || user.password() == null) {
            throw new IllegalStateException("Every tracker.security.users entry needs a username and a password");
        }
        if (user.roles() == null) {
            // a user who holds roles on the plans they are members of only
            return new String[0];
        }
        return Arrays.stream(user.roles().split(","))
                .map(String::trim)
                .filter(role -> !role.isEmpty())
                .map(role -> Role.valueOf(role.toUpperCase()).name())
                .toArray(String[]::new);
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
