package org.promisetracker.web.security;

import java.time.Duration;
import java.util.List;
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
 */
@ConfigurationProperties("tracker.security")
public record SecurityProperties(
        List<User> users,
        boolean generateAdmin,
        Duration signInMemory,
        Throttle signInThrottle,
        Duration sessionAbsoluteTimeout) {

    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
        signInMemory = signInMemory == null ? Duration.ofMinutes(5) : signInMemory;
        signInThrottle = signInThrottle == null ? new Throttle(null, null, null, null) : signInThrottle;
        sessionAbsoluteTimeout = sessionAbsoluteTimeout == null ? Duration.ofHours(12) : sessionAbsoluteTimeout;
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
}
