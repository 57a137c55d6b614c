package org.promisetracker.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.promisetracker.api.action.ProgressNoteRecorded;
import org.promisetracker.app.support.Http;
import org.promisetracker.app.support.ProjectionSync;
import org.promisetracker.app.support.StoredEvents;
import org.promisetracker.platform.testing.TestPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Ids and free text as hostile clients send them, over real HTTP against the whole application:
 * an id of another kind of thing, an id in another letter case, and text no record should hold.
 * Every refusal is a problem and stores nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("roles")
class IdsAndTextTest {

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
    Map<String, String> ids = new LinkedHashMap<>();

    @BeforeEach
    void planWithOneOfEverything() {
        api = new Http(port);
        String plan = created(api.post("/api/v1/plans", "admin", """
                {"title": "South Ayrshire's Parenting Promise 2021-2030", "organisation": "South Ayrshire Council",
                 "startDate": "2021-04-01", "endDate": "2030-03-31", "areaLabel": "Improvement area"}"""));
        String area = created(api.post(
                "/api/v1/plans/" + plan + "/areas",
                "admin",
                "{\"number\": 1, \"title\": \"Workforce understands The Promise\"}"));
        String action = created(api.post("/api/v1/plans/" + plan + "/actions", "admin", """
                {"areaId": "%s", "ref": "1.1", "title": "Deliver Promise training to the children's services workforce",
                 "leadOfficer": "Head of Children's Health, Care and Justice"}""".formatted(area)));
        String benefit = created(api.post("/api/v1/plans/" + plan + "/benefits", "admin", """
                {"actionIds": ["%s"], "title": "Staff understand The Promise", "type": "QUANTITATIVE",
                 "measure": "Staff trained (illustrative)", "collectionMethod": "Training records"}""".formatted(action)));
        String measurement = created(
                api.post(
                        "/api/v1/benefits/" + benefit + "/measurements",
                        "officer",
                        "{\"effectiveDate\": \"2022-03-31\", \"value\": 120, \"source\": \"Training records (illustrative)\"}"));
        String report = created(
                api.post(
                        "/api/v1/plans/" + plan + "/reports",
                        "admin",
                        "{\"committee\": \"Performance and Audit Committee\", \"reportDate\": \"2023-02-20\", \"title\": \"Progress report\"}"));
        ids.putAll(Map.of(
                "plan",
                plan,
                "area",
                area,
                "action",
                action,
                "benefit",
                benefit,
                "measurement",
                measurement,
                "report",
                report));
    }

    @Test
    void givenAnIdOfAnotherKindInThePath_whenWriting_then404AndNothingStored() {
        Map<String, String> updates = Map.of(
                "/api/v1/plans/%s/areas",
                "{\"number\": 2, \"title\": \"Voice\"}",
                "/api/v1/plans/%s/actions",
                "{\"areaId\": \"" + ids.get("area") + "\", \"ref\": \"2.1\", \"title\": \"T\", \"leadOfficer\": \"L\"}",
                "/api/v1/actions/%s/status",
                "{\"status\": \"ON_TARGET\", \"effectiveDate\": \"2022-03-31\"}",
                "/api/v1/actions/%s/notes",
                "{\"effectiveDate\": \"2022-03-31\", \"text\": \"Illustrative note\"}",
                "/api/v1/benefits/%s/measurements",
                "{\"effectiveDate\": \"2022-03-31\", \"value\": 1, \"source\": \"S\"}",
                "/api/v1/benefits/%s/rag",
                "{\"rag\": \"GREEN\", \"effectiveDate\": \"2022-03-31\", \"rationale\": \"R\"}",
                "/api/v1/benefits/%s/measurements/" + ids.get("measurement") + "/corrections",
                "{\"value\": 2, \"reason\": \"R\"}");
        Map<String, String> owner = Map.of(
                "/api/v1/plans/%s/areas",
                "plan",
                "/api/v1/plans/%s/actions",
                "plan",
                "/api/v1/actions/%s/status",
                "action",
                "/api/v1/actions/%s/notes",
                "action");
        // every kind of id is used in every path, the cached copy of each aggregate included
        for (var update : updates.entrySet()) {
            String rightKind = owner.getOrDefault(update.getKey(), "benefit");
            for (var other : ids.entrySet()) {
                if (other.getKey().equals(rightKind)) {
                    continue;
                }
                long events = eventCount();
                String path = update.getKey().formatted(other.getValue());

                Http.Response response = api.post(path, "admin", update.getValue());

                assertThat(response.status())
                        .as(path + " with a " + other.getKey() + " id")
                        .isEqualTo(404);
                assertThat(response.contentType()).startsWith("application/problem+json");
                assertThat(eventCount()).as(path).isEqualTo(events);
            }
        }
    }

    @Test
    void givenACreateWithTheIdOfAnotherKind_whenSent_then409AndNothingStored() {
        String plan = ids.get("plan");
        List<String[]> creates = List.of(
                new String[] {
                    "/api/v1/plans",
                    "{\"id\": \"%s\", \"title\": \"T\", \"organisation\": \"O\", \"startDate\": \"2021-04-01\", \"endDate\": \"2030-03-31\"}"
                },
                new String[] {"/api/v1/plans/" + plan + "/areas", "{\"id\": \"%s\", \"number\": 5, \"title\": \"T\"}"},
                new String[] {
                    "/api/v1/plans/" + plan + "/actions",
                    "{\"id\": \"%s\", \"areaId\": \"" + ids.get("area")
                            + "\", \"ref\": \"9.9\", \"title\": \"T\", \"leadOfficer\": \"L\"}"
                },
                new String[] {
                    "/api/v1/plans/" + plan + "/benefits",
                    "{\"id\": \"%s\", \"actionIds\": [\"" + ids.get("action")
                            + "\"], \"title\": \"T\", \"type\": \"QUALITATIVE\", \"measure\": \"M\", \"collectionMethod\": \"C\"}"
                },
                new String[] {
                    "/api/v1/plans/" + plan + "/reports",
                    "{\"id\": \"%s\", \"committee\": \"C\", \"reportDate\": \"2023-03-20\", \"title\": \"T\"}"
                });
        for (String[] create : creates) {
            for (var other : ids.entrySet()) {
                if (other.getKey().equals("measurement")) {
                    continue;
                }
                long events = eventCount();

                Http.Response response = api.post(create[0], "admin", create[1].formatted(other.getValue()));

                assertThat(response.status())
                        .as(create[0] + " with the id of a " + other.getKey())
                        .isIn(409);
                assertThat(eventCount()).isEqualTo(events);
            }
        }
    }

    @Test
    void givenIdsInUpperCase_whenUsedInPathsAndBodies_thenTheyNameTheSameThings() {
        String upperPlan = ids.get("plan").toUpperCase(Locale.ROOT);
        String upperAction = ids.get("action").toUpperCase(Locale.ROOT);

        assertThat(api.post(
                                "/api/v1/actions/" + upperAction + "/notes",
                                "officer",
                                "{\"effectiveDate\": \"2022-03-31\", \"text\": \"Illustrative: sessions booked\","
                                        + " \"lateReason\": \"Illustrative: booked before the report, noted after it\"}")
                        .status())
                .isEqualTo(200);
        String secondAction = created(api.post("/api/v1/plans/" + upperPlan + "/actions", "admin", """
                {"areaId": "%s", "ref": "1.2", "title": "Induction", "leadOfficer": "Chief Social Work Officer"}""".formatted(
                        ids.get("area").toUpperCase(Locale.ROOT))));
        assertThat(api.post("/api/v1/plans/" + ids.get("plan") + "/benefits", "admin", """
                {"actionIds": ["%s"], "title": "Induction covers The Promise", "type": "QUALITATIVE",
                 "measure": "Induction content", "collectionMethod": "Review"}""".formatted(
                                        secondAction.toUpperCase(Locale.ROOT)))
                        .status())
                .isEqualTo(201);

        // the history is read from the projection, which may not have the note yet
        new ProjectionSync(eventStore, processing).awaitCaughtUp();
        JsonNode history = api.get("/api/v1/actions/" + upperAction + "/history", "auditor")
                .json();
        assertThat(history.toString()).contains("Illustrative: sessions booked");
        assertThat(new StoredEvents(eventStore)
                        .all().stream()
                                .map(event -> ((DomainEventMessage<?>) event).getAggregateIdentifier())
                                .filter(id -> !id.equals(id.toLowerCase(Locale.ROOT))))
                .isEmpty();
    }

    @Test
    void givenAClientIdInEitherCase_whenTheCreateIsRepeatedInTheOther_thenTheSameAnswer() {
        for (String first : List.of("upper", "lower")) {
            String id = UUID.randomUUID().toString();
            String firstId = first.equals("upper") ? id.toUpperCase(Locale.ROOT) : id;
            String twin = first.equals("upper") ? id : id.toUpperCase(Locale.ROOT);
            String body =
                    "{\"id\": \"%s\", \"title\": \"T\", \"organisation\": \"O\", \"startDate\": \"2021-04-01\", \"endDate\": \"2030-03-31\"}";

            Http.Response created = api.post("/api/v1/plans", "admin", body.formatted(firstId));
            long events = eventCount();
            Http.Response again = api.post("/api/v1/plans", "admin", body.formatted(twin));

            assertThat(created.status()).isEqualTo(201);
            assertThat(created.json().get("id").asString()).isEqualTo(id);
            assertThat(again.status()).isEqualTo(201);
            assertThat(again.json()).isEqualTo(created.json());
            assertThat(eventCount()).isEqualTo(events);
        }
    }

    @Test
    void givenTextNoRecordShouldHold_whenSentInAnyTextField_then400NamingTheFieldAndNothingStored() {
        String plan = ids.get("plan");
        String action = ids.get("action");
        String benefit = ids.get("benefit");
        // each write call with its text fields; %s is where the text goes
        List<String[]> fields = List.of(
                new String[] {
                    "/api/v1/plans",
                    "title",
                    "{\"title\": \"%s\", \"organisation\": \"O\", \"startDate\": \"2021-04-01\", \"endDate\": \"2030-03-31\"}"
                },
                new String[] {
                    "/api/v1/plans",
                    "organisation",
                    "{\"title\": \"T\", \"organisation\": \"%s\", \"startDate\": \"2021-04-01\", \"endDate\": \"2030-03-31\"}"
                },
                new String[] {
                    "/api/v1/plans",
                    "areaLabel",
                    "{\"title\": \"T\", \"organisation\": \"O\", \"startDate\": \"2021-04-01\", \"endDate\": \"2030-03-31\", \"areaLabel\": \"%s\"}"
                },
                new String[] {"/api/v1/plans/" + plan + "/areas", "title", "{\"number\": 7, \"title\": \"%s\"}"},
                new String[] {
                    "/api/v1/plans/" + plan + "/actions",
                    "ref",
                    "{\"areaId\": \"" + ids.get("area")
                            + "\", \"ref\": \"%s\", \"title\": \"T\", \"leadOfficer\": \"L\"}"
                },
                new String[] {
                    "/api/v1/plans/" + plan + "/actions",
                    "title",
                    "{\"areaId\": \"" + ids.get("area")
                            + "\", \"ref\": \"7.1\", \"title\": \"%s\", \"leadOfficer\": \"L\"}"
                },
                new String[] {
                    "/api/v1/plans/" + plan + "/actions",
                    "leadOfficer",
                    "{\"areaId\": \"" + ids.get("area")
                            + "\", \"ref\": \"7.2\", \"title\": \"T\", \"leadOfficer\": \"%s\"}"
                },
                new String[] {
                    "/api/v1/plans/" + plan + "/actions",
                    "outcomeMeasures",
                    "{\"areaId\": \"" + ids.get("area")
                            + "\", \"ref\": \"7.3\", \"title\": \"T\", \"leadOfficer\": \"L\", \"outcomeMeasures\": \"%s\"}"
                },
                new String[] {
                    "/api/v1/plans/" + plan + "/actions",
                    "phase",
                    "{\"areaId\": \"" + ids.get("area")
                            + "\", \"ref\": \"7.4\", \"title\": \"T\", \"leadOfficer\": \"L\", \"phase\": \"%s\"}"
                },
                new String[] {
                    "/api/v1/actions/" + action + "/status",
                    "comment",
                    "{\"status\": \"ON_TARGET\", \"effectiveDate\": \"2022-03-31\", \"comment\": \"%s\"}"
                },
                new String[] {
                    "/api/v1/actions/" + action + "/notes",
                    "text",
                    "{\"effectiveDate\": \"2022-03-31\", \"text\": \"%s\"}"
                },
                new String[] {"/api/v1/plans/" + plan + "/benefits", "title", benefitBody(action, "\"title\": \"%s\"")},
                new String[] {
                    "/api/v1/plans/" + plan + "/benefits", "measure", benefitBody(action, "\"measure\": \"%s\"")
                },
                new String[] {
                    "/api/v1/plans/" + plan + "/benefits",
                    "collectionMethod",
                    benefitBody(action, "\"collectionMethod\": \"%s\"")
                },
                new String[] {
                    "/api/v1/plans/" + plan + "/benefits", "dataSource", benefitBody(action, "\"dataSource\": \"%s\"")
                },
                new String[] {"/api/v1/plans/" + plan + "/benefits", "unit", benefitBody(action, "\"unit\": \"%s\"")},
                new String[] {
                    "/api/v1/plans/" + plan + "/benefits",
                    "baseline.evidence",
                    benefitBody(action, "\"baseline\": {\"value\": 1, \"evidence\": \"%s\", \"date\": \"2021-04-01\"}")
                },
                new String[] {
                    "/api/v1/benefits/" + benefit + "/measurements",
                    "evidence",
                    "{\"effectiveDate\": \"2022-03-31\", \"value\": 1, \"source\": \"S\", \"evidence\": \"%s\"}"
                },
                new String[] {
                    "/api/v1/benefits/" + benefit + "/measurements",
                    "source",
                    "{\"effectiveDate\": \"2022-03-31\", \"value\": 1, \"source\": \"%s\"}"
                },
                new String[] {
                    "/api/v1/benefits/" + benefit + "/measurements/" + ids.get("measurement") + "/corrections",
                    "reason",
                    "{\"value\": 3, \"reason\": \"%s\"}"
                },
                new String[] {
                    "/api/v1/benefits/" + benefit + "/measurements/" + ids.get("measurement") + "/corrections",
                    "evidence",
                    "{\"value\": 3, \"reason\": \"R\", \"evidence\": \"%s\"}"
                },
                new String[] {
                    "/api/v1/actions/" + action + "/status",
                    "lateReason",
                    "{\"status\": \"ON_TARGET\", \"effectiveDate\": \"2022-03-31\", \"lateReason\": \"%s\"}"
                },
                new String[] {
                    "/api/v1/actions/" + action + "/notes",
                    "lateReason",
                    "{\"effectiveDate\": \"2022-03-31\", \"text\": \"N\", \"lateReason\": \"%s\"}"
                },
                new String[] {
                    "/api/v1/benefits/" + benefit + "/measurements",
                    "lateReason",
                    "{\"effectiveDate\": \"2022-03-31\", \"value\": 1, \"source\": \"S\", \"lateReason\": \"%s\"}"
                },
                new String[] {
                    "/api/v1/benefits/" + benefit + "/rag",
                    "lateReason",
                    "{\"rag\": \"AMBER\", \"effectiveDate\": \"2022-03-31\", \"rationale\": \"R\", \"lateReason\": \"%s\"}"
                },
                new String[] {
                    "/api/v1/benefits/" + benefit + "/rag",
                    "rationale",
                    "{\"rag\": \"AMBER\", \"effectiveDate\": \"2022-03-31\", \"rationale\": \"%s\"}"
                },
                new String[] {
                    "/api/v1/plans/" + plan + "/reports",
                    "committee",
                    "{\"committee\": \"%s\", \"reportDate\": \"2023-03-20\", \"title\": \"T\"}"
                },
                new String[] {
                    "/api/v1/plans/" + plan + "/reports",
                    "title",
                    "{\"committee\": \"C\", \"reportDate\": \"2023-03-20\", \"title\": \"%s\"}"
                });
        List<String> hostile =
                List.of("a\\u0000b", "a\\u001bb", "a\\u0007b", "a\\ud800b", "a\\udfffb", "x".repeat(4001));
        for (String[] field : fields) {
            for (String text : hostile) {
                long events = eventCount();

                Http.Response response = api.post(field[0], "admin", field[2].formatted(text));

                String what = field[0] + " " + field[1] + " = " + text.substring(0, Math.min(text.length(), 12));
                assertThat(response.status()).as(what).isEqualTo(400);
                assertThat(response.contentType()).as(what).startsWith("application/problem+json");
                assertThat(response.json().get("errors").get(0).get("field").asString())
                        .as(what)
                        .isEqualTo(field[1]);
                assertThat(eventCount()).as(what).isEqualTo(events);
            }
        }
    }

    @Test
    void givenTextWithTabsLineBreaksAndDecomposedAccents_whenRecorded_thenKeptComposed() {
        String note = api.post(
                        "/api/v1/actions/" + ids.get("action") + "/notes",
                        "officer",
                        "{\"effectiveDate\": \"2022-03-31\", \"text\": \"Cafe\\u0301 session:\\tdone\\r\\nNext: May\","
                                + " \"lateReason\": \"Re\\u0301sume\\u0301 of a session held before the report\"}")
                .json()
                .get("eventId")
                .asString();

        ProgressNoteRecorded stored = (ProgressNoteRecorded) new StoredEvents(eventStore)
                .byId(ids.get("action"), note)
                .orElseThrow()
                .getPayload();
        assertThat(stored.text()).isEqualTo("Caf\u00e9 session:\tdone\r\nNext: May");
        assertThat(stored.lateReason()).isEqualTo("R\u00e9sum\u00e9 of a session held before the report");
    }

    private static String benefitBody(String action, String field) {
        Map<String, String> body = new LinkedHashMap<>(Map.of(
                "\"title\"",
                "\"title\": \"T\"",
                "\"measure\"",
                "\"measure\": \"M\"",
                "\"collectionMethod\"",
                "\"collectionMethod\": \"C\""));
        String name = field.substring(0, field.indexOf(':'));
        body.put(name, field);
        return "{\"actionIds\": [\"" + action + "\"], \"type\": \"QUANTITATIVE\", " + String.join(", ", body.values())
                + "}";
    }

    @Test
    void givenAnIdWithAControlCharacter_whenNotFound_thenTheDetailShowsItAsAnEscape() {
        for (String path : List.of("/api/v1/plans/%01", "/api/v1/reports/a%7F", "/api/v1/plans/%ED%A0%80/summary")) {
            Http.Response response = api.get(path, "auditor");

            assertThat(response.status()).as(path).isIn(400, 404);
            String detail = response.json().get("detail").asString();
            assertThat(detail).as(path).doesNotContainPattern("[\\p{Cc}\\p{Cs}]");
        }
        assertThat(api.get("/api/v1/plans/%01", "auditor").json().get("detail").asString())
                .isEqualTo("There is no plan \\u0001.");
        Http.Response write = api.post(
                "/api/v1/actions/%01/notes",
                "officer", "{\"effectiveDate\": \"2022-03-31\", \"text\": \"Illustrative note\"}");
        assertThat(write.status()).isEqualTo(404);
        assertThat(write.json().get("detail").asString()).contains("\\u0001").doesNotContainPattern("\\p{Cc}");
    }

    private static String created(Http.Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private long eventCount() {
        return new StoredEvents(eventStore).count();
    }
}
