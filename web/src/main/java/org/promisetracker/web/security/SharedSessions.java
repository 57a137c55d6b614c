package org.promisetracker.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
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
import org.springframework.dao.DataAccessResourceFailureException;
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

    /** After a session could not be read or written for an outage, how long none is tried again. */
    static final long RESPITE_NANOS = TimeUnit.SECONDS.toNanos(1);

    /** When a session access last met the database away (one per process: there is one database). */
    private static final AtomicLong LAST_OUTAGE = new AtomicLong(System.nanoTime() - 2 * RESPITE_NANOS);

    /** The answer of the request this thread serves, while it passes the outage filter. */
    private static final ThreadLocal<HttpServletResponse> ANSWERING = new ThreadLocal<>();

    static boolean inRespite() {
        return System.nanoTime() - LAST_OUTAGE.get() < RESPITE_NANOS;
    }

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
                proxy.addAdvice(new OutageTolerant());
                return proxy.getProxy(bean.getClass().getClassLoader());
            }
        };
    }

    /**
     * The session store, as an outage needs it. Each session access that meets the database away costs
     * a connection timeout (2 s), and one request may make several (the page, its error page, the
     * session's write-back), so after such a failure none is tried for {@link #RESPITE_NANOS}: reads
     * find no session and write-backs are let go, so nothing fails after an answer has begun. A
     * request that brings a session in that time is answered 503 at once ({@link #sessionOutages}).
     * The first access to fail fails the request, which answers 503 too, unless it is a write-back, or
     * a read once the answer has begun (Spring Session looks again as it finishes the request): those
     * are let go with a warning.
     */
    static final class OutageTolerant implements MethodInterceptor {

        /** The store's methods a request calls that go to the database. */
        private static final Set<String> REQUEST_PATH =
                Set.of("findById", "save", "deleteById", "findByIndexNameAndIndexValue", "findByPrincipalName");

        @Override
        public Object invoke(MethodInvocation call) throws Throwable {
            String method = call.getMethod().getName();
            if (!REQUEST_PATH.contains(method)) { // a new session is made in memory; the clean-up runs on its own
                return call.proceed();
            }
            if (inRespite()) {
                if ("findById".equals(method) || "save".equals(method)) {
                    return null;
                }
                throw new DataAccessResourceFailureException(
                        "The database was unreachable a moment ago; sessions are not tried again yet");
            }
            try {
                return call.proceed();
            } catch (RuntimeException e) {
                if (!DatabaseOutages.isUnreachable(e)) {
                    throw e;
                }
                LAST_OUTAGE.set(System.nanoTime());
                HttpServletResponse answering = ANSWERING.get();
                if (!"save".equals(method) && (answering == null || !answering.isCommitted())) {
                    throw e;
                }
                log.warn(
                        "Could not {} a session, the database is unreachable: {}",
                        "save".equals(method) ? "write back" : "read, after the answer had begun,",
                        DatabaseOutages.rootCause(e));
                return null;
            }
        }
    }

    /**
     * Just outside Spring Session's filter: a request with a session answers 503 at once while sessions
     * are not tried, and one whose session could not be read answers 503.
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> sessionOutages(ProblemWriter problems) {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(
                            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws ServletException, IOException {
                        if (inRespite() && bringsSession(request)) {
                            unavailable(request, response, problems);
                            return;
                        }
                        ANSWERING.set(response);
                        try {
                            chain.doFilter(request, response);
                        } catch (RuntimeException | ServletException e) {
                            if (!DatabaseOutages.isUnreachable(e) || response.isCommitted()) {
                                throw e;
                            }
                            log.warn("Answered 503, the session could not be read: {}", DatabaseOutages.rootCause(e));
                            unavailable(request, response, problems);
                        } finally {
                            ANSWERING.remove();
                        }
                    }
                });
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }

    private static boolean bringsSession(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies != null
                && Arrays.stream(cookies).anyMatch(cookie -> SessionCookies.NAMES.contains(cookie.getName()));
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
