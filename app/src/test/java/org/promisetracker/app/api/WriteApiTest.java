package org.promisetracker.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.promisetracker.api.action.ActionAdded;
import org.promisetracker.api.benefit.BenefitAdded;
import org.promisetracker.api.plan.PlanCreated;
import org.promisetracker.app.support.Http;
import org.promisetracker.app.support.ProjectionSync;
import org.promisetracker.app.support.StoredEvents;
import org.promisetracker.platform.axon.AxonMetrics;
import org.promisetracker.platform.contract.OldRevisionsTest;
import org.promisetracker.platform.testing.TestPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** The write API of API.md, over real HTTP, against the whole application and a real PostgreSQL. */
// a throttled sign-in waits ten minutes here, so the test of it cannot race the clock
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "tracker.security.sign-in-throttle.first-delay=10m")
@ActiveProfiles("roles")
@ExtendWith(OutputCaptureExtension.class)
class WriteApiTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    @Autowired
    GlobalMetricRegistry axonMetrics;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    org.axonframework.config.Configuration axon;

    Http api;
    String planId;
    String areaId;

    @BeforeEach
    void createPlanWithArea() {
        api = new Http(port);
        planId = created(api.post("/api/v1/plans", "admin", Http.json(plan(null))));
        areaId = created(api.post(
                "/api/v1/plans/" + planId + "/areas",
                "admin",
                "{\"number\": 1, \"title\": \"Workforce understands the promise\"}"));
    }

    @Test
    void givenAdmin_whenCreatingPlan_thenAnswers201WithLocationAndStoresWhoAndCorrelation() {
        String id = UUID.randomUUID().toString();

        Http.Response response = api.post(
                "/api/v1/plans", "admin", Http.json(plan(id)), Map.of("X-Correlation-Id", "committee-prep-42"));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.header("Location")).endsWith("/api/v1/plans/" + id);
        assertThat(response.json().get("id").asString()).isEqualTo(id);
        DomainEventMessage<?> stored =
                stored().byId(id, response.json().get("eventId").asString()).orElseThrow();
        assertThat(stored.getPayload()).isInstanceOf(PlanCreated.class);
        assertThat(stored.getTimestamp())
                .isEqualTo(Instant.parse(response.json().get("recordedAt").asString()));
        assertThat(stored.getMetaData().get("recordedBy")).isEqualTo("admin");
        assertThat(stored.getMetaData().get("correlationId")).isEqualTo("committee-prep-42");
        assertThat(((PlanCreated) stored.getPayload()).startDate()).isEqualTo(LocalDate.parse("2021-04-01"));
    }

    @Test
    void givenEveryCreate_whenRepeatedWithSameIdAndBody_thenSameAnswerAndNoNewEvent() {
        String actionId = UUID.randomUUID().toString();
        String benefitId = UUID.randomUUID().toString();
        String measurementId = UUID.randomUUID().toString();
        String reportId = UUID.randomUUID().toString();
        String planPath = "/api/v1/plans/" + planId;
        List<String[]> creates = List.of(
                new String[] {"/api/v1/plans", Http.json(plan(planId))},
                new String[] {
                    planPath + "/areas",
                    "{\"id\": \"" + areaId + "\", \"number\": 1, \"title\": \"Workforce understands the promise\"}"
                },
                new String[] {planPath + "/actions", Http.json(action(actionId, "1.1"))},
                new String[] {planPath + "/benefits", Http.json(quantitativeBenefit(benefitId, actionId))},
                new String[] {
                    "/api/v1/benefits/" + benefitId + "/measurements",
                    "{\"id\": \"" + measurementId
                            + "\", \"effectiveDate\": \"2022-03-31\", \"value\": 35, \"source\": \"Training records\"}"
                },
                new String[] {
                    planPath + "/reports",
                    "{\"id\": \"" + reportId + "\", \"committee\": \"Performance and Audit Committee\", "
                            + "\"reportDate\": \"2023-02-20\", \"title\": \"Progress report\"}"
                });
        for (String[] create : creates) {
            Http.Response first = api.post(create[0], "admin", create[1]);
            assertThat(first.status()).as(create[0]).isEqualTo(201);
            long events = eventCount();

            Http.Response again = api.post(create[0], "admin", create[1]);

            assertThat(again.status()).as(create[0]).isEqualTo(201);
            assertThat(again.json()).as(create[0]).isEqualTo(first.json());
            assertThat(again.header("Location")).isEqualTo(first.header("Location"));
            assertThat(eventCount()).as(create[0]).isEqualTo(events);
        }
        assertThat(api.post(planPath + "/reports", "admin", creates.get(5)[1])
                        .json()
                        .get("publishedAt")
                        .asString())
                .isNotBlank();
    }

    @Test
    void givenExistingId_whenCreatingWithDifferentBody_then409AndNothingStored() {
        Map<String, Object> changed = plan(planId);
        changed.put("title", "Another title");
        long events = eventCount();

        Http.Response response = api.post("/api/v1/plans", "admin", Http.json(changed));

        assertProblem(response, 409);
        assertThat(eventCount()).isEqualTo(events);
        // an id is unique across kinds too: an area id cannot name an action
        assertProblem(api.post("/api/v1/plans/" + planId + "/actions", "admin", Http.json(action(areaId, "1.9"))), 409);
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void givenPlanStructure_whenAddingDuplicatesOrStrangers_thenTheRightProblem() {
        String otherPlan = created(api.post("/api/v1/plans", "admin", Http.json(plan(null))));
        String otherArea = created(
                api.post("/api/v1/plans/" + otherPlan + "/areas", "admin", "{\"number\": 1, \"title\": \"Other\"}"));
        created(api.post("/api/v1/plans/" + planId + "/actions", "admin", Http.json(action(null, "1.1"))));
        long events = eventCount();

        assertProblem(
                api.post("/api/v1/plans/" + planId + "/areas", "admin", "{\"number\": 1, \"title\": \"Again\"}"), 409);
        assertProblem(api.post("/api/v1/plans/" + planId + "/actions", "admin", Http.json(action(null, "1.1"))), 409);
        Map<String, Object> foreignArea = action(null, "1.2");
        foreignArea.put("areaId", otherArea);
        assertThat(assertProblem(api.post("/api/v1/plans/" + planId + "/actions", "admin", Http.json(foreignArea)), 400)
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("areaId");
        assertProblem(
                api.post("/api/v1/plans/" + UUID.randomUUID() + "/actions", "admin", Http.json(action(null, "1.3"))),
                404);
        assertProblem(
                api.post("/api/v1/plans/" + UUID.randomUUID() + "/areas", "admin", "{\"number\": 2, \"title\": \"x\"}"),
                404);
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void givenBenefitWithRef_whenAnotherTakesTheRef_then409AndTheRefIsShownOnTheDashboard() {
        String actionId =
                created(api.post("/api/v1/plans/" + planId + "/actions", "admin", Http.json(action(null, "1.1"))));
        Map<String, Object> benefit = quantitativeBenefit(null, actionId);
        benefit.put("ref", " B1.1 ");
        String benefitId = created(api.post("/api/v1/plans/" + planId + "/benefits", "admin", Http.json(benefit)));
        String unnumbered = created(api.post(
                "/api/v1/plans/" + planId + "/benefits", "admin", Http.json(quantitativeBenefit(null, actionId))));
        long events = eventCount();

        benefit.put("ref", "B1.1");
        JsonNode taken =
                assertProblem(api.post("/api/v1/plans/" + planId + "/benefits", "admin", Http.json(benefit)), 409);
        benefit.put("ref", "B".repeat(21));
        JsonNode tooLong =
                assertProblem(api.post("/api/v1/plans/" + planId + "/benefits", "admin", Http.json(benefit)), 400);

        assertThat(taken.get("detail").asString()).isEqualTo("This plan already has a benefit B1.1.");
        assertThat(tooLong.get("errors").get(0).get("field").asString()).isEqualTo("ref");
        assertThat(eventCount()).isEqualTo(events);
        new ProjectionSync(eventStore, processing).awaitCaughtUp();
        Map<String, JsonNode> shown = new LinkedHashMap<>();
        for (JsonNode area : api.get("/api/v1/plans/" + planId + "/dashboard", "viewer")
                .json()
                .get("areas")) {
            area.get("benefits").forEach(b -> shown.put(b.get("benefitId").asString(), b.get("ref")));
        }
        assertThat(shown.get(benefitId).asString()).isEqualTo("B1.1");
        assertThat(shown.get(unnumbered).isNull()).isTrue();
    }

    @Test
    void givenABenefitAddedStoredBeforeBenefitsHadRefs_whenTheServiceReadsIt_thenItsUpcastersGiveItNoRef()
            throws IOException {
        try (var json = getClass().getResourceAsStream("/event-contracts-old/BenefitAdded.r1.json")) {
            JsonNode stored = Http.JSON.readTree(json);

            Object read = OldRevisionsTest.readThrough(
                    axon.upcasterChain(),
                    stored.get("type").asString(),
                    stored.get("revision").asString(),
                    Http.JSON.writeValueAsBytes(stored.get("payload")));

            assertThat(read).isInstanceOf(BenefitAdded.class);
            assertThat(((BenefitAdded) read).ref()).isNull();
            assertThat(((BenefitAdded) read).title()).isEqualTo("title-sample");
        }
    }

    @Test
    void givenManyClientsAddingTheSameRefAtOnce_whenTheyRace_thenExactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> attempts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                attempts.add(
                        () -> api.post("/api/v1/plans/" + planId + "/actions", "admin", Http.json(action(null, "9.9")))
                                .status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> attempt : pool.invokeAll(attempts)) {
                statuses.add(attempt.get());
            }
            assertThat(statuses)
                    .containsOnly(201, 409)
                    .filteredOn(status -> status == 201)
                    .hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(stored().all().stream()
                        .map(TrackedEventMessage::getPayload)
                        .filter(ActionAdded.class::isInstance)
                        .map(ActionAdded.class::cast)
                        .filter(added ->
                                added.planId().equals(planId) && added.ref().equals("9.9")))
                .hasSize(1);
    }

    @Test
    void givenAction_whenOfficerRecordsStatusesAndNotes_thenEachAnswers200WithTheStoredEvent() {
        String actionId =
                created(api.post("/api/v1/plans/" + planId + "/actions", "admin", Http.json(action(null, "1.1"))));
        String successor =
                created(api.post("/api/v1/plans/" + planId + "/actions", "admin", Http.json(action(null, "1.2"))));
        String status = "/api/v1/actions/" + actionId + "/status";

        Http.Response onTarget =
                api.post(status, "officer", "{\"status\": \"ON_TARGET\", \"effectiveDate\": \"2022-06-30\"}");
        assertThat(onTarget.status()).isEqualTo(200);
        assertThat(onTarget.json().propertyNames()).containsExactlyInAnyOrder("eventId", "recordedAt");
        assertThat(stored().byId(actionId, onTarget.json().get("eventId").asString())
                        .orElseThrow()
                        .getTimestamp())
                .isEqualTo(Instant.parse(onTarget.json().get("recordedAt").asString()));

        assertThat(api.post(
                                status,
                                "officer",
                                "{\"status\": \"COMPLETED\", \"effectiveDate\": \"2023-01-31\", \"comment\": \"All briefings held\"}")
                        .status())
                .isEqualTo(200);
        long events = eventCount();
        Http.Response reopenSilently =
                api.post(status, "officer", "{\"status\": \"PROGRESSING\", \"effectiveDate\": \"2023-02-28\"}");
        assertThat(assertProblem(reopenSilently, 409)
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("comment");
        assertThat(assertProblem(
                                api.post(
                                        status,
                                        "officer",
                                        "{\"status\": \"SUPERSEDED\", \"effectiveDate\": \"2023-02-28\", \"comment\": \"x\"}"),
                                400)
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("supersededBy");
        assertProblem(
                api.post(
                        status,
                        "officer",
                        "{\"status\": \"SUPERSEDED\", \"effectiveDate\": \"2023-02-28\", \"comment\": \"x\", \"supersededBy\": \""
                                + actionId + "\"}"),
                400);
        assertProblem(
                api.post(status, "officer", "{\"status\": \"ON_TARGET\", \"effectiveDate\": \"2999-01-01\"}"), 400);
        assertProblem(
                api.post(status, "officer", "{\"status\": \"ON_TARGET\", \"effectiveDate\": \"2021-03-31\"}"), 400);
        assertProblem(
                api.post(
                        "/api/v1/actions/" + UUID.randomUUID() + "/status",
                        "officer",
                        "{\"status\": \"ON_TARGET\", \"effectiveDate\": \"2022-06-30\"}"),
                404);
        assertThat(eventCount()).isEqualTo(events);

        assertThat(api.post(
                                status,
                                "officer",
                                "{\"status\": \"SUPERSEDED\", \"effectiveDate\": \"2023-02-28\", "
                                        + "\"comment\": \"Replaced by 1.2\", \"supersededBy\": \"" + successor + "\"}")
                        .status())
                .isEqualTo(200);
        assertThat(api.post(
                                "/api/v1/actions/" + actionId + "/notes",
                                "officer",
                                "{\"effectiveDate\": \"2023-02-28\", \"text\": \"Handed over to 1.2\"}")
                        .status())
                .isEqualTo(200);
        assertProblem(
                api.post(
                        "/api/v1/actions/" + actionId + "/notes",
                        "officer",
                        "{\"effectiveDate\": \"2023-02-28\", \"text\": \" \"}"),
                400);
    }

    @Test
    void givenBenefits_whenMeasuringCorrectingAndAssessing_thenRulesHoldPerType() {
        String actionId =
                created(api.post("/api/v1/plans/" + planId + "/actions", "admin", Http.json(action(null, "1.1"))));
        String quantitative = created(api.post(
                "/api/v1/plans/" + planId + "/benefits", "admin", Http.json(quantitativeBenefit(null, actionId))));
        String qualitative = created(api.post(
                "/api/v1/plans/" + planId + "/benefits",
                "admin",
                Http.json(Map.of(
                        "actionIds",
                        List.of(actionId),
                        "title",
                        "Young people feel listened to",
                        "type",
                        "QUALITATIVE",
                        "measure",
                        "Champions Board feedback",
                        "collectionMethod",
                        "Annual survey"))));
        Http.Response measured = api.post(
                "/api/v1/benefits/" + quantitative + "/measurements",
                "officer",
                "{\"effectiveDate\": \"2022-03-31\", \"value\": 35, \"source\": \"Training records\"}");
        assertThat(measured.status()).isEqualTo(201);
        String measurementId = measured.json().get("id").asString();
        assertThat(measured.header("Location"))
                .endsWith("/api/v1/benefits/" + quantitative + "/measurements/" + measurementId);

        long events = eventCount();
        assertThat(assertProblem(
                                api.post(
                                        "/api/v1/benefits/" + quantitative + "/measurements",
                                        "officer",
                                        "{\"effectiveDate\": \"2022-03-31\", \"evidence\": \"many\", \"source\": \"x\"}"),
                                400)
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("value");
        assertThat(assertProblem(
                                api.post(
                                        "/api/v1/benefits/" + qualitative + "/measurements",
                                        "officer",
                                        "{\"effectiveDate\": \"2022-03-31\", \"source\": \"Survey\"}"),
                                400)
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("evidence");
        assertProblem(
                api.post(
                        "/api/v1/benefits/" + quantitative + "/measurements/" + UUID.randomUUID() + "/corrections",
                        "officer",
                        "{\"value\": 36, \"reason\": \"late returns\"}"),
                404);
        assertThat(assertProblem(
                                api.post(
                                        "/api/v1/benefits/" + quantitative + "/measurements/" + measurementId
                                                + "/corrections",
                                        "officer",
                                        "{\"value\": 36}"),
                                400)
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("reason");
        assertProblem(
                api.post(
                        "/api/v1/benefits/" + quantitative + "/rag",
                        "officer",
                        "{\"rag\": \"NOT_ASSESSED\", \"effectiveDate\": \"2022-03-31\", \"rationale\": \"x\"}"),
                400);
        assertProblem(
                api.post(
                        "/api/v1/benefits/" + quantitative + "/rag",
                        "officer",
                        "{\"rag\": \"GREEN\", \"effectiveDate\": \"2022-03-31\"}"),
                400);
        assertThat(eventCount()).isEqualTo(events);

        assertThat(api.post(
                                "/api/v1/benefits/" + qualitative + "/measurements",
                                "officer",
                                "{\"effectiveDate\": \"2022-03-31\", \"evidence\": \"Board members report being heard\", \"source\": \"Survey\"}")
                        .status())
                .isEqualTo(201);
        assertThat(api.post(
                                "/api/v1/benefits/" + quantitative + "/measurements/" + measurementId + "/corrections",
                                "officer",
                                "{\"value\": 37, \"reason\": \"Late returns from two teams\"}")
                        .status())
                .isEqualTo(200);
        assertThat(api.post(
                                "/api/v1/benefits/" + quantitative + "/rag",
                                "officer",
                                "{\"rag\": \"AMBER\", \"effectiveDate\": \"2022-03-31\", \"rationale\": \"Behind trajectory\"}")
                        .status())
                .isEqualTo(200);
        assertThat(eventCount()).isEqualTo(events + 3);
    }

    @Test
    void givenBadInput_whenPosted_thenClear400sNamingTheFieldAndNothingStored() {
        String actionId =
                created(api.post("/api/v1/plans/" + planId + "/actions", "admin", Http.json(action(null, "1.1"))));
        String status = "/api/v1/actions/" + actionId + "/status";
        long events = eventCount();

        assertThat(assertProblem(api.post(status, "officer", "{\"status\": \"ON_TARGET\", "), 400)
                        .get("detail")
                        .asString())
                .contains("not valid JSON");
        assertThat(fieldsOf(assertProblem(
                        api.post(status, "officer", "{\"status\": \"DONE\", \"effectiveDate\": \"2022-06-30\"}"), 400)))
                .containsExactly("status");
        assertThat(fieldsOf(assertProblem(api.post(status, "officer", "{\"status\": \"ON_TARGET\"}"), 400)))
                .containsExactly("effectiveDate");
        assertThat(fieldsOf(assertProblem(
                        api.post(status, "officer", "{\"status\": \"ON_TARGET\", \"effectiveDate\": \"30/06/2022\"}"),
                        400)))
                .containsExactly("effectiveDate");
        assertThat(fieldsOf(assertProblem(
                        api.post(status, "officer", "{\"status\": 7, \"effectiveDate\": \"2022-06-30\"}"), 400)))
                .containsExactly("status");
        assertThat(fieldsOf(assertProblem(
                        api.post(
                                "/api/v1/plans/" + planId + "/areas",
                                "admin",
                                "{\"number\": \"one\", \"title\": \"x\"}"),
                        400)))
                .containsExactly("number");
        assertThat(fieldsOf(assertProblem(api.post("/api/v1/plans", "admin", "{\"id\": \"not-a-uuid\"}"), 400)))
                .contains("id", "title", "organisation", "startDate", "endDate");
        assertProblem(api.post(status, "officer", ""), 400);
        assertProblem(api.post(status, "officer", "[]"), 400);
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void givenOversizedBody_whenPostedWithOrWithoutLength_then413AndNothingStored() {
        String actionId =
                created(api.post("/api/v1/plans/" + planId + "/actions", "admin", Http.json(action(null, "1.1"))));
        String note = "{\"effectiveDate\": \"2022-06-30\", \"text\": \"" + "a".repeat(70_000) + "\"}";
        long events = eventCount();

        assertProblem(api.post("/api/v1/actions/" + actionId + "/notes", "officer", note), 413);
        assertProblem(
                api.postStreamed(
                        "/api/v1/actions/" + actionId + "/notes", "officer", note.getBytes(StandardCharsets.UTF_8)),
                413);

        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void givenNoOrWrongCredentials_whenCalling_then401ButHealthAnswers() {
        Http.Response anonymous = api.post("/api/v1/plans", null, Http.json(plan(null)));
        assertProblem(anonymous, 401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
        assertProblem(api.post("/api/v1/plans", "admin:wrong", Http.json(plan(null))), 401);
        assertProblem(api.get("/api/v1/plans", null), 401);
        assertProblem(api.get("/v3/api-docs", null), 401);
        assertProblem(api.get("/actuator/prometheus", null), 401);

        assertThat(api.get("/actuator/health", null).status()).isEqualTo(200);
    }

    @Test
    void givenFiveFailedSignIns_whenTheSixthComes_then429WithRetryAfter(CapturedOutput output) {
        // a username no one has, so no other test here is kept waiting; a known one is counted the same
        // (SignInThrottleTest)
        String guesser = "guesser-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            assertProblem(api.get("/api/v1/plans", guesser + ":guess-" + i), 401);
        }

        Http.Response throttled = api.get("/api/v1/plans", guesser + ":guess-5");

        JsonNode problem = assertProblem(throttled, 429);
        assertThat(problem.get("type").asString()).isEqualTo("urn:promise-tracker:problem:too-many-requests");
        assertThat(problem.get("detail").asString()).isEqualTo("Too many failed sign-ins; try again in 600 seconds.");
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(590L, 600L);
        assertThat(output.getOut())
                .as("the audit trail: who, from where, what; never the password")
                .contains(
                        "sign-in failed: user=" + guesser + " from=127.0.0.1",
                        "sign-in throttled: user=" + guesser + " from=127.0.0.1 wait=600s")
                .doesNotContain("guess-3");
        assertThat(api.get("/api/v1/plans", "viewer").status())
                .as("another user from the same address is not kept out")
                .isEqualTo(200);
    }

    @Test
    void givenFiveFailedSignInsOnThePage_whenTheSixthComes_thenThePageSaysHowLongToWait() throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String guesser = "page-guesser-" + UUID.randomUUID();
        List<String> redirects = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String page = browser.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            String csrf = csrfToken(page);
            HttpResponse<String> signIn = browser.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "username=" + guesser + "&password=guess-" + i + "&_csrf=" + Http.query(csrf)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            redirects.add(signIn.headers().firstValue("Location").orElse(""));
        }

        assertThat(redirects.subList(0, 5))
                .allSatisfy(location -> assertThat(location).endsWith("/login?error"));
        assertThat(redirects.get(5)).endsWith("/login?throttled=600");
        String told = browser.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login?throttled=600"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(told).contains("Too many failed sign-ins. Please wait 600 seconds, then try again.");
    }

    @Test
    void givenThePages_whenSigningIn_thenStrictHeadersAndASameSiteHttpOnlySessionCookieRenewedAtSignIn(
            CapturedOutput output) throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> form = browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String policy = form.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(policy)
                .contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
        assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(form.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(form.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        String before = sessionCookie(form);
        String csrf = csrfToken(form.body());

        HttpResponse<String> signedIn = browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", before.substring(0, before.indexOf(';')))
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=viewer&password=viewer-pw&_csrf=" + Http.query(csrf)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/plans");
        assertThat(output.getOut()).contains("signed in: user=viewer from=127.0.0.1");
        String after = sessionCookie(signedIn);
        assertThat(after).contains("HttpOnly", "SameSite=Lax");
        assertThat(after.substring(0, after.indexOf(';')))
                .as("a new session id at sign-in")
                .isNotEqualTo(before.substring(0, before.indexOf(';')));
        String session = after.substring(0, after.indexOf(';'));
        String plans = browser.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/plans"))
                                .header("Cookie", session)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String signOutCsrf = csrfToken(plans);
        HttpResponse<String> signedOut = browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/logout"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", session)
                        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + Http.query(signOutCsrf)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedOut.headers().firstValue("Location").orElse("")).endsWith("/login?signedOut");
        assertThat(output.getOut()).contains("signed out: user=viewer from=127.0.0.1");
        assertThat(api.get("/api/v1/plans", "viewer").raw().headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(api -> assertThat(api).startsWith("default-src 'none'"));
    }

    /** The CSRF token of a page's form, as a browser would send it back. */
    private static String csrfToken(String page) {
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(page);
        assertThat(token.find()).as("a form with a CSRF token").isTrue();
        return token.group(1);
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("SESSION="))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no session cookie in " + response.headers().map()));
    }

    @Test
    void givenAViewer_whenWritingWhatOnlyAnAdminMay_thenTheRefusalIsInTheAuditTrail(CapturedOutput output) {
        assertProblem(api.post("/api/v1/plans", "viewer", Http.json(plan(null))), 403);

        assertThat(output.getOut()).contains("refused: user=viewer from=127.0.0.1 POST /api/v1/plans");
    }

    @Test
    void givenRoles_whenWriting_thenEachRoleMayDoOnlyItsPart() {
        String actionId =
                created(api.post("/api/v1/plans/" + planId + "/actions", "admin", Http.json(action(null, "1.1"))));
        String status = "/api/v1/actions/" + actionId + "/status";
        String body = "{\"status\": \"ON_TARGET\", \"effectiveDate\": \"2022-06-30\"}";
        long events = eventCount();

        assertProblem(api.post(status, "viewer", body), 403);
        assertProblem(api.post(status, "auditor", body), 403);
        assertProblem(api.post("/api/v1/plans", "officer", Http.json(plan(null))), 403);
        assertProblem(api.post("/api/v1/plans/" + planId + "/actions", "officer", Http.json(action(null, "1.2"))), 403);
        assertProblem(
                api.post(
                        "/api/v1/plans/" + planId + "/reports",
                        "officer",
                        "{\"committee\": \"c\", \"reportDate\": \"2023-02-20\", \"title\": \"t\"}"),
                403);
        // the role check comes before the body is read: a viewer learns nothing from a bad body
        assertProblem(api.post(status, "viewer", "{"), 403);
        assertThat(eventCount()).isEqualTo(events);

        assertThat(api.post(status, "officer", body).status()).isEqualTo(200);
        assertThat(api.post(status, "admin", body).status()).isEqualTo(200);
        assertProblem(api.get("/actuator/prometheus", "viewer"), 403);
    }

    @Test
    void givenCommandsHandled_whenScrapingPrometheus_thenAxonMetricsAreThere() {
        Http.Response metrics = api.get("/actuator/prometheus", "admin");

        // ours, with a one-minute capacity window, in place of Axon's auto-configured registry
        assertThat(axonMetrics).isInstanceOf(AxonMetrics.class);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.raw().body())
                .contains(
                        "commandBus_",
                        "payloadType=\"CreatePlan\"",
                        "commandBus_capacity",
                        "eventProcessor_capacity",
                        "eventProcessor_latency",
                        "processorName=\"plan-projection\"");
    }

    private static List<String> fieldsOf(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    private static JsonNode assertProblem(Http.Response response, int status) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asString()).startsWith("urn:promise-tracker:problem:");
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        if (status == 400) {
            assertThat(problem.get("errors").isArray()).isTrue();
        }
        return problem;
    }

    private static String created(Http.Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private long eventCount() {
        return stored().count();
    }

    private StoredEvents stored() {
        return new StoredEvents(eventStore);
    }

    private static Map<String, Object> plan(String id) {
        Map<String, Object> plan = new LinkedHashMap<>();
        if (id != null) {
            plan.put("id", id);
        }
        plan.put("title", "South Ayrshire's Parenting Promise 2021-2030");
        plan.put("organisation", "South Ayrshire Council");
        plan.put("startDate", "2021-04-01");
        plan.put("endDate", "2030-03-31");
        plan.put("areaLabel", "Improvement area");
        return plan;
    }

    private Map<String, Object> action(String id, String ref) {
        Map<String, Object> action = new LinkedHashMap<>();
        if (id != null) {
            action.put("id", id);
        }
        action.put("areaId", areaId);
        action.put("ref", ref);
        action.put("title", "Provide regular briefings on corporate parenting responsibilities");
        action.put("leadOfficer", "Corporate Parenting Lead Officer");
        action.put("dueDate", "2024-03-31");
        action.put("foundations", List.of("PEOPLE"));
        return action;
    }

    private static Map<String, Object> quantitativeBenefit(String id, String actionId) {
        Map<String, Object> benefit = new LinkedHashMap<>();
        if (id != null) {
            benefit.put("id", id);
        }
        benefit.put("actionIds", List.of(actionId));
        benefit.put("title", "Staff who have completed Promise training");
        benefit.put("type", "QUANTITATIVE");
        benefit.put("measure", "Percentage of staff trained");
        benefit.put("collectionMethod", "Training records, quarterly");
        benefit.put("unit", "%");
        benefit.put("baseline", Map.of("value", 12, "date", "2021-03-31"));
        benefit.put("target", Map.of("value", 80, "date", "2024-03-31"));
        return benefit;
    }
}
