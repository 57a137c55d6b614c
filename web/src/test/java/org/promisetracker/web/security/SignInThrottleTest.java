package org.promisetracker.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The throttle's arithmetic on a clock the test moves: who waits, how long, and who never does. */
class SignInThrottleTest {

    private final AtomicLong nanos = new AtomicLong();
    private final SignInThrottle throttle = new SignInThrottle(passwords(), SignInThrottle.DEFAULTS, nanos::get);

    @Test
    void givenFiveWrongPasswordsFromOneAddress_whenTheSixthComes_thenItWaitsASecondDoublingPerFailure() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn("dawn.parker", "wrong", "10.0.0.1"))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThat(throttled(() -> signIn("dawn.parker", "right", "10.0.0.1"))).isEqualTo(1);
        later(Duration.ofSeconds(1));
        assertThatThrownBy(() -> signIn("dawn.parker", "wrong", "10.0.0.1"))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(throttled(() -> signIn("dawn.parker", "right", "10.0.0.1"))).isEqualTo(2);
        later(Duration.ofMillis(1_500));
        assertThat(throttled(() -> signIn("dawn.parker", "right", "10.0.0.1")))
                .as("the wait counts from the last failure, rounded up")
                .isEqualTo(1);
        later(Duration.ofMillis(500));
        assertThat(signIn("dawn.parker", "right", "10.0.0.1").isAuthenticated()).isTrue();
        assertThatThrownBy(() -> signIn("dawn.parker", "wrong", "10.0.0.1"))
                .as("a success forgets the failures: the next wrong one is a 401 again, not a wait")
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void givenAGuesserAtOneAddress_whenTheRealUserSignsInFromAnother_thenTheyAreNotKeptOut() {
        for (int i = 0; i < 20; i++) {
            try {
                signIn("dawn.parker", "guess-" + i, "203.0.113.9");
            } catch (BadCredentialsException | SignInThrottle.Throttled e) {
                later(Duration.ofMinutes(1)); // the guesser waits each time it is told to
            }
        }

        assertThat(signIn("dawn.parker", "right", "10.0.0.1").isAuthenticated()).isTrue();
    }

    @Test
    void givenGuessersEverywhere_whenTheUserIsThrottledAcrossAddresses_thenTheWaitNeverPassesThirtySeconds() {
        for (int i = 0; i < 200; i++) {
            try {
                signIn("Dawn.Parker", "guess", "198.51.100." + (i % 250));
            } catch (BadCredentialsException e) {
                // counted
            } catch (SignInThrottle.Throttled e) {
                later(Duration.ofSeconds(e.retryAfterSeconds())); // and they wait as told, so every guess counts
            }
        }

        assertThat(throttled(() -> signIn("dawn.parker", "right", "10.0.0.1")))
                .as("the same username in another case is the same user")
                .isBetween(1L, 30L);
        later(Duration.ofSeconds(30));
        assertThat(signIn("dawn.parker", "right", "10.0.0.1").isAuthenticated()).isTrue();
    }

    @Test
    void givenOneAddressSprayingUsernames_whenPastAHundredFailures_thenThatAddressWaitsAndOthersDoNot() {
        for (int i = 0; i < 100; i++) {
            final int n = i;
            assertThatThrownBy(() -> signIn("user-" + n, "guess", "203.0.113.9"))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThat(throttled(() -> signIn("dawn.parker", "right", "203.0.113.9")))
                .isEqualTo(1);
        assertThat(signIn("dawn.parker", "right", "10.0.0.1").isAuthenticated()).isTrue();
    }

    @Test
    void givenAnUnknownUsername_whenGuessed_thenItIsCountedAndAnsweredAsAKnownOneIs() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn("nobody", "guess", "10.0.0.1")).isInstanceOf(BadCredentialsException.class);
        }

        assertThat(throttled(() -> signIn("nobody", "guess", "10.0.0.1"))).isEqualTo(1);
    }

    private long throttled(Runnable attempt) {
        try {
            attempt.run();
        } catch (SignInThrottle.Throttled e) {
            return e.retryAfterSeconds();
        }
        throw new AssertionError("the attempt was not throttled");
    }

    private void later(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    private Authentication signIn(String username, String password, String address) {
        UsernamePasswordAuthenticationToken attempt =
                UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        return throttle.authenticate(attempt);
    }

    /** "right" is every user's password. */
    private static AuthenticationProvider passwords() {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                if (!"right".equals(authentication.getCredentials())) {
                    throw new BadCredentialsException("Bad credentials");
                }
                return UsernamePasswordAuthenticationToken.authenticated(
                        authentication.getName(), null, AuthorityUtils.createAuthorityList("ROLE_OFFICER"));
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return true;
            }
        };
    }
}
