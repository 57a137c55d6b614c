package org.promisetracker.web.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tracker.security.users[i].username}, {@code .password} (Spring Security encoded, e.g.
 * {@code {bcrypt}...} or {@code {noop}...}) and {@code .roles} (comma separated; none for a user who
 * holds roles only on the plans they are a member of).
 *
 * @param generateAdmin with no users configured, create an {@code admin} with a random password
 *                      printed once at start-up; on in the local distribution only
 * @param signInMemory  how long a verified username and password are remembered, so that API calls
 *                      signed in with HTTP Basic do not each pay for a password hash (default 5 minutes;
 *                      0 checks every call)
 * @param signInThrottle how many failed sign-ins are allowed before attempts must wait ({@link SignInThrottle})
 * @param sessionAbsoluteTimeout how long a page session lasts after sign-in however busy it is
 *                      (default 12 hours; {@link SessionLifetime}); the idle timeout is
 *                      {@code server.servlet.session.timeout}
 * @param oidc           the council's identity provider, if any ({@link Oidc})
 */
@ConfigurationProperties("tracker.security")
public record SecurityProperties(
        List<User> users,
        boolean generateAdmin,
        Duration signInMemory,
        Throttle signInThrottle,
        Duration sessionAbsoluteTimeout,
        Oidc oidc) {

    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
        signInMemory = signInMemory == null ? Duration.ofMinutes(5) : signInMemory;
        signInThrottle = signInThrottle == null ? new Throttle(null, null, null, null) : signInThrottle;
        sessionAbsoluteTimeout = sessionAbsoluteTimeout == null ? Duration.ofHours(12) : sessionAbsoluteTimeout;
        oidc = oidc == null ? new Oidc(null, null, null, null, null, null, null, null) : oidc;
    }

    /** Whether the start-up makes an {@code admin}: no users configured, and no identity provider to sign in with. */
    boolean generatesAdmin() {
        return users.isEmpty() && generateAdmin && !oidc.configured();
    }

    /** Whether anyone can sign in with a username and password (the sign-in page shows the form only then). */
    public boolean passwordSignIn() {
        return !users.isEmpty() || generatesAdmin();
    }

    /**
     * {@code tracker.security.sign-in-throttle.*}: failed sign-ins allowed before each attempt must
     * wait (per username and address, per address, per username), and the first wait, which doubles
     * with each further failure (1 s).
     */
    public record Throttle(Integer pairFailures, Integer addressFailures, Integer userFailures, Duration firstDelay) {}

    SignInThrottle.Policy throttle() {
        SignInThrottle.Policy defaults = SignInThrottle.DEFAULTS;
        return new SignInThrottle.Policy(
                Objects.requireNonNullElse(signInThrottle.pairFailures(), defaults.pairFailures()),
                Objects.requireNonNullElse(signInThrottle.addressFailures(), defaults.addressFailures()),
                Objects.requireNonNullElse(signInThrottle.userFailures(), defaults.userFailures()),
                Objects.requireNonNullElse(signInThrottle.firstDelay(), defaults.firstDelay()),
                defaults.cap(),
                defaults.userCap());
    }

    public record User(String username, String password, String roles) {}

    /**
     * {@code tracker.security.oidc.*}: sign-in with the council's OpenID Connect provider (Entra ID,
     * Google Workspace, Keycloak) for the pages, and its JWTs as bearer tokens for the API. Set
     * {@code issuer-uri} and it is on; unset, nothing of it exists.
     *
     * @param issuerUri    the provider's issuer, exactly as its discovery document says it
     * @param clientId     this service's client (application) id at the provider
     * @param clientSecret its secret; without one, it signs in as a public client (PKCE alone)
     * @param audience     what an API token's {@code aud} must contain (default: the client id)
     * @param rolesClaim   the claim that carries roles or groups (default {@code roles})
     * @param roleMapping  claim value to role names (comma separated); none configured, a value equal to
     *                     a role's name (in any case) is that role
     * @param usernameClaim the claim that names the user (default {@code preferred_username}, else {@code sub})
     * @param displayName  the provider as the sign-in button names it
     */
    public record Oidc(
            String issuerUri,
            String clientId,
            String clientSecret,
            String audience,
            String rolesClaim,
            Map<String, String> roleMapping,
            String usernameClaim,
            String displayName) {

        public Oidc {
            audience = blank(audience) ? clientId : audience;
            rolesClaim = blank(rolesClaim) ? "roles" : rolesClaim;
            roleMapping = roleMapping == null ? Map.of() : Map.copyOf(roleMapping);
            usernameClaim = blank(usernameClaim) ? "preferred_username" : usernameClaim;
            displayName = blank(displayName) ? "your organisation's account" : displayName;
        }

        public boolean configured() {
            return issuerUri != null;
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }
}
