package org.promisetracker.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.promisetracker.api.action.ActionStatusChanged;
import org.promisetracker.api.benefit.MeasurementRecorded;
import org.promisetracker.api.benefit.RagAssessed;
import org.promisetracker.app.support.Http;
import org.promisetracker.app.support.ProjectionSync;
import org.promisetracker.app.support.StoredEvents;
import org.promisetracker.platform.testing.TestPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The locked period, over real HTTP against the whole application and a real PostgreSQL: once a
 * report is published, a fact of its plan dated on or before its report date needs a lateReason,
 * which is stored in the event and shown wherever the fact is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("roles")
class LockTest {

    private static final String COMMITTEE = "Performance and Audit Committee";
    private static final String LOCKED = "The period to 20 February 2023 was reported to the Performance and Audit"
            + " Committee; give a lateReason to record this.";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    JdbcTemplate jdbc;

    Http api;
    String planId;
    String actionId;
    String benefitId;
    String measurementId;
    String reportId;

    /** A plan with an action and a benefit measured on 31 January 2023, reported as at 20 February 2023. */
    @BeforeEach
    void reportedPlan() {
        api = new Http(port);
        planId = newPlan();
        String areaId = created(
                api.post("/api/v1/plans/" + planId + "/areas", "admin", "{\"number\": 1, \"title\": \"Workforce\"}"));
        actionId = created(api.post("/api/v1/plans/" + planId + "/actions", "admin", Http.json(action(areaId))));
        benefitId = created(api.post("/api/v1/plans/" + planId + "/benefits", "admin", Http.json(benefit(actionId))));
        measurementId = created(api.post(
                "/api/v1/benefits/" + benefitId + "/measurements",
                "officer",
                "{\"effectiveDate\": \"2023-01-31\", \"value\": 64, \"source\": \"Training records\"}"));
        reportId = publish(planId, "2023-02-20");
    }

    @Test
    void givenAPublishedReport_whenAStatusDatedBeforeItComesWithoutLateReason_then409NamingCommitteeAndDate() {
        long before = stored().count();

        Http.Response refused = api.post(
                "/api/v1/actions/" + actionId + "/status",
                "officer",
                "{\"status\": \"PROGRESSING\", \"effectiveDate\": \"2023-02-10\"}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).isEqualTo(LOCKED);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("lateReason");
        assertThat(stored().count()).isEqualTo(before);
    }

    @Test
    void givenAPublishedReport_whenEveryKindOfFactOnTheReportDateComesWithoutLateReason_thenEachIs409() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put(
                "/api/v1/actions/" + actionId + "/status",
                "{\"status\": \"ON_TARGET\", \"effectiveDate\": \"2023-02-20\"}");
        facts.put(
                "/api/v1/actions/" + actionId + "/notes",
                "{\"effectiveDate\": \"2023-02-20\", \"text\": \"Briefings held in every directorate\"}");
        facts.put(
                "/api/v1/benefits/" + benefitId + "/measurements",
                "{\"effectiveDate\": \"2023-02-20\", \"value\": 66, \"source\": \"Training records\"}");
        facts.put(
                "/api/v1/benefits/" + benefitId + "/rag",
                "{\"rag\": \"AMBER\", \"effectiveDate\": \"2023-02-20\", \"rationale\": \"Short of the trajectory\"}");
        long before = stored().count();

        facts.forEach((path, body) -> {
            Http.Response refused = api.post(path, "officer", body);
            assertThat(refused.status()).as(path).isEqualTo(409);
            assertThat(refused.json().get("detail").asString()).as(path).isEqualTo(LOCKED);
        });
        assertThat(stored().count()).isEqualTo(before);
    }

    @Test
    void givenA409_whenResentWithALateReason_thenStoredInTheEventAndShownInHistoryRestatementsAndDashboard() {
        String lateReason = "The team's February return reached us after the paper had gone to committee.";
        assertThat(api.post(
                                "/api/v1/actions/" + actionId + "/status",
                                "officer",
                                Http.json(Map.of("status", "PROGRESSING", "effectiveDate", "2023-02-10")))
                        .status())
                .isEqualTo(409);

        Http.Response recorded = api.post(
                "/api/v1/actions/" + actionId + "/status",
                "officer",
                Http.json(Map.of("status", "PROGRESSING", "effectiveDate", "2023-02-10", "lateReason", lateReason)));

        assertThat(recorded.status()).as(recorded.raw().body()).isEqualTo(200);
        DomainEventMessage<?> event = stored().byId(
                        actionId, recorded.json().get("eventId").asString())
                .orElseThrow();
        assertThat(((ActionStatusChanged) event.getPayload()).lateReason()).isEqualTo(lateReason);
        synced();
        JsonNode history =
                api.get("/api/v1/actions/" + actionId + "/history", "auditor").ok();
        JsonNode last = history.get("entries").get(history.get("entries").size() - 1);
        assertThat(last.get("event").asString()).isEqualTo("ActionStatusChanged");
        assertThat(last.get("lateReason").asString()).isEqualTo(lateReason);
        assertThat(history.get("entries").get(0).get("lateReason").isNull()).isTrue();
        JsonNode change = changeOf(restatements(), actionId);
        assertThat(change.get("event").asString()).isEqualTo("ActionStatusChanged");
        assertThat(change.get("lateReason").asString()).isEqualTo(lateReason);
        JsonNode dashboard =
                api.get("/api/v1/plans/" + planId + "/dashboard", "viewer").ok();
        assertThat(ids(dashboard.get("restated"))).containsExactly(actionId);
        assertThat(dashboard.get("restatedReasons").get(actionId).get(0).asString())
                .isEqualTo(lateReason);
    }

    @Test
    void givenAPublishedReport_whenAMeasurementAndARagBeforeItComeWithLateReasons_thenTheirEventsAndHistoryKeepThem() {
        Http.Response measured = api.post(
                "/api/v1/benefits/" + benefitId + "/measurements",
                "officer",
                "{\"effectiveDate\": \"2023-02-15\", \"value\": 66, \"source\": \"Training records\","
                        + " \"lateReason\": \"  The February extract was rerun after the report.  \"}");
        Http.Response assessed = api.post(
                "/api/v1/benefits/" + benefitId + "/rag",
                "officer",
                "{\"rag\": \"AMBER\", \"effectiveDate\": \"2023-02-15\", \"rationale\": \"Short of the trajectory\","
                        + " \"lateReason\": \"Agreed at the March review of the February figures.\"}");

        assertThat(measured.status()).as(measured.raw().body()).isEqualTo(201);
        assertThat(assessed.status()).as(assessed.raw().body()).isEqualTo(200);
        assertThat(((MeasurementRecorded) stored().byId(
                                        benefitId,
                                        measured.json().get("eventId").asString())
                                .orElseThrow()
                                .getPayload())
                        .lateReason())
                .isEqualTo("The February extract was rerun after the report.");
        assertThat(((RagAssessed) stored().byId(
                                        benefitId,
                                        assessed.json().get("eventId").asString())
                                .orElseThrow()
                                .getPayload())
                        .lateReason())
                .isEqualTo("Agreed at the March review of the February figures.");
        synced();
        List<String> reasons = new ArrayList<>();
        api.get("/api/v1/benefits/" + benefitId + "/history", "officer")
                .ok()
                .get("entries")
                .forEach(entry -> reasons.add(
                        entry.get("lateReason").isNull()
                                ? null
                                : entry.get("lateReason").asString()));
        assertThat(reasons)
                .containsExactly(
                        null,
                        null,
                        "The February extract was rerun after the report.",
                        "Agreed at the March review of the February figures.");
    }

    @Test
    void givenAPublishedReport_whenAMeasurementBeforeItIsCorrectedWithItsReasonOnly_thenRecordedAndTheReasonServes() {
        String reason = "The January extract counted staff who attended two sessions twice.";

        Http.Response corrected = api.post(
                "/api/v1/benefits/" + benefitId + "/measurements/" + measurementId + "/corrections",
                "officer",
                Http.json(Map.of("value", 61, "reason", reason)));

        assertThat(corrected.status()).as(corrected.raw().body()).isEqualTo(200);
        synced();
        JsonNode change = changeOf(restatements(), benefitId);
        assertThat(change.get("event").asString()).isEqualTo("MeasurementCorrected");
        assertThat(change.get("why").asString()).isEqualTo(reason);
        assertThat(change.get("lateReason").asString()).isEqualTo(reason);
        JsonNode dashboard =
                api.get("/api/v1/plans/" + planId + "/dashboard", "viewer").ok();
        assertThat(dashboard.get("restatedReasons").get(benefitId).get(0).asString())
                .isEqualTo(reason);
    }

    @Test
    void givenAPublishedReport_whenFactsAreDatedAfterItsReportDate_thenNoLateReasonIsNeeded() {
        assertThat(api.post(
                                "/api/v1/actions/" + actionId + "/status",
                                "officer",
                                "{\"status\": \"ON_TARGET\", \"effectiveDate\": \"2023-02-21\"}")
                        .status())
                .isEqualTo(200);
        assertThat(api.post(
                                "/api/v1/actions/" + actionId + "/notes",
                                "officer",
                                "{\"effectiveDate\": \"2023-02-21\", \"text\": \"Briefings under way\"}")
                        .status())
                .isEqualTo(200);
        assertThat(api.post(
                                "/api/v1/benefits/" + benefitId + "/measurements",
                                "officer",
                                "{\"effectiveDate\": \"2023-03-31\", \"value\": 70, \"source\": \"Training records\"}")
                        .status())
                .isEqualTo(201);
        synced();
        JsonNode entries = api.get("/api/v1/actions/" + actionId + "/history", "officer")
                .ok()
                .get("entries");
        entries.forEach(entry -> assertThat(entry.get("lateReason").isNull()).isTrue());
        assertThat(entries.size()).isEqualTo(3);
    }

    @Test
    void givenALockedPeriod_whenTheBodyIsBad_thenStill400() {
        String status = "/api/v1/actions/" + actionId + "/status";

        assertThat(api.post(status, "officer", "{\"effectiveDate\": \"2023-02-10\"}")
                        .status())
                .as("no status")
                .isEqualTo(400);
        assertThat(api.post(status, "officer", "{\"status\": \"PROGRESSING\", \"effectiveDate\": \"10/02/2023\"}")
                        .status())
                .as("not a date")
                .isEqualTo(400);
        Http.Response badReason = api.post(
                status,
                "officer",
                "{\"status\": \"PROGRESSING\", \"effectiveDate\": \"2023-02-10\", \"lateReason\": \"late\\u0007\"}");
        assertThat(badReason.status())
                .as("a control character in the late reason")
                .isEqualTo(400);
        assertThat(badReason.json().get("errors").get(0).get("field").asString())
                .isEqualTo("lateReason");
        Http.Response longReason = api.post(
                "/api/v1/benefits/" + benefitId + "/rag",
                "officer",
                Http.json(Map.of(
                        "rag",
                        "AMBER",
                        "effectiveDate",
                        "2023-02-10",
                        "rationale",
                        "Short",
                        "lateReason",
                        "x".repeat(4001))));
        assertThat(longReason.status())
                .as("a late reason past 4,000 characters")
                .isEqualTo(400);
        assertThat(api.post(
                                "/api/v1/actions/" + actionId + "/notes",
                                "officer",
                                "{\"effectiveDate\": \"2023-02-10\", \"text\": \"  \"}")
                        .status())
                .as("a blank note")
                .isEqualTo(400);
    }

    @Test
    void givenALockedPeriod_whenTheIdIsUnknown_thenStill404() {
        String unknown = UUID.randomUUID().toString();

        assertThat(api.post(
                                "/api/v1/actions/" + unknown + "/status",
                                "officer",
                                "{\"status\": \"PROGRESSING\", \"effectiveDate\": \"2023-02-10\"}")
                        .status())
                .isEqualTo(404);
        assertThat(api.post(
                                "/api/v1/benefits/" + unknown + "/measurements",
                                "officer",
                                "{\"effectiveDate\": \"2023-02-10\", \"value\": 66, \"source\": \"Training records\"}")
                        .status())
                .isEqualTo(404);
        assertThat(api.post(
                                "/api/v1/benefits/" + benefitId + "/measurements/" + unknown + "/corrections",
                                "officer",
                                "{\"value\": 61, \"reason\": \"Wrong extract\"}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void givenAReportOfAnotherPlan_whenThisPlanRecordsAFactBeforeThatReportDate_thenNoLateReasonIsNeeded() {
        String otherPlan = newPlan();
        String otherArea = created(api.post(
                "/api/v1/plans/" + otherPlan + "/areas", "admin", "{\"number\": 1, \"title\": \"Workforce\"}"));
        String otherAction =
                created(api.post("/api/v1/plans/" + otherPlan + "/actions", "admin", Http.json(action(otherArea))));
        publish(planId, "2023-06-30");

        Http.Response recorded = api.post(
                "/api/v1/actions/" + otherAction + "/status",
                "officer",
                "{\"status\": \"PROGRESSING\", \"effectiveDate\": \"2023-02-10\"}");

        assertThat(recorded.status()).as(recorded.raw().body()).isEqualTo(200);
    }

    @Test
    void givenALaterReportAndThenAnEarlierOne_whenAFactFallsBetweenTheirDates_thenTheLaterReportDateLocks() {
        publish(planId, "2023-06-30");
        publish(planId, "2023-03-31");

        Http.Response refused = api.post(
                "/api/v1/actions/" + actionId + "/notes",
                "officer",
                "{\"effectiveDate\": \"2023-05-01\", \"text\": \"Briefings under way\"}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString())
                .isEqualTo("The period to 30 June 2023 was reported to the Performance and Audit Committee;"
                        + " give a lateReason to record this.");
    }

    @Test
    void givenReportsPublishedBeforeTheLockExisted_whenTheMigrationFillsTheTable_thenTheLatestByReportDateLocks()
            throws IOException {
        publish(planId, "2022-06-30"); // published later, for an earlier date: the February report still locks
        jdbc.update("DELETE FROM plan_latest_report WHERE plan_id = ?", planId);
        assertThat(api.post(
                                "/api/v1/actions/" + actionId + "/notes",
                                "officer",
                                "{\"effectiveDate\": \"2022-09-30\", \"text\": \"Before the table knew\"}")
                        .status())
                .isEqualTo(200);

        jdbc.execute(backfill());

        assertThat(jdbc.queryForMap(
                        "SELECT report_id, committee, report_date::text AS report_date FROM plan_latest_report"
                                + " WHERE plan_id = ?",
                        planId))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("report_id", reportId, "committee", COMMITTEE, "report_date", "2023-02-20"));
        Http.Response refused = api.post(
                "/api/v1/actions/" + actionId + "/notes",
                "officer",
                "{\"effectiveDate\": \"2022-09-30\", \"text\": \"After the migration\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).isEqualTo(LOCKED);
    }

    /** The statement of command-side V101 that fills the table from the reports in the event table. */
    private static String backfill() throws IOException {
        try (InputStream migration = LockTest.class.getResourceAsStream("/db/migration/V101__plan_latest_report.sql")) {
            String sql = new String(migration.readAllBytes(), StandardCharsets.UTF_8);
            return sql.substring(sql.indexOf("INSERT INTO plan_latest_report"));
        }
    }

    private JsonNode restatements() {
        return api.get("/api/v1/reports/" + reportId + "/restatements", "auditor")
                .ok();
    }

    private static JsonNode changeOf(JsonNode restatements, String itemId) {
        for (JsonNode item : restatements.get("items")) {
            if (item.get("itemId").asString().equals(itemId)) {
                JsonNode changes = item.get("changes");
                assertThat(changes.size()).as("changes of " + itemId).isEqualTo(1);
                return changes.get(0);
            }
        }
        throw new AssertionError("Nothing restated for " + itemId + " in " + restatements);
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(id -> ids.add(id.asString()));
        return ids;
    }

    private String newPlan() {
        return created(api.post(
                "/api/v1/plans",
                "admin",
                Http.json(Map.of(
                        "title",
                        "South Ayrshire's Parenting Promise 2021-2030",
                        "organisation",
                        "South Ayrshire Council",
                        "startDate",
                        "2021-04-01",
                        "endDate",
                        "2030-03-31",
                        "areaLabel",
                        "Improvement area"))));
    }

    private String publish(String plan, String reportDate) {
        return created(api.post(
                "/api/v1/plans/" + plan + "/reports",
                "admin",
                Http.json(Map.of(
                        "committee", COMMITTEE, "reportDate", reportDate, "title", "Progress report " + reportDate))));
    }

    private static Map<String, Object> action(String areaId) {
        return Map.of(
                "areaId",
                areaId,
                "ref",
                "1.1",
                "title",
                "Provide regular briefings on corporate parenting responsibilities",
                "leadOfficer",
                "Corporate Parenting Lead Officer",
                "dueDate",
                "2024-03-31");
    }

    private static Map<String, Object> benefit(String actionId) {
        return Map.of(
                "actionIds",
                List.of(actionId),
                "title",
                "Staff who have completed Promise training",
                "type",
                "QUANTITATIVE",
                "measure",
                "Percentage of staff trained",
                "collectionMethod",
                "Training records, quarterly",
                "unit",
                "%",
                "baseline",
                Map.of("value", 12, "date", "2021-03-31"),
                "target",
                Map.of("value", 80, "date", "2024-03-31"));
    }

    private static String created(Http.Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private void synced() {
        new ProjectionSync(eventStore, processing).awaitCaughtUp();
    }

    private StoredEvents stored() {
        return new StoredEvents(eventStore);
    }
}
