package org.promisetracker.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.promisetracker.app.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The read API's contract over HTTP: who may read what, 401/403/404/400 as problems, and histories
 * in the order recorded with both times and who recorded each event. One small plan with a
 * published report, recorded once over HTTP as the users themselves.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadApiTest extends ReadSideTestBase {

    @Autowired
    MeterRegistry meters;

    String planId;
    String actionId;
    String benefitId;
    String reportId;
    /** The answers to the facts recorded about the action, in the order recorded. */
    List<JsonNode> recorded = new ArrayList<>();

    @BeforeAll
    void recordAPlanWithAHistoryAndAReport() {
        Http http = http();
        planId = created(http.post(
                "/api/v1/plans",
                "admin",
                Map.of(
                        "title",
                        "South Ayrshire's Parenting Promise 2021-2030 (read API)",
                        "organisation",
                        "South Ayrshire Council",
                        "startDate",
                        "2021-04-01",
                        "endDate",
                        "2030-03-31",
                        "areaLabel",
                        "Improvement area")));
        String areaId = created(http.post(
                "/api/v1/plans/" + planId + "/areas",
                "admin",
                Map.of("number", 1, "title", "Workforce understands the promise")));
        actionId = created(http.post(
                "/api/v1/plans/" + planId + "/actions",
                "admin",
                Map.of(
                        "areaId",
                        areaId,
                        "ref",
                        "1.1",
                        "title",
                        "Provide regular briefings",
                        "leadOfficer",
                        "Corporate Parenting Lead Officer",
                        "dueDate",
                        "2024-03-31")));
        benefitId = created(http.post(
                "/api/v1/plans/" + planId + "/benefits",
                "admin",
                Map.of(
                        "actionIds",
                        List.of(actionId),
                        "title",
                        "Staff who have completed Promise training",
                        "type",
                        "QUANTITATIVE",
                        "measure",
                        "Percentage of staff trained",
                        "collectionMethod",
                        "Training records",
                        "unit",
                        "%")));
        // effective dates deliberately out of recording order
        String status = "/api/v1/actions/" + actionId + "/status";
        recorded.add(http.post(status, "officer", Map.of("status", "ON_TARGET", "effectiveDate", "2022-09-30"))
                .ok());
        recorded.add(http.post(
                        "/api/v1/actions/" + actionId + "/notes",
                        "admin",
                        Map.of("effectiveDate", "2022-03-31", "text", "Briefing programme drafted"))
                .ok());
        recorded.add(http.post(
                        status,
                        "officer",
                        Map.of(
                                "status",
                                "PROGRESSING",
                                "effectiveDate",
                                "2022-06-30",
                                "comment",
                                "Behind in the summer"))
                .ok());
        http.post(
                        "/api/v1/benefits/" + benefitId + "/rag",
                        "officer",
                        Map.of("rag", "GREEN", "effectiveDate", "2022-09-30", "rationale", "On track"))
                .ok();
        reportId = created(http.post(
                "/api/v1/plans/" + planId + "/reports",
                "admin",
                Map.of(
                        "committee",
                        "Performance and Audit Committee",
                        "reportDate",
                        "2023-02-20",
                        "title",
                        "Progress report")));
        awaitProjection();
    }

    @Test
    void givenAViewer_whenReading_thenPlansSummariesDashboardsAndReportsButNotHistoriesVerificationOrRestatements() {
        for (String path : everyoneMayRead()) {
            assertThat(http().get(path, "viewer").status()).as(path).isEqualTo(200);
        }
        for (String path : List.of(actionHistory(), benefitHistory(), verification(), restatements())) {
            assertProblem(http().get(path, "viewer"), 403);
        }
        JsonNode plans = http().get("/api/v1/plans", "viewer").ok();
        List<String> planIds = new ArrayList<>();
        plans.forEach(plan -> planIds.add(plan.get("planId").asString()));
        assertThat(planIds).contains(planId);
    }

    @Test
    void givenAnAuditor_whenReading_thenEverything() {
        for (String path : everyoneMayRead()) {
            assertThat(http().get(path, "auditor").status()).as(path).isEqualTo(200);
        }
        for (String path : List.of(actionHistory(), benefitHistory(), verification(), restatements())) {
            assertThat(http().get(path, "auditor").status()).as(path).isEqualTo(200);
        }
        assertThat(http().get(verification(), "auditor").ok().get("matches").asBoolean())
                .isTrue();
    }

    @Test
    void givenAnOfficer_whenReading_thenHistoriesButNotVerificationOrRestatements() {
        for (String path : everyoneMayRead()) {
            assertThat(http().get(path, "officer").status()).as(path).isEqualTo(200);
        }
        assertThat(http().get(actionHistory(), "officer").status()).isEqualTo(200);
        assertThat(http().get(benefitHistory(), "officer").status()).isEqualTo(200);
        assertProblem(http().get(verification(), "officer"), 403);
        assertProblem(http().get(restatements(), "officer"), 403);
    }

    @Test
    void givenAUserWhoJustSignedIn_whenCallingAgain_thenThePasswordHashIsNotCheckedAgain() {
        http().get("/api/v1/plans", "auditor").ok();
        double checked = signIns("checked");
        double remembered = signIns("remembered");

        http().get("/api/v1/plans/" + planId + "/summary", "auditor").ok();

        assertThat(signIns("checked")).isEqualTo(checked);
        assertThat(signIns("remembered")).isEqualTo(remembered + 1);
    }

    private double signIns(String answer) {
        return meters.get("promise_tracker.sign_ins")
                .tag("answer", answer)
                .counter()
                .count();
    }

    @Test
    void givenNoCredentials_whenReading_then401() {
        List<String> paths = new ArrayList<>(everyoneMayRead());
        paths.addAll(List.of(actionHistory(), benefitHistory(), verification(), restatements()));
        for (String path : paths) {
            Http.Response response = http().get(path, null);
            assertProblem(response, 401);
            assertThat(response.raw().headers().firstValue("WWW-Authenticate").orElse(""))
                    .startsWith("Basic");
        }
    }

    @Test
    void givenUnknownIds_whenReading_then404Problems() {
        String unknown = Recorder.newId();
        for (String path : List.of(
                "/api/v1/plans/" + unknown,
                "/api/v1/plans/" + unknown + "/summary",
                "/api/v1/plans/" + unknown + "/summary?asAt=2023-02-20",
                "/api/v1/plans/" + unknown + "/dashboard",
                "/api/v1/plans/" + unknown + "/reports",
                "/api/v1/plans/no-such-plan/summary",
                "/api/v1/reports/" + unknown,
                "/api/v1/reports/" + unknown + "/verification",
                "/api/v1/reports/" + unknown + "/restatements",
                "/api/v1/actions/" + unknown + "/history",
                "/api/v1/benefits/" + unknown + "/history",
                // ids of other kinds are unknown too
                "/api/v1/reports/" + planId,
                "/api/v1/actions/" + planId + "/history",
                "/api/v1/plans/" + actionId)) {
            assertProblem(http().get(path, "auditor"), 404);
        }
        assertProblem(http().get("/api/v1/plans/" + unknown + "/summary", "viewer"), 404);
    }

    @Test
    void givenAnActionIdAskedForAsABenefit_whenReadingItsHistory_then404AndTheOtherWayRound() {
        assertProblem(http().get("/api/v1/benefits/" + actionId + "/history", "auditor"), 404);
        assertProblem(http().get("/api/v1/actions/" + benefitId + "/history", "auditor"), 404);
    }

    @Test
    void givenMalformedDates_whenReading_then400NamingTheParameter() {
        for (String path : List.of("/api/v1/plans/" + planId + "/summary", "/api/v1/plans/" + planId + "/dashboard")) {
            assertThat(field(http().get(path + "?asAt=2023-02-30", "viewer"))).isEqualTo("asAt");
            assertThat(field(http().get(path + "?asAt=20-02-2023", "viewer"))).isEqualTo("asAt");
            assertThat(field(http().get(path + "?knownAt=yesterday", "viewer"))).isEqualTo("knownAt");
            assertThat(field(http().get(path + "?asAt=2023-02-20&knownAt=2023-02-20", "viewer")))
                    .isEqualTo("knownAt");
        }
    }

    @Test
    void
            givenFactsRecordedOutOfEffectiveOrder_whenReadingTheHistory_thenEntriesAreInRecordedOrderWithBothTimesAndWho() {
        JsonNode history = http().get(actionHistory(), "auditor").ok();

        assertThat(history.get("subjectId").asString()).isEqualTo(actionId);
        assertThat(history.get("kind").asString()).isEqualTo("ACTION");
        assertThat(history.get("planId").asString()).isEqualTo(planId);
        JsonNode entries = history.get("entries");
        assertThat(entries.size()).isEqualTo(4);

        JsonNode added = entries.get(0);
        assertThat(added.get("event").asString()).isEqualTo("ActionAdded");
        assertThat(added.get("effectiveDate").asString()).isEqualTo("2021-04-01"); // counts from the plan's start
        assertThat(added.get("recordedBy").asString()).isEqualTo("admin");

        List<String> events = new ArrayList<>();
        List<String> effectiveDates = new ArrayList<>();
        List<String> recordedBy = new ArrayList<>();
        List<Instant> recordedAt = new ArrayList<>();
        for (int i = 1; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            events.add(entry.get("event").asString());
            effectiveDates.add(entry.get("effectiveDate").asString());
            recordedBy.add(entry.get("recordedBy").asString());
            recordedAt.add(Instant.parse(entry.get("recordedAt").asString()));
            assertThat(entry.get("eventId").asString())
                    .isEqualTo(recorded.get(i - 1).get("eventId").asString());
            assertThat(recordedAt.get(i - 1))
                    .isEqualTo(
                            Instant.parse(recorded.get(i - 1).get("recordedAt").asString()));
        }
        assertThat(events).containsExactly("ActionStatusChanged", "ProgressNoteRecorded", "ActionStatusChanged");
        assertThat(effectiveDates).containsExactly("2022-09-30", "2022-03-31", "2022-06-30");
        assertThat(recordedBy).containsExactly("officer", "admin", "officer");
        assertThat(recordedAt).isSorted();
        assertThat(Instant.parse(added.get("recordedAt").asString())).isBeforeOrEqualTo(recordedAt.get(0));
        assertThat(entries.get(1).get("status").asString()).isEqualTo("ON_TARGET");
        assertThat(entries.get(2).get("text").asString()).isEqualTo("Briefing programme drafted");
        assertThat(entries.get(3).get("status").asString()).isEqualTo("PROGRESSING");
        assertThat(entries.get(3).get("text").asString()).isEqualTo("Behind in the summer");
    }

    private List<String> everyoneMayRead() {
        return List.of(
                "/api/v1/plans",
                "/api/v1/plans/" + planId,
                "/api/v1/plans/" + planId + "/summary",
                "/api/v1/plans/" + planId + "/summary?asAt=2023-02-20&knownAt=2023-02-20T09:00:00Z",
                "/api/v1/plans/" + planId + "/dashboard",
                "/api/v1/plans/" + planId + "/dashboard?asAt=2022-12-31",
                "/api/v1/plans/" + planId + "/reports",
                "/api/v1/reports/" + reportId);
    }

    private String actionHistory() {
        return "/api/v1/actions/" + actionId + "/history";
    }

    private String benefitHistory() {
        return "/api/v1/benefits/" + benefitId + "/history";
    }

    private String verification() {
        return "/api/v1/reports/" + reportId + "/verification";
    }

    private String restatements() {
        return "/api/v1/reports/" + reportId + "/restatements";
    }

    private static String field(Http.Response response) {
        JsonNode problem = assertProblem(response, 400);
        return problem.get("errors").get(0).get("field").asString();
    }

    private static String created(Http.Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
        return response.json().get("id").asString();
    }
}
