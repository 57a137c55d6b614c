package org.promisetracker.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.SupplierClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/**
 * The council's OpenID Connect provider, when {@code tracker.security.oidc.issuer-uri} names one:
 * the pages sign in with it (authorization code flow with PKCE, from the sign-in page's button) and
 * the API accepts its JWTs as bearer tokens beside HTTP Basic. Both take the user's name from the
 * username claim and the roles from the roles claim ({@link RoleClaims}).
 * <p>
 * The provider is asked for its metadata and keys at the first sign-in or token that needs them, not
 * at start-up, and asked again until it has answered once: a service started while the provider is
 * down starts, and signs people in as soon as it answers. Until then a page sign-in goes back to the
 * sign-in page with a message ({@code /login?providerUnavailable}), and an API call with a bearer
 * token is answered 503 with {@code Retry-After}: its token may be good, and a 401 would tell the
 * client to throw it away.
 */
@Component
@ConditionalOnProperty(prefix = "tracker.security.oidc", name = "issuer-uri")
final class IdentityProvider {

    private static final Logger log = LoggerFactory.getLogger(IdentityProvider.class);

    /** The registration's id, in the redirect URI the provider must know: {@code /login/oauth2/code/oidc}. */
    static final String REGISTRATION_ID = "oidc";

    static final String AUTHORIZATION_BASE_URI = "/oauth2/authorization";

    /** Discovery and key requests give up after this, so a silent provider does not hold a request for long. */
    private static final Duration PROVIDER_TIMEOUT = Duration.ofSeconds(5);

    private final SecurityProperties.Oidc settings;
    private final String publicUrl;
    private final RoleClaims roles;
    private final ClientRegistrationRepository registrations;
    private final JwtDecoder tokens;

    IdentityProvider(SecurityProperties properties, @Value("${tracker.public-url:}") String publicUrl) {
        this.settings = properties.oidc();
        this.publicUrl = publicUrl.strip().replaceAll("/+$", "");
        String issuer = settings.issuerUri();
        URI parsed = URI.create(issuer);
        if (!parsed.isAbsolute() || parsed.getHost() == null) {
            throw new IllegalStateException(
                    "tracker.security.oidc.issuer-uri must be the provider's issuer URL, such as "
                            + "https://login.microsoftonline.com/<tenant>/v2.0, not '" + issuer + "'");
        }
        if (settings.clientId() == null || settings.clientId().isBlank()) {
            throw new IllegalStateException(
                    "tracker.security.oidc.client-id is needed with tracker.security.oidc.issuer-uri");
        }
        this.roles = new RoleClaims(settings.rolesClaim(), settings.roleMapping());
        // Spring's supplier is asked again after each failure and remembers the first success
        this.registrations = new SupplierClientRegistrationRepository(
                () -> new InMemoryClientRegistrationRepository(registration()));
        RestTemplate rest = new RestTemplate(timeouts());
        this.tokens = new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer)
                    .restOperations(rest)
                    .build();
            // the signature against the issuer's keys (its JWKS); then expiry and not-before (with Spring's
            // 60 s of clock skew), issuer, audience, and a subject, the name of last resort
            decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(List.of(
                    new JwtIssuerValidator(issuer),
                    new JwtAudienceValidator(settings.audience()),
                    new JwtClaimValidator<String>(JwtClaimNames.SUB, sub -> sub != null && !sub.isBlank()))));
            return decoder;
        });
    }

    private ClientRegistration registration() {
        ClientRegistration.Builder registration = ClientRegistrations.fromOidcIssuerLocation(settings.issuerUri())
                .registrationId(REGISTRATION_ID)
                .clientId(settings.clientId())
                .clientName(settings.displayName())
                .scope(OidcScopes.OPENID, OidcScopes.PROFILE, OidcScopes.EMAIL);
        if (!publicUrl.isEmpty()) {
            registration.redirectUri(publicUrl + "/login/oauth2/code/{registrationId}");
        }
        if (settings.clientSecret() == null || settings.clientSecret().isBlank()) {
            registration.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        } else {
            registration.clientSecret(settings.clientSecret());
        }
        ClientRegistration built = registration.build();
        log.info("Read the identity provider's metadata from {}", settings.issuerUri());
        return built;
    }

    private static SimpleClientHttpRequestFactory timeouts() {
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(PROVIDER_TIMEOUT);
        factory.setReadTimeout(PROVIDER_TIMEOUT);
        return factory;
    }

    String issuer() {
        return settings.issuerUri();
    }

    /** The provider's origin, where the sign-out form's redirect goes (the page policy's {@code form-action}). */
    String origin() {
        URI issuer = URI.create(settings.issuerUri());
        return issuer.getScheme() + "://" + issuer.getRawAuthority();
    }

    // ---- pages

    /**
     * Checks the code the provider sends back: the ID token's signature, issuer, audience, nonce and
     * expiry (Spring's {@link OidcAuthorizationCodeAuthenticationProvider}), then makes the user with
     * our name and roles. The pages' sign-in manager holds it beside the password check.
     */
    AuthenticationProvider pageSignIn() {
        OidcUserService users = new OidcUserService();
        users.setOidcUserConverter(source -> {
            DefaultOidcUser claimed =
                    new DefaultOidcUser(Set.of(), source.getUserRequest().getIdToken(), source.getUserInfo());
            Map<String, Object> claims = claimed.getClaims();
            String nameClaim = usernameClaim(claims);
            Set<GrantedAuthority> authorities = new LinkedHashSet<>();
            authorities.add(new OidcUserAuthority(claimed.getIdToken(), claimed.getUserInfo(), nameClaim));
            authorities.addAll(roles.authorities(claims));
            return new DefaultOidcUser(authorities, claimed.getIdToken(), claimed.getUserInfo(), nameClaim);
        });
        return new OidcAuthorizationCodeAuthenticationProvider(
                new RestClientAuthorizationCodeTokenResponseClient(), users);
    }

    /** The sign-in button's flow on the pages' chain, which already has the sign-in page and the manager. */
    void signInPages(HttpSecurity http) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver requests =
                new DefaultOAuth2AuthorizationRequestResolver(registrations, AUTHORIZATION_BASE_URI);
        // PKCE for the confidential client too (Spring adds it by itself only for public ones)
        requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        AuthenticationFailureHandler notStarted = (request, response, e) -> {
            log.warn(
                    "A sign-in with the identity provider could not start: {}",
                    e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
            response.sendRedirect(request.getContextPath() + "/login?providerUnavailable");
        };
        AuthenticationFailureHandler failed = (request, response, e) -> {
            SecurityAudit.providerSignInFailed(request.getRemoteAddr(), errorCode(e));
            response.sendRedirect(request.getContextPath() + "/login?providerFailed");
        };
        http.oauth2Login(login -> login.loginPage("/login")
                .clientRegistrationRepository(registrations)
                .authorizedClientRepository(NO_TOKENS_KEPT)
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(requests))
                .defaultSuccessUrl("/plans", false)
                .failureHandler(failed)
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        filter.setAuthenticationFailureHandler(notStarted);
                        return filter;
                    }
                })
                .permitAll());
    }

    /**
     * Sign-out ends the provider's session too, where it advertises an {@code end_session_endpoint}
     * (with the ID token as the hint, and back to {@code /login?signedOut}); a local user's sign-out,
     * or one with no such endpoint, goes straight there.
     */
    LogoutSuccessHandler signOut() {
        OidcClientInitiatedLogoutSuccessHandler provider = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        provider.setPostLogoutRedirectUri((publicUrl.isEmpty() ? "{baseUrl}" : publicUrl) + "/login?signedOut");
        provider.setDefaultTargetUrl("/login?signedOut");
        return (request, response, authentication) -> {
            try {
                provider.onLogoutSuccess(request, response, authentication);
            } catch (RuntimeException e) {
                // signed in on another node, and the provider has not answered this one yet: the local session is gone
                log.warn(
                        "Signed out here, but not at the identity provider, which cannot be reached: {}",
                        e.getMessage());
                response.sendRedirect(request.getContextPath() + "/login?signedOut");
            }
        };
    }

    /**
     * The provider's access and refresh tokens are not kept: the pages call nothing with them, and a
     * token not kept cannot leak from the session store. The session keeps the ID token (in the
     * signed-in user), which sign-out sends back as its hint.
     */
    private static final OAuth2AuthorizedClientRepository NO_TOKENS_KEPT = new OAuth2AuthorizedClientRepository() {
        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(
                String registrationId, Authentication principal, HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(
                OAuth2AuthorizedClient client,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {}

        @Override
        public void removeAuthorizedClient(
                String registrationId,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {}
    };

    // ---- API

    /**
     * Checks an API call's bearer token: Spring's {@link JwtAuthenticationProvider} on the lazily built
     * decoder, with the user's name and roles from its claims. A token that cannot be checked because
     * the provider cannot be reached is {@link ProviderUnreachable}, not a refusal of the token.
     */
    AuthenticationManager bearerTokens() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> roles.authorities(jwt.getClaims()));
        converter.setJwtPrincipalConverter(jwt -> new DefaultOAuth2AuthenticatedPrincipal(
                String.valueOf(jwt.getClaims().get(usernameClaim(jwt.getClaims()))), jwt.getClaims(), null));
        JwtAuthenticationProvider checks = new JwtAuthenticationProvider(tokens);
        checks.setJwtAuthenticationConverter(converter);
        return authentication -> {
            try {
                return checks.authenticate(authentication);
            } catch (JwtDecoderInitializationException | AuthenticationServiceException e) {
                log.warn(
                        "Could not check a bearer token, the identity provider cannot be reached: {}",
                        e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
                throw new ProviderUnreachable(e);
            }
        };
    }

    /** The provider's metadata or keys could not be read, so a token could not be checked either way. */
    static final class ProviderUnreachable extends AuthenticationException {

        ProviderUnreachable(Exception cause) {
            super("The identity provider cannot be reached", cause);
        }
    }

    /** The username claim if the claims have it, else {@code sub}. */
    private String usernameClaim(Map<String, Object> claims) {
        return claims.get(settings.usernameClaim()) instanceof String name && !name.isBlank()
                ? settings.usernameClaim()
                : JwtClaimNames.SUB;
    }

    private static String errorCode(AuthenticationException e) {
        return e instanceof OAuth2AuthenticationException oauth2
                ? oauth2.getError().getErrorCode()
                : e.getClass().getSimpleName();
    }
}
