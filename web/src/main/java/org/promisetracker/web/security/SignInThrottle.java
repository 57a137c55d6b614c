package org.promisetracker.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Slows password guessing down without locking anyone out for good. Failed sign-ins are counted
 * three ways, each with its own free allowance, after which every further attempt must wait a
 * delay that doubles with each failure, up to a cap, and is refused meanwhile ({@link Throttled}:
 * 429 with {@code Retry-After}):
 * <ul>
 *   <li>a username from one address: 5 free, then 1 s doubling to 15 minutes (one guesser);
 *   <li>an address, whatever the usernames: 100 free, then the same (one machine spraying names;
 *       high, since a council's staff may share one address);
 *   <li>a username from anywhere: 50 free, then 1 s doubling to 30 s only (many machines against one
 *       user), so that an attacker can slow a real user to one attempt every 30 s at worst, never
 *       lock them out.
 * </ul>
 * A success forgets its username's failures; counts are forgotten 15 minutes after the last
 * failure. An unknown username is counted as a known one is, so the answers say nothing of which
 * usernames exist. Counted per node: with several web nodes an attacker spreads over them, and the
 * allowances multiply by their number.
 */
final class SignInThrottle implements AuthenticationProvider {

    /** The allowances, delays and caps; {@link #DEFAULTS} as described above. */
    record Policy(
            int pairFailures,
            int addressFailures,
            int userFailures,
            Duration firstDelay,
            Duration cap,
            Duration userCap) {}

    static final Policy DEFAULTS =
            new Policy(5, 100, 50, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofSeconds(30));

    /** A sign-in refused before its password was checked, because it comes too soon after failures. */
    static final class Throttled extends AuthenticationException {

        private final Duration retryAfter;

        Throttled(Duration retryAfter) {
            super("Too many failed sign-ins; try again in " + seconds(retryAfter) + " seconds.");
            this.retryAfter = retryAfter;
        }

        long retryAfterSeconds() {
            return seconds(retryAfter);
        }

        private static long seconds(Duration wait) {
            return Math.max(1, (wait.toMillis() + 999) / 1000);
        }
    }

    private record Failures(int count, long lastNanos) {}

    private final AuthenticationProvider passwords;
    private final Policy policy;
    private final Ticker ticker;
    private final Cache<String, Failures> byPair;
    private final Cache<String, Failures> byAddress;
    private final Cache<String, Failures> byUser;

    SignInThrottle(AuthenticationProvider passwords, Policy policy, Ticker ticker) {
        this.passwords = passwords;
        this.policy = policy;
        this.ticker = ticker;
        this.byPair = cache(ticker);
        this.byAddress = cache(ticker);
        this.byUser = cache(ticker);
    }

    private static Cache<String, Failures> cache(Ticker ticker) {
        return Caffeine.newBuilder()
                .ticker(ticker)
                .expireAfterWrite(Duration.ofMinutes(15))
                .maximumSize(100_000)
                .build();
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String user = String.valueOf(authentication.getName()).toLowerCase(Locale.ROOT);
        String address = address(authentication);
        String pair = user + "\u0000" + address;
        long now = ticker.read();
        Duration wait = longest(
                waiting(byPair.getIfPresent(pair), policy.pairFailures(), policy.cap(), now),
                waiting(byAddress.getIfPresent(address), policy.addressFailures(), policy.cap(), now),
                waiting(byUser.getIfPresent(user), policy.userFailures(), policy.userCap(), now));
        if (!wait.isZero()) {
            Throttled throttled = new Throttled(wait);
            SecurityAudit.throttled(authentication.getName(), address, throttled.retryAfterSeconds());
            throw throttled;
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            if (result != null && result.isAuthenticated()) {
                byPair.invalidate(pair);
                byUser.invalidate(user);
            }
            return result;
        } catch (BadCredentialsException e) {
            SecurityAudit.failed(authentication.getName(), address);
            count(byPair, pair, now);
            count(byAddress, address, now);
            count(byUser, user, now);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    private Duration waiting(Failures failures, int free, Duration cap, long now) {
        if (failures == null || failures.count() < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures.count() - free, 30);
        Duration delay = policy.firstDelay().multipliedBy(1L << doublings);
        if (delay.compareTo(cap) > 0) {
            delay = cap;
        }
        Duration passed = Duration.ofNanos(now - failures.lastNanos());
        return passed.compareTo(delay) >= 0 ? Duration.ZERO : delay.minus(passed);
    }

    private static void count(Cache<String, Failures> cache, String key, long now) {
        cache.asMap().merge(key, new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
    }

    private static Duration longest(Duration... waits) {
        Duration longest = Duration.ZERO;
        for (Duration wait : waits) {
            if (wait.compareTo(longest) > 0) {
                longest = wait;
            }
        }
        return longest;
    }

    /** The client's address as the servlet container saw it (behind a proxy: its forwarded one, when configured). */
    private static String address(Authentication authentication) {
        return Optional.ofNullable(authentication.getDetails())
                .filter(WebAuthenticationDetails.class::isInstance)
                .map(details -> ((WebAuthenticationDetails) details).getRemoteAddress())
                .orElse("unknown");
    }
}
