package org.promisetracker.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import okhttp3.mockwebserver.RecordedRequest;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real OpenID provider in the test JVM (NAV's mock-oauth2-server): discovery, JWKS, an
 * interactive sign-in page that takes a username and claims as JSON, the token and userinfo
 * endpoints (which check PKCE), and an end-session endpoint. It signs in as issuer
 * {@code http://localhost:<port>/entra}, which the service is pointed at through
 * {@link #register}; the port is chosen before it starts, so a test can start the service with the
 * provider still down.
 */
public final class TestProvider {

    public static final String CLIENT_ID = "promise-tracker";

    /** Entra-style app role values and the roles they map to, as a council would configure them. */
    public static final Map<String, String> ROLE_MAPPING = Map.of(
            "Tracker.Admin", "ADMIN",
            "Tracker.Officer", "OFFICER",
            "Tracker.Auditor", "AUDITOR",
            "Tracker.Viewer", "VIEWER");

    private static final String ISSUER_ID = "entra";

    private final MockOAuth2Server server = new MockOAuth2Server(new OAuth2Config(true));
    private final int port = freePort();
    private boolean started;

    /** Up now, before the service starts. */
    public static TestProvider up() {
        TestProvider provider = new TestProvider();
        provider.start();
        return provider;
    }

    /** Not yet started: its port refuses connections until {@link #start()}. */
    public static TestProvider down() {
        return new TestProvider();
    }

    public synchronized void start() {
        server.start(port);
        started = true;
    }

    public synchronized void stop() {
        if (started) {
            server.shutdown();
            started = false;
        }
    }

    public String issuer() {
        return "http://localhost:" + port + "/" + ISSUER_ID;
    }

    public String origin() {
        return "http://localhost:" + port;
    }

    public void register(DynamicPropertyRegistry registry) {
        registry.add("tracker.security.oidc.issuer-uri", this::issuer);
        registry.add("tracker.security.oidc.client-id", () -> CLIENT_ID);
        registry.add("tracker.security.oidc.client-secret", () -> "a-client-secret");
        registry.add("tracker.security.oidc.display-name", () -> "the Council account");
        ROLE_MAPPING.forEach(
                (value, role) -> registry.add("tracker.security.oidc.role-mapping.[" + value + "]", () -> role));
    }

    /** A token as the provider issues it for this service's API: {@code claims} beside iss, sub, aud, iat, nbf and exp. */
    public String token(String subject, Map<String, Object> claims) {
        return token(subject, CLIENT_ID, claims, 3600);
    }

    /** {@code lifeSeconds} below zero gives a token that expired that long ago. */
    public String token(String subject, String audience, Map<String, Object> claims, long lifeSeconds) {
        return server.issueToken(ISSUER_ID, subject, audience, claims, lifeSeconds)
                .serialize();
    }

    /** The key id the provider signs with, for a forged token that names it. */
    public String keyId() {
        return server.issueToken(ISSUER_ID, "anyone", CLIENT_ID, Map.of(), 60)
                .getHeader()
                .getKeyID();
    }

    /**
     * The first request the provider received, of those not taken yet, whose method and path (with
     * its query) match; the others before it are dropped. Fails if none comes within five seconds.
     */
    public String takeRequest(Predicate<String> methodAndPath) {
        while (true) {
            RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
            String line = request.getMethod() + " " + request.getPath();
            if (methodAndPath.test(line)) {
                return line;
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
