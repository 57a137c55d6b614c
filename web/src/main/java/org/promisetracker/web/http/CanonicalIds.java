package org.promisetracker.web.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts every id in a path ({@code {planId}}, {@code {actionId}}, …) in its canonical form before any
 * handler sees it, for the API and the pages alike (see {@link Ids}); ids in bodies are canonicalised
 * where each request is turned into a command.
 */
@Configuration(proxyBeanMethods = false)
class CanonicalIds implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            Map<String, String> canonical = new LinkedHashMap<>();
            variables.forEach((name, value) -> canonical.put(
                    (String) name, name.toString().endsWith("Id") ? Ids.canonical((String) value) : (String) value));
            request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, canonical);
        }
        return true;
    }
}
