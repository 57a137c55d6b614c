package org.promisetracker.app.embedded;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged distribution, {@code java -jar target/promise-tracker.jar}, as a child process with
 * its output in a file under {@code target/crash-it}, signed-in users admin, officer and auditor
 * ({@code <name>-pw}), and an HTTP client for its API.
 */
final class Child {

    static final Path JAR = Path.of("target", "promise-tracker.jar");
    static final Path LOGS = Path.of("target", "crash-it");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** An answer; status -1 when none came, as when the process is killed under the request. */
    record Answer(int status, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    final Process process;
    final Path log;
    final int port;
    final long started;
    volatile long killed;

    private Child(Process process, Path log, int port, long started) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.started = started;
    }

    static Child start(String name, List<String> settings) throws IOException {
        Files.createDirectories(LOGS);
        int port = freePort();
        Path log = LOGS.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // a small heap and the quick compiler: several of these start on a shared two-core machine
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                JAR.toString(),
                "--server.port=" + port,
                "--logging.level.org.promisetracker.app.embedded=DEBUG"));
        String[] roles = {"admin", "ADMIN", "officer", "OFFICER", "auditor", "AUDITOR"};
        for (int user = 0; user < roles.length / 2; user++) {
            command.add("--tracker.security.users[" + user + "].username=" + roles[2 * user]);
            command.add("--tracker.security.users[" + user + "].password={noop}" + roles[2 * user] + "-pw");
            command.add("--tracker.security.users[" + user + "].roles=" + roles[2 * user + 1]);
        }
        command.addAll(settings);
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new Child(process, log, port, started);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Waits for readiness UP and answers how long the start took, in seconds. */
    double awaitReady(Duration bound) {
        await().atMost(bound).pollInterval(Duration.ofMillis(200)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "The child exited with " + process.exitValue() + " while starting; see " + log);
            }
            Answer readiness = get("/actuator/health/readiness", "admin");
            return readiness.ok() && readiness.json().get("status").asString().equals("UP");
        });
        return (System.nanoTime() - started) / 1e9;
    }

    /** Whether this node's plan projection holds its segment, as its health says (false if it does not answer). */
    boolean holdsProjectionSegment() {
        Answer health = get("/actuator/health", "admin");
        if (health.status() == -1) {
            return false;
        }
        JsonNode segments = health.json()
                .path("components")
                .path("projection")
                .path("details")
                .path("segments");
        return segments.isObject() && !segments.isEmpty();
    }

    /** The live node among these whose projection holds its segment; null while none does. */
    static Child segmentHolder(Child... nodes) {
        for (Child node : nodes) {
            if (node.process.isAlive() && node.holdsProjectionSegment()) {
                return node;
            }
        }
        return null;
    }

    /** SIGKILL, as {@code kill -9}: no shutdown hook runs. */
    void kill() {
        killed = System.nanoTime();
        process.destroyForcibly();
        await().atMost(Duration.ofSeconds(10)).until(() -> !process.isAlive());
    }

    String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    Answer get(String path, String user) {
        return send(request(path, user).GET().build());
    }

    Answer post(String path, String user, String json) {
        return send(request(path, user)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** The id a create answered, failing unless it was acknowledged. */
    String created(String path, String json) {
        Answer answer = post(path, "admin", json);
        if (!answer.ok()) {
            throw new IllegalStateException(path + " answered " + answer.status() + " " + answer.body());
        }
        return answer.json().get("id").asString();
    }

    private HttpRequest.Builder request(String path, String user) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + user + "-pw").getBytes(StandardCharsets.UTF_8)));
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Answer(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, e.toString());
        }
    }
}
