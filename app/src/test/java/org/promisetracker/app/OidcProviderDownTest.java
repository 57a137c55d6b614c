package org.promisetracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.promisetracker.app.support.Http;
import org.promisetracker.app.support.TestProvider;
import org.promisetracker.platform.testing.TestPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service starts while its identity provider is down (its metadata and keys are read when first
 * needed, not at start-up); meanwhile a page sign-in comes back to the sign-in page with a message
 * and a bearer token is answered 503; once the provider answers, both work, with no restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("roles")
class OidcProviderDownTest {

    static final TestProvider PROVIDER = TestProvider.down();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
        PROVIDER.register(registry);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.stop();
    }

    @LocalServerPort
    int port;

    /** A browser's part, by hand: its cookies, and each redirect looked at before it is followed. */
    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void givenTheProviderDownAtStart_whenItComesUp_thenSignInsAndTokensWorkWithoutARestart() throws Exception {
        Http api = new Http(port);
        Http.Response unchecked =
                api.get("/api/v1/plans", null, Map.of("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln"));
        assertThat(unchecked.status()).isEqualTo(503);
        assertThat(unchecked.header("Retry-After")).isEqualTo("5");
        assertThat(unchecked.json().get("type").asString())
                .isEqualTo("urn:promise-tracker:problem:service-unavailable");
        assertThat(unchecked.json().get("detail").asString()).startsWith("The identity provider cannot be reached");
        assertThat(api.get("/api/v1/plans", "viewer").status())
                .as("local users are not held up")
                .isEqualTo(200);

        HttpResponse<String> notStarted = get(app("/oauth2/authorization/oidc"));
        assertThat(notStarted.statusCode()).isEqualTo(302);
        assertThat(location(notStarted)).isEqualTo(app("/login?providerUnavailable"));
        assertThat(get(location(notStarted)).body())
                .contains("Signing in with the Council account could not start: it cannot be reached just now.");

        PROVIDER.start();

        String token = PROVIDER.token("s-1", Map.of("roles", List.of("Tracker.Viewer")));
        assertThat(api.get("/api/v1/plans", null, Map.of("Authorization", "Bearer " + token))
                        .status())
                .isEqualTo(200);

        HttpResponse<String> toProvider = get(app("/oauth2/authorization/oidc"));
        assertThat(toProvider.statusCode()).isEqualTo(302);
        assertThat(location(toProvider)).startsWith(PROVIDER.issuer() + "/authorize?");
        // the provider's sign-in form, posted back to its authorize address as its page does
        HttpResponse<String> code = browser.send(
                HttpRequest.newBuilder(URI.create(location(toProvider)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=s-2&claims="
                                + Http.query(
                                        "{\"preferred_username\": \"pat.viewer\", \"roles\": \"Tracker.Viewer\"}")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(location(code)).startsWith(app("/login/oauth2/code/oidc?code="));
        HttpResponse<String> signedIn = get(location(code));
        assertThat(location(signedIn)).isEqualTo(app("/plans"));
        assertThat(get(app("/plans")).body()).contains("Signed in as <strong>pat.viewer</strong>");
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Where a redirect goes, made absolute as a browser makes it. */
    private static String location(HttpResponse<?> response) {
        return response.headers()
                .firstValue("Location")
                .map(location -> response.request().uri().resolve(location).toString())
                .orElse("(no Location, status " + response.statusCode() + ")");
    }
}
