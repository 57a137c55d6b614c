package org.promisetracker.web.security;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The security audit trail, one line each on the logger {@code promise-tracker.audit}: page
 * sign-ins and sign-outs, failed and throttled sign-ins (from {@link SignInThrottle}, which sees
 * every attempt, the API's included), sign-ins with the identity provider that failed, bearer tokens
 * refused, and requests refused for the role. Who, from where, what; never a password or a token.
 * The log's own timestamp says when. A successful API call signed in with HTTP Basic or a bearer
 * token is not a sign-in here: every call carries one.
 */
@Component
public class SecurityAudit {

    static final Logger AUDIT = LoggerFactory.getLogger("promise-tracker.audit");

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        Authentication who = event.getAuthentication();
        if (who instanceof OAuth2AuthenticationToken provider) {
            AUDIT.info(
                    "signed in: user={} from={} via={}",
                    user(who),
                    address(who),
                    provider.getAuthorizedClientRegistrationId());
            return;
        }
        AUDIT.info("signed in: user={} from={}", user(who), address(who));
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        AUDIT.info("signed out: user={} from={}", user(event.getAuthentication()), address(event.getAuthentication()));
    }

    @EventListener
    void refused(AuthorizationDeniedEvent<?> event) {
        Authentication who = event.getAuthentication().get();
        if (who == null || !who.isAuthenticated() || "anonymousUser".equals(who.getName())) {
            return; // not signed in: the 401 or the sign-in page, not a refusal of someone
        }
        HttpServletRequest request =
                RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                        ? attributes.getRequest()
                        : null;
        AUDIT.info(
                "refused: user={} from={} {} {}",
                user(who),
                request == null ? "unknown" : request.getRemoteAddr(),
                request == null ? "" : request.getMethod(),
                request == null ? "" : printable(request.getRequestURI()));
    }

    /** A page session ended at its absolute timeout. */
    static void expired(String username, String address, java.time.Duration limit) {
        AUDIT.info("session expired: user={} from={} after={}", printable(username), address, limit);
    }

    /** A failed sign-in, counted by the throttle. */
    static void failed(String username, String address) {
        AUDIT.info("sign-in failed: user={} from={}", printable(username), address);
    }

    /** A sign-in refused before its password was checked. */
    static void throttled(String username, String address, long waitSeconds) {
        AUDIT.info("sign-in throttled: user={} from={} wait={}s", printable(username), address, waitSeconds);
    }

    /** The identity provider sent the user back without a sign-in: refused, or a code or ID token that did not check out. */
    static void providerSignInFailed(String address, String error) {
        AUDIT.info("sign-in failed: user=unknown from={} via=oidc error={}", address, printable(error));
    }

    /** An API call's bearer token refused (or not checked: {@code reason} says which), before anything was done. */
    static void bearerRefused(String address, String reason) {
        AUDIT.info("bearer token refused: from={} reason={}", address, printable(reason));
    }

    private static String user(Authentication authentication) {
        return authentication == null ? "unknown" : printable(authentication.getName());
    }

    private static String address(Authentication authentication) {
        return authentication != null && authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : "unknown";
    }

    /** A typed username in a log line: no line breaks or control characters to forge other lines with. */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), 200));
        text.codePoints().limit(200).forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
