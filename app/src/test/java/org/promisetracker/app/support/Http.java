package org.promisetracker.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tests' one HTTP client: raw bodies, any credentials, nothing between the test and the wire. A
 * user is {@code "name"} (password {@code "name-pw"}, as the test profile configures them) or
 * {@code "name:password"}; {@code null} sends none.
 */
public final class Http {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    public record Response(int status, HttpResponse<String> raw) {

        public JsonNode json() {
            return JSON.readTree(raw.body());
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return raw.headers().firstValue("Content-Type").orElse("");
        }

        /** The body of a 200, failing with the body as the message otherwise. */
        public JsonNode ok() {
            assertThat(status).as(raw.request().uri() + " -> " + raw.body()).isEqualTo(200);
            return json();
        }
    }

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    public Http(int port) {
        this.base = "http://localhost:" + port;
    }

    public Response get(String path, String user) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), user);
    }

    /** A GET whose answer is kept as bytes (a document), with any extra headers. */
    public HttpResponse<byte[]> download(String path, String user, Map<String, String> headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).GET();
        headers.forEach(request::setHeader);
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response get(String path, String user, Map<String, String> headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).GET();
        headers.forEach(request::setHeader);
        return send(request, user);
    }

    /** Posts {@code body} as it is, so a test can send JSON no serializer would write. */
    public Response post(String path, String user, String body) {
        return post(path, user, body, Map.of());
    }

    public Response post(String path, String user, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::setHeader);
        return send(request, user);
    }

    public Response put(String path, String user, String body) {
        return send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(body)),
                user);
    }

    /** Posts {@code body} written as JSON. */
    public Response post(String path, String user, Object body) {
        return post(path, user, json(body));
    }

    /** Posts one file as the multipart/form-data field {@code field}, as a browser's upload does. */
    public Response upload(String path, String user, String field, String fileName, String contentType, byte[] file) {
        String boundary = "----promise-tracker-test-" + Long.toHexString(System.nanoTime());
        byte[] body = Workbooks.multipart(boundary, field, fileName, contentType, file);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return send(request, user);
    }

    /** Sends the body in chunks without a Content-Length, as a streaming client does. */
    public Response postStreamed(String path, String user, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
        return send(request, user);
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    public static String query(Object value) {
        return URLEncoder.encode(value.toString(), StandardCharsets.UTF_8);
    }

    /** The {@code Authorization} header's value for {@code user}. */
    public static String basic(String user) {
        String name = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
        String password = user.contains(":") ? user.substring(user.indexOf(':') + 1) : user + "-pw";
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private Response send(HttpRequest.Builder request, String user) {
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
