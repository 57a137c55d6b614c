package org.promisetracker.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.promisetracker.app.support.Http;
import org.promisetracker.platform.testing.TestPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The page session behind a TLS proxy and at its end, over real HTTP: with forwarded headers
 * honoured, a request the proxy says came over HTTPS gets a {@code __Host-SESSION} cookie that is
 * {@code Secure}, and the sign-in is recorded from the client's address, not the proxy's; over
 * plain HTTP the cookie is {@code SESSION}. The absolute timeout is set to nothing here, so the
 * request after the first signed-in one ends the session, whatever the idle timeout says.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.forward-headers-strategy=native", "tracker.security.session-absolute-timeout=0s"})
@ActiveProfiles("roles")
@ExtendWith(OutputCaptureExtension.class)
class SessionCookieTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static final Map<String, String> OVER_TLS =
            Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.9", "X-Forwarded-Port", "443");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void givenTheProxySaysHttps_whenSigningIn_thenHostPrefixedSecureCookieAndTheClientsAddress(CapturedOutput output)
            throws IOException {
        String cookie = signIn("auditor", OVER_TLS);

        assertThat(cookie)
                .startsWith("__Host-SESSION=")
                .contains("; Path=/")
                .contains("; Secure")
                .contains("; HttpOnly")
                .contains("; SameSite=Lax")
                .doesNotContain("Domain=");
        assertThat(output.getOut()).contains("signed in: user=auditor from=203.0.113.9");
        String session = cookie.substring(0, cookie.indexOf(';'));
        assertThat(get("/plans", session, OVER_TLS).statusCode()).isEqualTo(200);
    }

    @Test
    void givenPlainHttp_whenSigningIn_thenSessionCookieWithoutSecure() throws IOException {
        String cookie = signIn("viewer", Map.of());

        assertThat(cookie).startsWith("SESSION=").contains("; HttpOnly").contains("; SameSite=Lax");
        assertThat(cookie).doesNotContain("Secure");
    }

    @Test
    void givenTheAbsoluteTimeoutHasPassed_whenAPageIsAsked_thenTheSessionEndsAndSignInIsAskedAgain(
            CapturedOutput output) throws IOException {
        String cookie = signIn("officer", Map.of());
        String session = cookie.substring(0, cookie.indexOf(';'));
        assertThat(get("/plans", session, Map.of()).statusCode()).isEqualTo(200);

        HttpResponse<String> ended = get("/plans", session, Map.of());

        assertThat(ended.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?expired"));
        assertThat(output.getOut()).contains("session expired: user=officer from=127.0.0.1 after=PT0S");
        assertThat(get("/plans", session, Map.of()).headers().firstValue("Location"))
                .as("the session is gone, not merely redirected once")
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        assertThat(get("/login?expired", null, Map.of()).body()).contains("Please sign in again.");
    }

    /** Signs in through the form; the session cookie the sign-in set, with its attributes. */
    private String signIn(String user, Map<String, String> headers) throws IOException {
        HttpResponse<String> form = get("/login", null, headers);
        String before = setCookie(form);
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", before.substring(0, before.indexOf(';')))
                .POST(HttpRequest.BodyPublishers.ofString(
                        "username=" + user + "&password=" + user + "-pw&_csrf=" + Http.query(csrf(form.body()))));
        headers.forEach(post::header);
        HttpResponse<String> signedIn = send(post.build());
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return setCookie(signedIn);
    }

    private HttpResponse<String> get(String path, String cookie, Map<String, String> headers) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        headers.forEach(request::header);
        return send(request.build());
    }

    private static String setCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.contains("SESSION="))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no session cookie in " + response.headers().map()));
    }

    private static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("a form with a CSRF token").isTrue();
        return token.group(1);
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
