package org.promisetracker.app.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sends an {@link Attempt}: with the JDK's client over kept-alive connections where it will carry
 * the request, over a plain socket ({@link RawHttp}) where the request is raw or the client refuses
 * it (a target it cannot parse as a URI, a method or header it will not send).
 */
final class Wire {

    /** What came back; {@code status} is 0 when nothing did. */
    record Outcome(int status, String contentType, byte[] body) {}

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final RawHttp raw;
    private final int port;

    Wire(int port) {
        this.port = port;
        this.raw = new RawHttp(port);
    }

    Outcome send(Attempt attempt) {
        if (attempt.wire() != null) {
            return overSocket(attempt.wire());
        }
        HttpRequest request;
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + attempt.target()))
                    .timeout(Duration.ofSeconds(30))
                    .method(
                            attempt.method(),
                            attempt.body() == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofByteArray(attempt.body()));
            attempt.headers().forEach(builder::header);
            request = builder.build();
        } catch (IllegalArgumentException refused) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Host", "localhost:" + port);
            headers.put("Connection", "close");
            headers.putAll(attempt.headers());
            return overSocket(RawCases.request(attempt.method(), attempt.target(), headers, attempt.body(), "\r\n"));
        }
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Outcome(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            return new Outcome(0, "", String.valueOf(e).getBytes(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Outcome overSocket(byte[] request) {
        try {
            RawHttp.Answer answer = raw.exchange(request);
            return new Outcome(
                    answer.status(), answer.contentType(), answer.body().getBytes(StandardCharsets.UTF_8));
        } catch (UncheckedIOException e) {
            return new Outcome(0, "", String.valueOf(e).getBytes(StandardCharsets.UTF_8));
        }
    }
}
