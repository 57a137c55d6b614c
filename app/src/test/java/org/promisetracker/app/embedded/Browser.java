package org.promisetracker.app.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person at the pages, to any node of the distribution: one cookie jar (so one session, wherever
 * each request goes), sign-in through the form, forms posted with the CSRF token of the page they
 * were read from.
 */
final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** Signs in as {@code user} (password {@code <user>-pw}, as {@link Child} configures it) on that node. */
    void signIn(Child node, String user) throws IOException {
        String form = get(node, "/login").body();
        HttpResponse<String> signedIn = post(node, "/login", "username=" + user + "&password=" + user + "-pw", form);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    HttpResponse<String> get(Child node, String path) throws IOException {
        return send(request(node, path).GET().build());
    }

    /** Posts {@code fields} (URL-encoded already) with the CSRF token of {@code fromPage}. */
    HttpResponse<String> post(Child node, String path, String fields, String fromPage) throws IOException {
        Matcher token = CSRF.matcher(fromPage);
        assertThat(token.find()).as("a CSRF token in the page the form is on").isTrue();
        return send(request(node, path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        fields + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
                .build());
    }

    /** The path a redirect answer sends the browser to. */
    static String redirectPath(HttpResponse<String> answer) {
        return URI.create(answer.headers().firstValue("Location").orElseThrow()).getPath();
    }

    static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static HttpRequest.Builder request(Child node, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port + path))
                .header("Accept", "text/html")
                .timeout(Duration.ofSeconds(20));
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
