package org.promisetracker.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The page session's cookie: {@code HttpOnly}, {@code SameSite=Lax}, path {@code /}; and on a request
 * that came over TLS ({@code request.isSecure()}, which honours the proxy's
 * {@code X-Forwarded-Proto} when {@code server.forward-headers-strategy=native}) named
 * {@code __Host-SESSION} and {@code Secure}: a browser then keeps it for this host only, over HTTPS
 * only, and no subdomain can set or shadow it (ASVS 3.4.4). Over plain HTTP (the local mode) it is
 * {@code SESSION}, as a browser refuses a {@code __Host-} cookie that is not secure.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookies {

    static final String PLAIN = "SESSION";
    static final String OVER_TLS = "__Host-SESSION";

    static final List<String> NAMES = List.of(OVER_TLS, PLAIN);

    /**
     * @param alwaysSecure {@code server.servlet.session.cookie.secure=true}: the secure cookie on every
     *                     request, for a proxy that terminates TLS without saying so in its headers
     */
    @Bean
    CookieSerializer sessionCookie(@Value("${server.servlet.session.cookie.secure:false}") boolean alwaysSecure) {
        DefaultCookieSerializer plain = serializer(PLAIN, false);
        DefaultCookieSerializer overTls = serializer(OVER_TLS, true);
        return new CookieSerializer() {
            @Override
            public void writeCookieValue(CookieValue value) {
                serializer(value.getRequest()).writeCookieValue(value);
            }

            @Override
            public List<String> readCookieValues(HttpServletRequest request) {
                return serializer(request).readCookieValues(request);
            }

            private DefaultCookieSerializer serializer(HttpServletRequest request) {
                return alwaysSecure || request.isSecure() ? overTls : plain;
            }
        };
    }

    private static DefaultCookieSerializer serializer(String name, boolean secure) {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName(name);
        serializer.setCookiePath("/");
        serializer.setUseHttpOnlyCookie(true);
        serializer.setSameSite("Lax");
        serializer.setUseSecureCookie(secure);
        // the id as it is; Spring Session's default Base64 adds nothing a cookie needs
        serializer.setUseBase64Encoding(false);
        return serializer;
    }
}
