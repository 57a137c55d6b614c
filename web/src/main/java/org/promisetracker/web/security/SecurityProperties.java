package org.promisetracker.web.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tracker.security.users[i].username}, {@code .password} (Spring Security encoded, e.g.
 * {@code {bcrypt}...} or {@code {noop}...}) and {@code .roles} (comma separated).
 *
 * @param generateAdmin with no users configured, create an {@code admin} with a random password
 *                      printed once at start-up; on in the local distribution only
 * @param signInMemory  how long a verified username and password are remembered, so that API calls
 *                      signed in with HTTP Basic do not each pay for a password hash (default 5 minutes;
 *                      0 checks every call)
 */
@ConfigurationProperties("tracker.security")
public record SecurityProperties(List<User> users, boolean generateAdmin, Duration signInMemory) {

    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
        signInMemory = signInMemory == null ? Duration.ofMinutes(5) : signInMemory;
    }

    public record User(String username, String password, String roles) {}
}
