package org.promisetracker.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

class RecentSignInsTest {

    private final AtomicInteger checks = new AtomicInteger();
    private final AuthenticationProvider passwords = counting(realProvider());

    @Test
    void givenAVerifiedSignIn_whenTheSamePasswordComesAgain_thenTheHashIsNotCheckedAgain() {
        RecentSignIns signIns = new RecentSignIns(passwords, Duration.ofMinutes(5), 100, new SimpleMeterRegistry());

        Authentication first = signIns.authenticate(token("officer", "officer-pw"));
        Authentication second = signIns.authenticate(token("officer", "officer-pw"));

        assertThat(first.isAuthenticated()).isTrue();
        assertThat(second.getName()).isEqualTo("officer");
        assertThat(second.getAuthorities()).extracting(Object::toString).contains("ROLE_OFFICER");
        assertThat(checks).hasValue(1);
    }

    @Test
    void givenAVerifiedSignIn_whenAWrongPasswordComes_thenItIsCheckedAndRefused() {
        RecentSignIns signIns = new RecentSignIns(passwords, Duration.ofMinutes(5), 100, new SimpleMeterRegistry());
        signIns.authenticate(token("officer", "officer-pw"));

        assertThatThrownBy(() -> signIns.authenticate(token("officer", "officer-pw ")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIns.authenticate(token("auditor", "officer-pw")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(checks).hasValue(3);
    }

    @Test
    void givenARefusedSignIn_whenItComesAgain_thenItIsCheckedAgain() {
        RecentSignIns signIns = new RecentSignIns(passwords, Duration.ofMinutes(5), 100, new SimpleMeterRegistry());

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> signIns.authenticate(token("officer", "guess")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(checks).hasValue(2);
    }

    @Test
    void givenNoMemory_whenTheSamePasswordComesAgain_thenEveryCallIsChecked() {
        RecentSignIns signIns = new RecentSignIns(passwords, Duration.ZERO, 100, new SimpleMeterRegistry());

        signIns.authenticate(token("officer", "officer-pw"));
        signIns.authenticate(token("officer", "officer-pw"));

        assertThat(checks).hasValue(2);
    }

    private static UsernamePasswordAuthenticationToken token(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }

    private static AuthenticationProvider realProvider() {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(
                User.withUsername("officer")
                        .password(encoder.encode("officer-pw"))
                        .roles("OFFICER")
                        .build(),
                User.withUsername("auditor")
                        .password(encoder.encode("auditor-pw"))
                        .roles("AUDITOR")
                        .build());
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        return provider;
    }

    private AuthenticationProvider counting(AuthenticationProvider delegate) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                checks.incrementAndGet();
                return delegate.authenticate(authentication);
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return delegate.supports(authentication);
            }
        };
    }
}
