package org.promisetracker.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.aopalliance.intercept.MethodInterceptor;
import org.promisetracker.platform.persistence.DatabaseOutages;
import org.promisetracker.web.http.ProblemWriter;
import org.promisetracker.web.http.Unavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.session.SessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The pages' sessions (who signed in, the CSRF token, the notification a form leaves for the next
 * page) are kept in the shared PostgreSQL by Spring Session JDBC, in the tables of the web module's
 * migration V300, so any web node serves any request of a session and a load balancer needs no
 * stickiness. The API keeps no session (HTTP Basic on every call).
 * <p>
 * While the database is down a page answers 503 with {@code Retry-After}, as it would without
 * sessions: a session that cannot be read stops the request before it reaches a page, and a session
 * that cannot be written back (its last-access time, a new notification) is let go with a warning,
 * not turned into a broken answer half-way through writing the page.
 */
@Configuration(proxyBeanMethods = false)
class SharedSessions {

    private static final Logger log = LoggerFactory.getLogger(SharedSessions.class);

    private static final String UNAVAILABLE_PAGE = """
            <!DOCTYPE html>
            <html lang="en-GB"><head><meta charset="utf-8"><title>Temporarily unavailable - Promise Tracker</title></head>
            <body><main><h1>The service is temporarily unavailable</h1>
            <p>It cannot reach its database just now, so this could not be done. Please try again in a few seconds.</p>
            </main></body></html>
            """;

    /** Set while a request passes the outage filter: whether its session could not be read. */
    private static final ThreadLocal<boolean[]> UNREADABLE = new ThreadLocal<>();

    /**
     * The session store, but a session that cannot be written back in an outage is let go, and once a
     * request's session could not be read, later looks in the same request (Spring Session's own, as it
     * finishes the request) find none rather than fail again after the answer has begun.
     */
    @Bean
    static BeanPostProcessor sessionStoreThatOutlastsAnOutage() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof SessionRepository<?>)) {
                    return bean;
                }
                ProxyFactory proxy = new ProxyFactory(bean);
                proxy.setProxyTargetClass(true);
                proxy.addAdvice((MethodInterceptor) call -> {
                    String method = call.getMethod().getName();
                    boolean[] unreadable = UNREADABLE.get();
                    if ("findById".equals(method) && unreadable != null && unreadable[0]) {
                        return null;
                    }
                    try {
                        return call.proceed();
                    } catch (RuntimeException e) {
                        if (!DatabaseOutages.isUnreachable(e)) {
                            throw e;
                        }
                        if (unreadable != null) {
                            unreadable[0] = true;
                        }
                        if (!"save".equals(method)) {
                            throw e;
                        }
                        log.warn(
                                "Could not write a session back, the database is unreachable: {}",
                                DatabaseOutages.rootCause(e));
                        return null;
                    }
                });
                return proxy.getProxy(bean.getClass().getClassLoader());
            }
        };
    }

    /** Just outside Spring Session's filter: a session that cannot be read answers 503. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> sessionOutages(ProblemWriter problems) {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(
                            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws ServletException, IOException {
                        UNREADABLE.set(new boolean[1]);
                        try {
                            chain.doFilter(request, response);
                        } catch (RuntimeException | ServletException e) {
                            if (!DatabaseOutages.isUnreachable(e) || response.isCommitted()) {
                                throw e;
                            }
                            log.warn("Answered 503, the session could not be read: {}", DatabaseOutages.rootCause(e));
                            unavailable(request, response, problems);
                        } finally {
                            UNREADABLE.remove();
                        }
                    }
                });
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }

    private static void unavailable(HttpServletRequest request, HttpServletResponse response, ProblemWriter problems)
            throws IOException {
        response.resetBuffer();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(Unavailable.RETRY_AFTER_SECONDS));
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            problems.write(response, Unavailable.problem());
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(UNAVAILABLE_PAGE.getBytes(StandardCharsets.UTF_8));
    }
}
