package org.promisetracker.app.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.promisetracker.platform.testing.TestPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generated hostile-input suite: requests made from the service's own OpenAPI document with a
 * fixed seed, over every operation and every role (and nobody, and refused credentials), each a
 * valid request with one thing made hostile. No answer may be a 5xx, none that refuses may have
 * stored an event (the event store is counted after every request; commands are synchronous), and
 * every 4xx is a problem that leaks nothing. {@code -Dhostile.requests=N} and {@code -Dhostile.seed=S}
 * run it longer or otherwise.
 */
// the suite signs in wrongly as "admin" thousands of times from one address on purpose, between the
// administrator's own valid requests: sign-in throttling, which would refuse those, is tested on its own
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "tracker.security.sign-in-throttle.pair-failures=1000000",
            "tracker.security.sign-in-throttle.address-failures=1000000",
            "tracker.security.sign-in-throttle.user-failures=1000000"
        })
@ActiveProfiles("roles")
class HostileInputTest {

    private static final int REQUESTS = Integer.getInteger("hostile.requests", 10_000);
    private static final long SEED = Long.getLong("hostile.seed", 20_260_101L);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A rebuild replays every event: it gets an eighth of an operation's share, which still covers it well. */
    private static final String REBUILD = "POST /api/v1/admin/rebuild";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void
            givenRequestsFromTheOpenApiDocument_whenEachIsHostileInOnePlace_thenNo5xxNothingRefusedIsStoredAndEvery4xxIsAProblem() {
        Wire wire = new Wire(port);
        JsonNode document = JSON.readTree(wire.send(get("/v3/api-docs")).body());
        List<Operation> operations = Operation.all(document);
        assertThat(operations).as("operations in /v3/api-docs").isNotEmpty();
        Random random = new Random(SEED);
        Fixture fixture = fixture(wire);
        Generator generator = new Generator(new Bodies(document, fixture, random), fixture, random, port);
        Findings findings = new Findings();
        long started = System.nanoTime();
        long events = events();

        for (int i = 0; i < REQUESTS; i++) {
            Attempt attempt = i < operations.size() * Caller.values().length
                    ? generator.next(
                            operations.get(i / Caller.values().length), Caller.values()[i % Caller.values().length])
                    : next(generator, operation(operations, random), random);
            long sent = System.nanoTime();
            Wire.Outcome outcome = wire.send(attempt);
            long after = events();
            findings.judge(attempt, outcome, events, after, System.nanoTime() - sent);
            events = after;
        }

        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.println(findings.summary(seconds));
        assertThat(findings.failures().size())
                .as(
                        "%d of %d hostile requests were answered wrongly (seed %d, first 200 shown):%n%s",
                        findings.failures().size(),
                        findings.requests(),
                        SEED,
                        String.join(
                                "\n",
                                findings.failures()
                                        .subList(
                                                0,
                                                Math.min(
                                                        200, findings.failures().size()))))
                .isZero();
        assertThat(findings.requests()).isGreaterThanOrEqualTo(REQUESTS);
        // the mutations reach deep validation only if what they mutate is valid
        assertThat(findings.validAccepted())
                .as("valid requests of an administrator accepted")
                .isGreaterThan(0.8);
        assertThat(findings.callers().keySet())
                .containsExactlyInAnyOrderElementsOf(
                        operations.stream().map(Operation::name).toList());
        findings.callers()
                .forEach((operation, callers) ->
                        assertThat(callers).as(operation).isEqualTo(EnumSet.allOf(Caller.class)));
        assertThat(findings.byCategory().keySet())
                .contains("valid", "field", "body", "path", "query", "content-type", "accept", "method", "raw");
    }

    /** A plan with one thing of every kind, made through the API by an administrator. */
    private Fixture fixture(Wire wire) {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("plan", created(wire, "/api/v1/plans", """
                {"title": "South Ayrshire's Parenting Promise 2021-2030", "organisation": "South Ayrshire Council",
                 "startDate": "2021-04-01", "endDate": "2030-03-31"}"""));
        String plan = "/api/v1/plans/" + ids.get("plan");
        ids.put("area", created(wire, plan + "/areas", "{\"number\": 1, \"title\": \"Workforce\"}"));
        ids.put("action", created(wire, plan + "/actions", """
                {"areaId": "%s", "ref": "1.1", "title": "Deliver Promise training", "leadOfficer": "Chief Social Work Officer"}""".formatted(ids.get("area"))));
        ids.put("benefit", created(wire, plan + "/benefits", """
                {"actionIds": ["%s"], "title": "Staff understand The Promise", "type": "QUANTITATIVE",
                 "measure": "Staff trained (illustrative)", "collectionMethod": "Training records"}""".formatted(ids.get("action"))));
        ids.put(
                "measurement",
                created(
                        wire,
                        "/api/v1/benefits/" + ids.get("benefit") + "/measurements",
                        "{\"effectiveDate\": \"2022-03-31\", \"value\": 120, \"source\": \"Training records (illustrative)\"}"));
        ids.put(
                "report",
                created(
                        wire,
                        plan + "/reports",
                        "{\"committee\": \"Performance and Audit Committee\", \"reportDate\": \"2023-02-20\", \"title\": \"Progress report\"}"));
        ids.put(
                "round",
                created(
                        wire,
                        plan + "/rounds",
                        "{\"title\": \"February 2023 round\", \"committee\": \"Performance and Audit Committee\", "
                                + "\"reportDate\": \"2023-02-20\", \"updatesDue\": \"2023-01-31\"}"));
        return new Fixture(Map.copyOf(ids));
    }

    private static String created(Wire wire, String path, String json) {
        Wire.Outcome outcome = wire.send(new Attempt(
                null,
                Caller.ADMIN,
                "fixture",
                "fixture",
                "POST",
                path,
                Map.of("Authorization", Caller.ADMIN.authorization(), "Content-Type", "application/json"),
                json.getBytes(StandardCharsets.UTF_8),
                null,
                false));
        assertThat(outcome.status())
                .as(path + " " + new String(outcome.body(), StandardCharsets.UTF_8))
                .isEqualTo(201);
        return JSON.readTree(outcome.body()).get("id").asString();
    }

    private static Attempt get(String path) {
        return new Attempt(
                null,
                Caller.ADMIN,
                "fixture",
                "fixture",
                "GET",
                path,
                Map.of("Authorization", Caller.ADMIN.authorization()),
                null,
                null,
                false);
    }

    private static Operation operation(List<Operation> operations, Random random) {
        Operation operation = operations.get(random.nextInt(operations.size()));
        while (operation.name().equals(REBUILD) && random.nextInt(8) != 0) {
            operation = operations.get(random.nextInt(operations.size()));
        }
        return operation;
    }

    /**
     * A faulty body mostly from an administrator, who may do everything, so that it meets the
     * validation and not the role check; every other case from anyone.
     */
    private static Attempt next(Generator generator, Operation operation, Random random) {
        Generator.Category category = generator.category(operation);
        boolean deep = category == Generator.Category.FIELD || category == Generator.Category.BODY;
        return generator.make(operation, deep && random.nextInt(4) != 0 ? Caller.ADMIN : caller(random), category);
    }

    /**
     * Mostly someone allowed to reach the deep checks (an administrator may do everything), everyone
     * often; an unknown user seldom, as refusing one costs a deliberate password hash (~90 ms).
     */
    private static Caller caller(Random random) {
        int draw = random.nextInt(80);
        return draw < 32
                ? Caller.ADMIN
                : draw < 48
                        ? Caller.OFFICER
                        : draw < 56
                                ? Caller.AUDITOR
                                : draw < 64
                                        ? Caller.VIEWER
                                        : draw < 72
                                                ? Caller.ANONYMOUS
                                                : draw < 79 ? Caller.WRONG_PASSWORD : Caller.UNKNOWN_USER;
    }

    private long events() {
        // the newest event's index: every event stored takes the next number, and reading it is one index seek
        return jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);
    }
}
