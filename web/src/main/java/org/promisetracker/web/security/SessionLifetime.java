package org.promisetracker.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The absolute timeout of a page session (ASVS 3.3.2): however busy, a session signed in longer
 * than {@code tracker.security.session-absolute-timeout} ago (12 hours) ends, and the next page asks
 * for a sign-in again. The idle timeout is the container's ({@code server.servlet.session.timeout}).
 * The sign-in time is the session's first request as a signed-in user.
 */
final class SessionLifetime extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = SessionLifetime.class.getName() + ".signedInAt";

    private final Duration limit;
    private final Clock clock;

    SessionLifetime(Duration limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (session != null
                && user != null
                && user.isAuthenticated()
                && !(user instanceof AnonymousAuthenticationToken)) {
            long now = clock.millis();
            if (!(session.getAttribute(SIGNED_IN_AT) instanceof Long signedInAt)) {
                session.setAttribute(SIGNED_IN_AT, now);
            } else if (now - signedInAt >= limit.toMillis()) {
                SecurityAudit.expired(user.getName(), request.getRemoteAddr(), limit);
                session.invalidate();
                SecurityContextHolder.clearContext();
                response.sendRedirect(request.getContextPath() + "/login?expired");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
