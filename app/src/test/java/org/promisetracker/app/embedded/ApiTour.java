package org.promisetracker.app.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Every call of the API's contract (docs: API.md), each write and each read, with the refusals that
 * must cross every transport with their status (404, 409, 400, 403), the pages a signed-in user
 * opens and an administrator's rebuild, sent to the given web nodes in turn: on several nodes the
 * same answers as on one. Each tour records a plan of its own (seed 001's first improvement area,
 * South Ayrshire's Parenting Promise; the figures are illustrative).
 */
final class ApiTour {

    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(60);

    private final List<Child> webs;
    private int turn;
    private int calls;

    ApiTour(List<Child> webs) {
        this.webs = webs;
    }

    /** Runs the tour; answers how many calls it made. */
    int run() throws IOException {
        String planId = created("/api/v1/plans", "admin", """
                {"title": "South Ayrshire's Parenting Promise 2021-2030 (tour)", "organisation": "South Ayrshire Council",
                 "startDate": "2021-04-01", "endDate": "2030-03-31", "areaLabel": "Improvement area"}""");
        String areaId = created("/api/v1/plans/" + planId + "/areas", "admin", """
                {"number": 1, "title": "Listen to care experienced young people"}""");
        String actionId = created("/api/v1/plans/" + planId + "/actions", "admin", """
                {"areaId": "%s", "ref": "1.1", "title": "Provide regular briefings on corporate parenting",
                 "leadOfficer": "Corporate Parenting Lead Officer", "dueDate": "2024-03-31"}""".formatted(areaId));
        String successorId = created("/api/v1/plans/" + planId + "/actions", "admin", """
                {"areaId": "%s", "ref": "1.2", "title": "Corporate parenting briefings in the induction programme",
                 "leadOfficer": "Corporate Parenting Lead Officer", "dueDate": "2025-03-31"}""".formatted(areaId));
        String benefitId = created("/api/v1/plans/" + planId + "/benefits", "admin", """
                {"actionIds": ["%s"], "title": "Staff who have completed Promise training", "type": "QUANTITATIVE",
                 "measure": "Percentage of staff trained", "collectionMethod": "Training records", "unit": "%%",
                 "baseline": {"value": 12, "evidence": "Training records", "date": "2021-04-01"},
                 "target": {"value": 80, "date": "2025-03-31"}}""".formatted(actionId));

        ok(post("/api/v1/actions/" + actionId + "/status", "officer", """
                {"status": "ON_TARGET", "effectiveDate": "2022-06-30", "comment": "Briefings scheduled"}"""));
        ok(post("/api/v1/actions/" + actionId + "/notes", "officer", """
                {"effectiveDate": "2022-09-30", "text": "Four briefings delivered to elected members"}"""));
        ok(post("/api/v1/actions/" + actionId + "/status", "officer", """
                {"status": "SUPERSEDED", "effectiveDate": "2022-12-31", "supersededBy": "%s"}""".formatted(successorId)));
        String measurementId = created("/api/v1/benefits/" + benefitId + "/measurements", "officer", """
                {"effectiveDate": "2022-03-31", "value": 34, "source": "Training records"}""");
        ok(post("/api/v1/benefits/" + benefitId + "/measurements/" + measurementId + "/corrections", "officer", """
                {"value": 36, "reason": "Two completions were recorded late"}"""));
        ok(post("/api/v1/benefits/" + benefitId + "/rag", "officer", """
                {"rag": "AMBER", "effectiveDate": "2022-03-31", "rationale": "Below the trajectory to 80%"}"""));
        String reportId = created("/api/v1/plans/" + planId + "/reports", "admin", """
                {"committee": "Performance and Audit Committee", "reportDate": "2023-02-20",
                 "title": "Corporate Parenting progress report (tour)"}""");

        status(404, post("/api/v1/actions/" + UUID.randomUUID() + "/notes", "officer", """
                {"effectiveDate": "2022-09-30", "text": "No such action"}"""));
        status(409, post("/api/v1/plans/" + planId + "/actions", "admin", """
                {"areaId": "%s", "ref": "1.1", "title": "The same ref again", "leadOfficer": "Lead Officer"}""".formatted(areaId)));
        status(400, post("/api/v1/plans/" + planId + "/areas", "admin", "{\"title\": \"No number\"}"));
        status(403, post("/api/v1/plans", "officer", """
                {"title": "Not allowed", "organisation": "Council", "startDate": "2021-04-01", "endDate": "2030-03-31"}"""));
        status(404, get("/api/v1/plans/" + UUID.randomUUID() + "/summary", "auditor"));

        JsonNode summary = visible(
                "/api/v1/plans/" + planId + "/summary?asAt=2023-02-20",
                summaryOf -> summaryOf.path("actions").path("total").asInt() == 2);
        assertThat(summary.path("benefits").path("byRag").path("AMBER").asInt()).isEqualTo(1);
        assertThat(summary.path("actions").path("byStatus").path("SUPERSEDED").asInt())
                .isEqualTo(1);
        visible("/api/v1/plans", plans -> plans.toString().contains(planId));
        visible("/api/v1/plans/" + planId, plan -> plan.toString().contains("South Ayrshire Council"));
        visible(
                "/api/v1/plans/" + planId + "/dashboard?asAt=2023-02-20",
                dashboard -> dashboard.toString().contains("Four briefings delivered to elected members"));
        visible(
                "/api/v1/actions/" + actionId + "/history",
                history -> history.toString().contains("Four briefings delivered to elected members"));
        visible(
                "/api/v1/benefits/" + benefitId + "/history",
                history -> history.toString().contains("Two completions were recorded late"));
        visible(
                "/api/v1/plans/" + planId + "/reports",
                reports -> reports.toString().contains(reportId));
        JsonNode report = visible("/api/v1/reports/" + reportId, frozen -> frozen.has("sha256"));
        assertThat(report.path("summary").path("actions").path("total").asInt()).isEqualTo(2);
        visible(
                "/api/v1/reports/" + reportId + "/verification",
                verified -> verified.path("matches").asBoolean());
        visible("/api/v1/reports/" + reportId + "/restatements", restatements -> true);

        pages(planId, actionId, benefitId, reportId);
        rebuild(planId, summary);
        return calls;
    }

    /** Signed in through the form on one web node; each page opened on the next. */
    private void pages(String planId, String actionId, String benefitId, String reportId) throws IOException {
        Browser browser = new Browser();
        browser.signIn(next(), "admin");
        for (String path : List.of(
                "/plans",
                "/plans/" + planId,
                "/plans/" + planId + "/reports",
                "/actions/" + actionId,
                "/benefits/" + benefitId,
                "/reports/" + reportId,
                "/reports/" + reportId + "/restatements",
                "/plans/" + planId + "/print")) {
            HttpResponse<String> shown = browser.get(next(), path);
            assertThat(shown.statusCode()).as(path).isEqualTo(200);
            assertThat(shown.body()).as(path).contains("Sign out");
        }
        // a form posted to one web node; the next shows its note and notification at once
        String actionPage = "/actions/" + actionId;
        String note = "Briefing pack shared with the corporate parenting board (tour)";
        HttpResponse<String> recorded = browser.post(
                next(),
                actionPage + "/notes",
                "effectiveDate=2022-10-31&text=" + Browser.encoded(note) + "&lateReason="
                        + Browser.encoded("The board's October pack, recorded after the report (tour)"),
                browser.get(next(), actionPage).body());
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(302);
        assertThat(browser.get(next(), actionPage).body()).contains("The progress note is recorded.", note);
    }

    /** Asked of any node, the rebuild runs and the answers afterwards are the same. */
    private void rebuild(String planId, JsonNode summary) {
        Child.Answer started = post("/api/v1/admin/rebuild", "admin", "{}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        await().atMost(VISIBLE_WITHIN)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> !get("/api/v1/admin/rebuild", "admin")
                        .json()
                        .path("rebuilding")
                        .asBoolean());
        JsonNode after = get("/api/v1/plans/" + planId + "/summary?asAt=2023-02-20", "auditor")
                .json();
        for (String part : List.of("actions", "benefits", "narrative")) {
            assertThat(after.path(part)).as(part).isEqualTo(summary.path(part));
        }
    }

    private JsonNode visible(String path, java.util.function.Predicate<JsonNode> shown) {
        return await().atMost(VISIBLE_WITHIN)
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> {
                            Child.Answer answer = get(path, "auditor");
                            assertThat(answer.status())
                                    .as(path + " " + answer.body())
                                    .isEqualTo(200);
                            return answer.json();
                        },
                        shown);
    }

    private String created(String path, String user, String json) {
        Child.Answer answer = post(path, user, json);
        status(201, answer);
        return answer.json().get("id").asString();
    }

    private static void ok(Child.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isBetween(200, 299);
    }

    private static void status(int expected, Child.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(expected);
    }

    private Child.Answer post(String path, String user, String json) {
        return next().post(path, user, json);
    }

    private Child.Answer get(String path, String user) {
        return next().get(path, user);
    }

    private Child next() {
        calls++;
        return webs.get(turn++ % webs.size());
    }
}
