package org.promisetracker.app.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.promisetracker.api.report.ReportPublished;
import org.promisetracker.app.support.Http;
import org.promisetracker.app.support.ProjectionSync;
import org.promisetracker.platform.testing.TestPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A whole reporting round over real HTTP, on South Ayrshire's plan as the seed's February 2023
 * report describes it (the figures are illustrative): the clerk assigns the items and opens the
 * round; the officers find their updates, record and submit them; the lead returns one, which is
 * submitted again, approves it and waives the other; the approver signs the round off; and the
 * report published from it records who signed it off when.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("members")
class RoundApiTest {

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

    Http api;
    String planId;
    String briefings;
    String completed;
    String training;

    @BeforeEach
    void plan() {
        api = new Http(port);
        planId = created(api.post(
                "/api/v1/plans",
                "admin",
                Http.json(Map.of(
                        "title", "South Ayrshire's Parenting Promise 2021-2030",
                        "organisation", "South Ayrshire Council",
                        "startDate", "2021-04-01",
                        "endDate", "2030-03-31"))));
        String areaId = created(api.post(
                "/api/v1/plans/" + planId + "/areas",
                "admin",
                "{\"number\": 1, \"title\": \"Workforce understands the promise\"}"));
        briefings = action(areaId, "1.1", "Provide regular briefings on corporate parenting responsibilities");
        completed = action(areaId, "1.2", "Publish the Parenting Promise on the council's website");
        ok(api.post(
                "/api/v1/actions/" + completed + "/status",
                "admin",
                "{\"status\": \"COMPLETED\", \"effectiveDate\": \"2022-06-30\"}"));
        training = created(api.post(
                "/api/v1/plans/" + planId + "/benefits",
                "admin",
                Http.json(Map.of(
                        "actionIds", List.of(briefings),
                        "title", "Staff who have completed Promise training (illustrative)",
                        "type", "QUANTITATIVE",
                        "measure", "Percentage of staff trained",
                        "collectionMethod", "Training records, quarterly",
                        "unit", "%",
                        "effectiveFrom", "2021-04-01"))));
        ok(api.put(
                "/api/v1/plans/" + planId + "/members",
                "admin",
                "{\"members\": [{\"username\": \"plan.officer\", \"roles\": [\"OFFICER\"]}]}"));
    }

    @Test
    void givenAPlan_whenARoundRunsFromOpeningToPublication_thenEveryStepHoldsAndTheReportNamesTheSignOff() {
        ok(api.put("/api/v1/actions/" + briefings + "/assignees", "admin", "{\"usernames\": [\"Plan.Officer\"]}"));
        ok(api.put("/api/v1/benefits/" + training + "/assignees", "admin", "{\"usernames\": [\"officer\"]}"));
        String roundId = created(api.post(
                "/api/v1/plans/" + planId + "/rounds",
                "admin",
                "{\"title\": \"February 2023 progress report\", \"committee\": \"Performance and Audit Committee\", "
                        + "\"reportDate\": \"2023-02-20\", \"updatesDue\": \"2023-01-31\"}"));
        sync();

        JsonNode round = api.get("/api/v1/rounds/" + roundId, "viewer").ok();
        assertThat(round.get("state").asString()).isEqualTo("OPEN");
        assertThat(round.get("items").findValuesAsString("itemId"))
                .as("the completed action is not asked for")
                .containsExactly(briefings, training);
        assertThat(round.get("items").get(0).get("assignees").toString()).isEqualTo("[\"Plan.Officer\"]");
        assertThat(round.get("items").get(0).get("overdue").asBoolean())
                .as("due 31 January 2023, long past")
                .isTrue();
        assertThat(round.get("counts").get("due").asInt()).isEqualTo(2);
        assertThat(round.get("counts").get("overdue").asInt()).isEqualTo(2);

        JsonNode mine = api.get("/api/v1/me/updates", "plan.officer").ok();
        assertThat(mine.findValuesAsString("itemId")).containsExactly(briefings);

        String submit = "/api/v1/rounds/" + roundId + "/items/" + briefings + "/submit";
        Http.Response nothingYet = api.post(submit, "plan.officer", "{}");
        assertThat(nothingYet.status()).isEqualTo(400);
        assertThat(nothingYet.json().toString()).contains("comment");
        assertThat(api.post(submit, "officer", "{\"comment\": \"not mine\"}").status())
                .as("an officer who is not the item's assignee")
                .isEqualTo(403);
        assertThat(api.post(submit, "viewer", "{\"comment\": \"x\"}").status()).isEqualTo(403);

        String statusEvent = ok(api.post(
                        "/api/v1/actions/" + briefings + "/status",
                        "plan.officer",
                        "{\"status\": \"ON_TARGET\", \"effectiveDate\": \"2023-01-20\", "
                                + "\"comment\": \"Briefings delivered to all service managers.\"}"))
                .get("eventId")
                .asString();
        ok(api.post(submit, "plan.officer", "{}"));
        sync();
        assertThat(item(roundId, briefings).get("update").asString()).isEqualTo("SUBMITTED");
        assertThat(item(roundId, briefings).get("latestFact").asString()).isEqualTo(statusEvent);

        String giveBack = "/api/v1/rounds/" + roundId + "/items/" + briefings + "/return";
        assertThat(api.post(giveBack, "admin", "{}").status()).isEqualTo(400);
        ok(api.post(giveBack, "admin", "{\"comment\": \"Say how many elected members attended.\"}"));
        sync();
        assertThat(api.get("/api/v1/me/updates", "plan.officer")
                        .ok()
                        .get(0)
                        .get("comment")
                        .asString())
                .isEqualTo("Say how many elected members attended.");
        ok(api.post(submit, "plan.officer", "{\"comment\": \"All 28 elected members attended.\"}"));
        ok(api.post("/api/v1/rounds/" + roundId + "/items/" + briefings + "/approve", "admin", "{}"));

        String signOff = "/api/v1/rounds/" + roundId + "/sign-off";
        assertThat(api.post(signOff, "approver", "").status())
                .as("the benefit is not approved or waived")
                .isEqualTo(409);
        assertThat(api.post(
                                "/api/v1/rounds/" + roundId + "/items/" + training + "/waive",
                                "admin",
                                "{\"reason\": \" \"}")
                        .status())
                .isEqualTo(400);
        ok(api.post(
                "/api/v1/rounds/" + roundId + "/items/" + training + "/waive",
                "admin",
                "{\"reason\": \"Training figures are published annually, in June.\"}"));

        String publish = "{\"committee\": \"Performance and Audit Committee\", \"reportDate\": \"2023-02-20\", "
                + "\"title\": \"Corporate Parenting Plan: progress report\", \"roundId\": \"" + roundId + "\"}";
        Http.Response tooSoon = api.post("/api/v1/plans/" + planId + "/reports", "admin", publish);
        assertThat(tooSoon.status()).as("not signed off yet").isEqualTo(409);
        assertThat(tooSoon.json().toString()).contains("roundId");
        assertThat(api.post(signOff, "admin", "").status())
                .as("administering a plan is not signing its round off")
                .isEqualTo(403);
        ok(api.post(signOff, "approver", ""));
        assertThat(api.post(submit, "plan.officer", "{\"comment\": \"late\"}").status())
                .as("a signed-off round changes no more")
                .isEqualTo(409);

        String reportId = created(api.post("/api/v1/plans/" + planId + "/reports", "admin", publish));
        sync();
        JsonNode published = api.get("/api/v1/rounds/" + roundId, "viewer").ok();
        assertThat(published.get("state").asString()).isEqualTo("PUBLISHED");
        assertThat(published.get("reportId").asString()).isEqualTo(reportId);
        assertThat(published.get("signedOffBy").asString()).isEqualTo("approver");
        assertThat(api.get("/api/v1/me/updates", "plan.officer").ok()).isEmpty();
        ReportPublished event = (ReportPublished) eventStore
                .readEvents(reportId)
                .asStream()
                .map(DomainEventMessage::getPayload)
                .findFirst()
                .orElseThrow();
        assertThat(event.roundId()).isEqualTo(roundId);
        assertThat(event.signedOffBy()).isEqualTo("approver");
        assertThat(event.signedOffAt().toString())
                .isEqualTo(published.get("signedOffAt").asString());
    }

    @Test
    void givenBadRounds_whenOpening_thenProblemsNamingTheFieldAndNothingStored() {
        String rounds = "/api/v1/plans/" + planId + "/rounds";
        Map<String, String> refused = Map.of(
                "{\"committee\": \"c\", \"reportDate\": \"2023-02-20\", \"updatesDue\": \"2023-01-31\"}",
                "title",
                "{\"title\": \"t\", \"committee\": \"c\", \"updatesDue\": \"2023-01-31\"}",
                "reportDate",
                "{\"title\": \"t\", \"committee\": \"c\", \"reportDate\": \"2023-02-20\"}",
                "updatesDue",
                "{\"title\": \"t\", \"committee\": \"c\", \"reportDate\": \"2023-02-20\", \"updatesDue\": \"2023-02-21\"}",
                "updatesDue",
                "{\"title\": \"t\\u0007\", \"committee\": \"c\", \"reportDate\": \"2023-02-20\", \"updatesDue\": \"2023-01-31\"}",
                "title",
                "{\"id\": \"not-a-uuid\", \"title\": \"t\", \"committee\": \"c\", \"reportDate\": \"2023-02-20\", "
                        + "\"updatesDue\": \"2023-01-31\"}",
                "id");
        refused.forEach((body, field) -> {
            Http.Response response = api.post(rounds, "admin", body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.json().toString()).as(body).contains(field);
        });
        sync();
        assertThat(api.get(rounds, "admin").ok()).isEmpty();
        assertThat(api.post(rounds, "plan.officer", "{}").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/rounds/" + java.util.UUID.randomUUID(), "admin")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void givenBadAssignees_whenPut_thenProblemNamingTheEntryAndTheSameListAgainRecordsNothing() {
        String assignees = "/api/v1/actions/" + briefings + "/assignees";
        Map<String, String> refused = Map.of(
                "{\"usernames\": [\"has space\"]}", "usernames[0]",
                "{\"usernames\": [\"a\", \"A\"]}", "usernames[1]",
                "{\"usernames\": [\"\"]}", "usernames[0]",
                "{\"usernames\": [\"bell\\u0007\"]}", "usernames[0]",
                "{}", "usernames");
        refused.forEach((body, field) -> {
            Http.Response response = api.put(assignees, "admin", body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.json().toString()).as(body).contains(field);
        });
        assertThat(api.put(assignees, "plan.officer", "{\"usernames\": [\"plan.officer\"]}")
                        .status())
                .as("an officer does not assign")
                .isEqualTo(403);
        long before = eventStore.readEvents(briefings).asStream().count();
        ok(api.put(assignees, "admin", "{\"usernames\": [\"plan.officer\", \"officer\"]}"));
        ok(api.put(assignees, "admin", "{\"usernames\": [\"plan.officer\", \"officer\"]}"));
        assertThat(eventStore.readEvents(briefings).asStream().count()).isEqualTo(before + 1);
    }

    private JsonNode item(String roundId, String itemId) {
        for (JsonNode item : api.get("/api/v1/rounds/" + roundId, "admin").ok().get("items")) {
            if (item.get("itemId").asString().equals(itemId)) {
                return item;
            }
        }
        throw new AssertionError("no item " + itemId);
    }

    private String action(String areaId, String ref, String title) {
        return created(api.post(
                "/api/v1/plans/" + planId + "/actions",
                "admin",
                Http.json(Map.of(
                        "areaId", areaId,
                        "ref", ref,
                        "title", title,
                        "leadOfficer", "Corporate Parenting Lead Officer",
                        "effectiveFrom", "2021-04-01"))));
    }

    private void sync() {
        new ProjectionSync(eventStore, processing).awaitCaughtUp();
    }

    private static JsonNode ok(Http.Response response) {
        assertThat(response.status()).as(response.raw().body()).isBetween(200, 201);
        return response.json();
    }

    private static String created(Http.Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
        return response.json().get("id").asString();
    }
}
