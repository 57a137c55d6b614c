package org.promisetracker.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * {@code tracker.security.users[i].username}, {@code .password} (Spring Security encoded, e.g.
 * {@code {bcrypt}...} or {@code {noop}...}) and {@code .roles} (comma separated).
 *
 * @param generateAdmin with no users configured, create an {@code admin} with a random password
 *                      printed once at start-up; on in the local distribution only
 */
@ConfigurationProperties("tracker.security")
public record SecurityProperties(List<User> users, boolean generateAdmin) {

    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    public record User(String username, String password, String roles) {
    }
}
