package org.promisetracker.app.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.promisetracker.app.PromiseTrackerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * PostgreSQL stops under load and starts again on the same port and data directory, while the
 * service keeps running: officers keep writing, readers keep reading through the API and the pages,
 * a probe keeps asking readiness and liveness. Every answer is a success or a 503 problem with
 * {@code Retry-After}, none takes longer than {@link #BOUND}, readiness goes DOWN and comes back
 * UP while liveness stays UP, and after recovery every acknowledged write is in the event store
 * and in the histories, with no restart.
 * <p>
 * {@code -Doutage.seconds=N} keeps PostgreSQL down for at least N seconds (default: until every
 * client has had three answers during the outage, some 6-8 s).
 */
class OutageTest {

    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final int WRITERS = 4;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> CLIENTS =
            List.of("writer-0", "writer-1", "writer-2", "writer-3", "creator", "reader", "browser", "probe");

    @TempDir
    Path dataDirectory;

    @Test
    void givenLoad_whenPostgresStopsAndStartsAgain_thenEveryAnswerIsQuickAndNothingAcknowledgedIsLost()
            throws Exception {
        int port = freePort();
        EmbeddedPostgres postgres = startPostgres(port);
        try (ConfigurableApplicationContext app = startApp(port);
                Load load = new Load(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")))) {
            Plan plan = Plan.create(load);
            Map<String, Set<String>> acknowledgedNotes = new ConcurrentHashMap<>();
            Set<String> createdActions = ConcurrentHashMap.newKeySet();
            startClients(load, plan, acknowledgedNotes, createdActions);

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> CLIENTS.stream()
                            .allMatch(client -> load.of(client).stream()
                                            .filter(answer -> answer.status() < 300)
                                            .count()
                                    >= 2));
            long stopping = System.nanoTime();
            postgres.close();
            long stopped = System.nanoTime();
            long atLeastUntil = stopped
                    + Duration.ofSeconds(Long.getLong("outage.seconds", 0)).toNanos();
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> System.nanoTime() >= atLeastUntil
                            && CLIENTS.stream()
                                    .allMatch(client -> load.of(client).stream()
                                                    .filter(answer -> answer.startedAt() >= stopped)
                                                    .count()
                                            >= 3)
                            && load.of("probe").stream()
                                    .anyMatch(answer -> answer.kind().equals("readiness")
                                            && answer.startedAt() >= stopped
                                            && answer.status() == 503));
            long restarting = System.nanoTime();
            postgres = startPostgres(port);
            long restarted = System.nanoTime();
            await().atMost(Duration.ofSeconds(45))
                    .until(() -> CLIENTS.stream()
                            .allMatch(client -> load.of(client).stream()
                                    .anyMatch(answer -> answer.startedAt() >= restarted
                                            && answer.status() < 300
                                            && (!client.equals("probe")
                                                    || answer.kind().equals("readiness")))));
            load.stop();

            List<Load.Answer> answers = List.copyOf(load.answers);
            Outcome outcome = new Outcome(answers, stopping, stopped, restarting, restarted);
            outcome.print();
            outcome.assertEveryAnswerSucceededOr503Problem();
            outcome.assertOutageAnswersWithin(BOUND);
            outcome.assertReadinessDownDuringAndUpAfter();

            JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
            List<String> acknowledged =
                    acknowledgedNotes.values().stream().flatMap(Set::stream).toList();
            assertThat(jdbc.queryForObject(
                            "SELECT count(*) FROM domain_event_entry WHERE event_identifier IN (" + quoted(acknowledged)
                                    + ")",
                            Long.class))
                    .as("acknowledged notes in the event store")
                    .isEqualTo(acknowledged.size());
            assertThat(jdbc.queryForObject(
                            "SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%.ActionAdded' "
                                    + "AND aggregate_identifier IN (" + quoted(createdActions) + ")",
                            Long.class))
                    .as("acknowledged actions in the event store")
                    .isEqualTo(createdActions.size());
            long storedNotes = 0;
            for (int writer = 0; writer < WRITERS; writer++) {
                String actionId = plan.actions().get(writer);
                List<String> stored = jdbc.queryForList(
                        "SELECT event_identifier FROM domain_event_entry WHERE "
                                + "aggregate_identifier = ? ORDER BY sequence_number",
                        String.class,
                        actionId);
                await().atMost(Duration.ofSeconds(30))
                        .untilAsserted(() -> assertThat(historyEventIds(load, actionId))
                                .as("history of %s after recovery", actionId)
                                .isEqualTo(stored));
                assertThat(stored).containsAll(acknowledgedNotes.getOrDefault(actionId, Set.of()));
                storedNotes += stored.size() - 1;
            }
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() ->
                            assertThat(dashboardActionIds(load, plan.id())).containsAll(createdActions));
            long unacknowledged = storedNotes - acknowledged.size();
            System.out.printf(
                    "Outage: %d notes and %d actions acknowledged; %d notes stored but answered 503 "
                            + "(their commit's answer was lost as the server stopped)%n",
                    acknowledged.size(), createdActions.size(), unacknowledged);
            // at most the request each writer had in flight when the server stopped
            assertThat(unacknowledged).isBetween(0L, (long) WRITERS);
            assertThat(app.isActive()).isTrue();
        } finally {
            postgres.close();
        }
    }

    private static void startClients(
            Load load, Plan plan, Map<String, Set<String>> acknowledgedNotes, Set<String> createdActions) {
        for (int writer = 0; writer < WRITERS; writer++) {
            String actionId = plan.actions().get(writer);
            String client = "writer-" + writer;
            load.start(client, request -> "write", new Load.Turn() {
                public java.net.http.HttpRequest next(int turn) {
                    return load.post(
                            "/api/v1/actions/" + actionId + "/notes",
                            "officer",
                            "{\"effectiveDate\": \"2023-02-20\", \"text\": \"Briefing " + client + "-" + turn
                                    + " delivered (illustrative)\"}");
                }

                public void succeeded(int turn, HttpResponse<String> response) {
                    acknowledgedNotes
                            .computeIfAbsent(actionId, id -> ConcurrentHashMap.newKeySet())
                            .add(JSON.readTree(response.body()).get("eventId").asString());
                }
            });
        }
        String[] creating = new String[1];
        load.start("creator", request -> "write", new Load.Turn() {
            public java.net.http.HttpRequest next(int turn) {
                creating[0] = UUID.randomUUID().toString();
                return load.post(
                        "/api/v1/plans/" + plan.id() + "/actions",
                        "admin",
                        Plan.action(creating[0], plan.areaId(), "9." + (turn + 1)));
            }

            public void succeeded(int turn, HttpResponse<String> response) {
                createdActions.add(creating[0]);
            }
        });
        load.start(
                "reader",
                request -> "read",
                turn -> turn % 2 == 0
                        ? load.get("/api/v1/plans/" + plan.id() + "/dashboard", "viewer")
                        : load.get("/api/v1/actions/" + plan.actions().get(turn % WRITERS) + "/history", "auditor"));
        load.startBrowser(
                "browser",
                "viewer",
                turn -> turn % 2 == 0
                        ? "/plans/" + plan.id()
                        : "/actions/" + plan.actions().get(turn % WRITERS));
        load.start(
                "probe",
                request -> request.uri().getPath().endsWith("readiness") ? "readiness" : "liveness",
                turn -> load.get(turn % 2 == 0 ? "/actuator/health/readiness" : "/actuator/health/liveness", "admin"));
    }

    private static List<String> historyEventIds(Load load, String actionId) {
        JsonNode history = JSON.readTree(load.send(load.get("/api/v1/actions/" + actionId + "/history", "auditor"))
                .body());
        return StreamSupport.stream(history.get("entries").spliterator(), false)
                .map(entry -> entry.get("eventId").asString())
                .toList();
    }

    private static List<String> dashboardActionIds(Load load, String planId) {
        JsonNode dashboard = JSON.readTree(load.send(load.get("/api/v1/plans/" + planId + "/dashboard", "viewer"))
                .body());
        List<String> ids = new ArrayList<>();
        dashboard
                .get("areas")
                .forEach(area -> area.get("actions")
                        .forEach(action -> ids.add(action.get("actionId").asString())));
        return ids;
    }

    private EmbeddedPostgres startPostgres(int port) throws IOException {
        // the same directory each time, kept when closed: a restart, not a new server
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
    }

    private static ConfigurableApplicationContext startApp(int postgresPort) {
        return new SpringApplicationBuilder(PromiseTrackerApplication.class)
                .profiles("roles")
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + postgresPort + "/postgres",
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String quoted(java.util.Collection<String> ids) {
        return ids.isEmpty()
                ? "NULL"
                : String.join(",", ids.stream().map(id -> "'" + id + "'").toList());
    }

    static double percentile(List<Load.Answer> answers, double share) {
        List<Double> seconds =
                answers.stream().map(Load.Answer::seconds).sorted().toList();
        return seconds.isEmpty()
                ? 0
                : seconds.get(Math.min(seconds.size() - 1, (int) Math.ceil(share * seconds.size()) - 1));
    }

    static Predicate<Load.Answer> kind(String kind) {
        return answer -> answer.kind().equals(kind);
    }

    static Comparator<Load.Answer> bySeconds() {
        return Comparator.comparingDouble(Load.Answer::seconds);
    }
}
