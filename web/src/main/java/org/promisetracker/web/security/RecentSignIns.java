package org.promisetracker.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Remembers, for a short while, which username and password pairs were verified, so that an API
 * client signing in with HTTP Basic on every call pays for the password hash once, not on every
 * call. Checking a BCrypt hash costs tens of milliseconds of CPU by design; the benchmark of
 * docs/PERFORMANCE.md found it taking two thirds of the service's CPU and most of each request's
 * time.
 * <p>
 * Only successes are remembered, keyed by the username and a SHA-256 of a per-process random salt
 * and the password: the cache never holds a password, and a wrong password is always checked by
 * the real provider. Users come from configuration and change only with a restart, so an entry
 * cannot outlive its user; it expires after {@code ttl} all the same.
 */
final class RecentSignIns implements AuthenticationProvider {

    /** Sign-ins answered from memory and those whose password was checked: {@code promise_tracker.sign_ins}. */
    static final String METER = "promise_tracker.sign_ins";

    private final AuthenticationProvider passwords;
    private final Cache<String, Authentication> verified;
    private final byte[] salt = new byte[32];
    private final Counter remembered;
    private final Counter checked;

    RecentSignIns(AuthenticationProvider passwords, Duration ttl, long maximumSize, MeterRegistry meters) {
        this.passwords = passwords;
        this.verified = Caffeine.newBuilder()
                .expireAfterWrite(ttl)
                .maximumSize(maximumSize)
                .build();
        this.remembered = Counter.builder(METER).tag("answer", "remembered").register(meters);
        this.checked = Counter.builder(METER).tag("answer", "checked").register(meters);
        new SecureRandom().nextBytes(salt);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        if (!(authentication.getCredentials() instanceof String password) || authentication.getName() == null) {
            checked.increment();
            return passwords.authenticate(authentication);
        }
        String key = authentication.getName() + ":" + digest(password);
        Authentication known = verified.getIfPresent(key);
        if (known != null) {
            remembered.increment();
            return known;
        }
        checked.increment();
        Authentication result = passwords.authenticate(authentication);
        if (result != null && result.isAuthenticated()) {
            verified.put(key, result);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private String digest(String password) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            return HexFormat.of().formatHex(sha256.digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
