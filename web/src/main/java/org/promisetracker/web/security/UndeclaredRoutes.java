package org.promisetracker.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Deny by default: the last rule of each chain. A request no feature's rule matched is refused if a
 * controller would handle it (an endpoint whose author forgot to say who may use it: a 403, and an
 * error in the log), and let through to an answer of 404 or 405 if none would, so a signed-in user
 * asking for a path or method that does not exist is told so. Without a sign-in, either is a 401.
 * {@code HEAD} and {@code OPTIONS}, which Spring MVC would answer for any route, are declared for
 * none, so on a route they are a 403.
 */
@Component
public class UndeclaredRoutes implements AuthorizationManager<RequestAuthorizationContext> {

    private static final Logger log = LoggerFactory.getLogger(UndeclaredRoutes.class);

    /** The methods the rules declare routes with; any other that reaches a route is refused quietly. */
    private static final Set<String> DECLARABLE = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    UndeclaredRoutes(ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    @Override
    public AuthorizationResult authorize(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        Authentication user = authentication.get();
        if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
            return new AuthorizationDecision(false);
        }
        HttpServletRequest request = context.getRequest();
        if (handled(request)) {
            if (!DECLARABLE.contains(request.getMethod())) {
                // Spring MVC answers HEAD and OPTIONS for any route; the rules declare the methods a client uses
                log.debug("{} {} refused: the method is not declared", request.getMethod(), request.getRequestURI());
                return new AuthorizationDecision(false);
            }
            log.error(
                    "{} {} has a handler but no access rule: refused. Declare who may use it beside its controller.",
                    request.getMethod(),
                    request.getRequestURI());
            return new AuthorizationDecision(false);
        }
        return new AuthorizationDecision(true);
    }

    /** Whether a controller method would take the request; looked up on a copy, so the request keeps no trace. */
    boolean handled(HttpServletRequest request) {
        HttpServletRequest probe = new DetachedAttributes(request);
        List<RequestMappingHandlerMapping> all = mappings.orderedStream().toList();
        for (RequestMappingHandlerMapping mapping : all) {
            try {
                ServletRequestPathUtils.parseAndCache(probe);
                if (mapping.getHandler(probe) != null) {
                    return true;
                }
            } catch (Exception e) {
                // no method for this method or content type: the answer will be a 405 or a 415, from no handler
            }
        }
        return false;
    }

    /** The request with attributes of its own: a handler lookup writes several. */
    private static final class DetachedAttributes extends HttpServletRequestWrapper {

        private final Map<String, Object> attributes = new HashMap<>();

        DetachedAttributes(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            return attributes.containsKey(name) ? attributes.get(name) : super.getAttribute(name);
        }

        @Override
        public void setAttribute(String name, Object value) {
            attributes.put(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            attributes.put(name, null);
        }
    }
}
