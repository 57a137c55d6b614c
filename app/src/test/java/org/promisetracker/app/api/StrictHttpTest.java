package org.promisetracker.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.promisetracker.app.support.Http;
import org.promisetracker.app.support.StoredEvents;
import org.promisetracker.platform.testing.TestPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Strict JSON and content negotiation: every refusal is a problem, decided before a command is sent. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("roles")
class StrictHttpTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    Http api;
    String benefitPath;

    @BeforeEach
    void benefit() {
        api = new Http(port);
        String plan = api.post("/api/v1/plans", "admin", """
                {"title": "South Ayrshire's Parenting Promise 2021-2030", "organisation": "South Ayrshire Council",
                 "startDate": "2021-04-01", "endDate": "2030-03-31"}""").json().get("id").asString();
        String area = api.post("/api/v1/plans/" + plan + "/areas", "admin", "{\"number\": 1, \"title\": \"Workforce\"}")
                .json()
                .get("id")
                .asString();
        String action = api.post(
                        "/api/v1/plans/" + plan + "/actions",
                        "admin",
                        "{\"areaId\": \"" + area
                                + "\", \"ref\": \"1.1\", \"title\": \"Training\", \"leadOfficer\": \"Chief Social Work Officer\"}")
                .json()
                .get("id")
                .asString();
        benefitPath = "/api/v1/benefits/"
                + api.post(
                                "/api/v1/plans/" + plan + "/benefits",
                                "admin",
                                "{\"actionIds\": [\"" + action
                                        + "\"], \"title\": \"Staff trained\", \"type\": \"QUANTITATIVE\", "
                                        + "\"measure\": \"Staff trained (illustrative)\", \"collectionMethod\": \"Training records\"}")
                        .json()
                        .get("id")
                        .asString();
    }

    @Test
    void givenLenientJson_whenRecording_then400NamingTheFieldAndNothingStored() {
        Map<String, String[]> bodies = Map.of(
                "rag ordinal",
                        new String[] {
                            "/rag", "{\"rag\": 2, \"effectiveDate\": \"2022-03-31\", \"rationale\": \"R\"}", "rag"
                        },
                "rag padded",
                        new String[] {
                            "/rag",
                            "{\"rag\": \"AMBER \", \"effectiveDate\": \"2022-03-31\", \"rationale\": \"R\"}",
                            "rag"
                        },
                "numeric date",
                        new String[] {
                            "/rag",
                            "{\"rag\": \"AMBER\", \"effectiveDate\": 20230220, \"rationale\": \"R\"}",
                            "effectiveDate"
                        },
                "blank date",
                        new String[] {
                            "/rag",
                            "{\"rag\": \"AMBER\", \"effectiveDate\": \"   \", \"rationale\": \"R\"}",
                            "effectiveDate"
                        },
                "array date",
                        new String[] {
                            "/rag", "{\"rag\": \"AMBER\", \"effectiveDate\": [], \"rationale\": \"R\"}", "effectiveDate"
                        },
                "date with time",
                        new String[] {
                            "/rag",
                            "{\"rag\": \"AMBER\", \"effectiveDate\": \"2022-03-31T10:00:00\", \"rationale\": \"R\"}",
                            "effectiveDate"
                        },
                "number as text",
                        new String[] {
                            "/rag",
                            "{\"rag\": \"AMBER\", \"effectiveDate\": \"2022-03-31\", \"rationale\": 42}",
                            "rationale"
                        },
                "boolean as text",
                        new String[] {
                            "/measurements",
                            "{\"effectiveDate\": \"2022-03-31\", \"value\": 1, \"source\": true}",
                            "source"
                        },
                "text as number",
                        new String[] {
                            "/measurements",
                            "{\"effectiveDate\": \"2022-03-31\", \"value\": \"12\", \"source\": \"S\"}",
                            "value"
                        });
        for (var body : bodies.entrySet()) {
            long events = eventCount();

            Http.Response response = api.post(benefitPath + body.getValue()[0], "officer", body.getValue()[1]);

            assertThat(response.status()).as(body.getKey()).isEqualTo(400);
            assertThat(response.contentType()).as(body.getKey()).startsWith("application/problem+json");
            assertThat(response.json().get("errors").get(0).get("field").asString())
                    .as(body.getKey())
                    .isEqualTo(body.getValue()[2]);
            assertThat(eventCount()).as(body.getKey()).isEqualTo(events);
        }
    }

    @Test
    void givenAnUnacceptableAcceptOrContentType_whenWriting_thenRefusedAsAProblemAndNothingStored() {
        String rag =
                "{\"rag\": \"GREEN\", \"effectiveDate\": \"2022-03-31\", \"rationale\": \"On track (illustrative)\"}";
        Map<String, Map<String, String>> cases = Map.of(
                "406", Map.of("Accept", "application/xml"),
                "415", Map.of("Content-Type", "*/*"),
                "415 ", Map.of("Content-Type", "text/plain"));
        for (var refused : cases.entrySet()) {
            long events = eventCount();

            Http.Response response = api.post(benefitPath + "/rag", "officer", rag, refused.getValue());

            assertThat(response.status())
                    .as(refused.getValue().toString())
                    .isEqualTo(Integer.parseInt(refused.getKey().trim()));
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("detail").asString()).isNotBlank();
            assertThat(eventCount()).isEqualTo(events);
        }
    }

    @Test
    void givenAnAcceptNamingACharset_whenRecording_thenAnsweredAsJsonIsAndStoredOnce() {
        long events = eventCount();

        Http.Response response = api.post(
                benefitPath + "/rag",
                "officer",
                "{\"rag\": \"GREEN\", \"effectiveDate\": \"2022-03-31\", \"rationale\": \"On track (illustrative)\"}",
                Map.of("Accept", "application/json; charset=latin1"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(eventCount()).isEqualTo(events + 1);
    }

    @Test
    void givenAnUnknownPathOrWrongMethod_whenCalled_thenAProblem() {
        assertThat(api.get("/api/v1/no-such-thing", "viewer").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/no-such-thing", "viewer").contentType()).startsWith("application/problem+json");
        Http.Response wrongMethod = api.get(benefitPath + "/rag", "officer");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.contentType()).startsWith("application/problem+json");
    }

    private long eventCount() {
        return new StoredEvents(eventStore).count();
    }
}
