package org.promisetracker.app.outage;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.promisetracker.app.support.Http;

/**
 * Clients hitting the service over HTTP in bounded loops until told to stop, every answer kept with
 * when it was asked and how long it took.
 */
final class Load implements AutoCloseable {

    /** One answer; status -1 when none came (the client gave up after {@link #CLIENT_TIMEOUT}). */
    record Answer(
            String client,
            String kind,
            long startedAt,
            long endedAt,
            int status,
            String contentType,
            String retryAfter,
            String body) {

        double seconds() {
            return (endedAt - startedAt) / 1e9;
        }

        boolean within(long from, long to) {
            return startedAt >= from && endedAt <= to;
        }

        boolean overlaps(long from, long to) {
            return startedAt < to && endedAt > from;
        }
    }

    /** What a client does each turn: the request to send and what to remember of a success. */
    interface Turn {
        HttpRequest next(int turn);

        default void succeeded(int turn, HttpResponse<String> response) {}
    }

    static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(20);
    /**
     * A bound on a client's turns, far past what a run takes: every client must still be sending when
     * PostgreSQL is back. A page whose session cannot be read answers its 503 at once (not after the
     * pool's 2 s), so the browser client turns over thousands of times a second during the outage;
     * at 5,000 it had stopped before the restart, once the JIT was warm from earlier tests.
     */
    private static final int MAX_TURNS = 200_000;

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    final Queue<Answer> answers = new ConcurrentLinkedQueue<>();
    private final String base;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Future<?>> running = new ArrayList<>();
    private volatile boolean stopping;

    Load(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    HttpRequest.Builder request(String path, String user) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(CLIENT_TIMEOUT)
                .header("Authorization", Http.basic(user));
    }

    HttpRequest get(String path, String user) {
        return request(path, user).GET().build();
    }

    HttpRequest post(String path, String user, String json) {
        return request(path, user)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    HttpResponse<String> send(HttpRequest request) {
        return send(client, request);
    }

    /** A client of its own, each turn's request from {@code turn}; {@code kind} names what it asked. */
    void start(String name, Function<HttpRequest, String> kind, Turn turn) {
        startWith(name, client, kind, turn);
    }

    /** A browser: signs in through the form once, then sends each turn's page request with its session. */
    void startBrowser(String name, String user, Function<Integer, String> page) {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        String login = send(
                        browser,
                        HttpRequest.newBuilder(URI.create(base + "/login"))
                                .GET()
                                .build())
                .body();
        Matcher csrf = CSRF.matcher(login);
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the sign-in page");
        }
        String form = "username=" + user + "&password=" + user + "-pw&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = send(
                browser,
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build());
        if (signedIn.statusCode() != 302
                || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Sign-in failed: " + signedIn.statusCode() + " "
                    + signedIn.headers().map());
        }
        startWith(
                name,
                browser,
                request -> "page",
                n -> HttpRequest.newBuilder(URI.create(base + page.apply(n)))
                        .timeout(CLIENT_TIMEOUT)
                        .header("Accept", "text/html")
                        .GET()
                        .build());
    }

    private void startWith(String name, HttpClient http, Function<HttpRequest, String> kind, Turn turn) {
        running.add(threads.submit(() -> {
            for (int n = 0; n < MAX_TURNS && !stopping; n++) {
                HttpRequest request = turn.next(n);
                long started = System.nanoTime();
                try {
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    long ended = System.nanoTime();
                    answers.add(new Answer(
                            name,
                            kind.apply(request),
                            started,
                            ended,
                            response.statusCode(),
                            response.headers().firstValue("Content-Type").orElse(""),
                            response.headers().firstValue("Retry-After").orElse(null),
                            response.statusCode() >= 300 ? response.body() : head(response.body())));
                    if (response.statusCode() < 300) {
                        turn.succeeded(n, response);
                    }
                } catch (IOException e) {
                    answers.add(new Answer(
                            name, kind.apply(request), started, System.nanoTime(), -1, "", null, e.toString()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }));
    }

    List<Answer> of(String client) {
        return answers.stream().filter(answer -> answer.client().equals(client)).toList();
    }

    /** Stops every client after its current request and waits for them. */
    void stop() throws Exception {
        stopping = true;
        for (Future<?> client : running) {
            client.get(CLIENT_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() {
        stopping = true;
        threads.shutdownNow();
    }

    private static String head(String body) {
        return body.length() <= 2_000 ? body : body.substring(0, 2_000);
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
