package org.promisetracker.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
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
 * The whole application on a random port against the shared embedded PostgreSQL, one user per role.
 * The read tests share this one Spring context. Facts are recorded through the command gateway
 * ({@link Recorder}); reads go over HTTP after the projection has caught up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("roles")
public abstract class ReadSideTestBase {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    CommandGateway gateway;

    @Autowired
    EventStore eventStore;

    @Autowired
    EventProcessingConfiguration processing;

    protected Http http() {
        return new Http(port);
    }

    /** Records as "officer"; use {@code recorder().as(...)} for someone else. */
    protected Recorder recorder() {
        return new Recorder(gateway, "officer");
    }

    protected void awaitProjection() {
        new ProjectionSync(eventStore, processing).awaitCaughtUp();
    }

    JsonNode summary(String planId, String asAt, Instant knownAt) {
        return http().get("/api/v1/plans/" + planId + "/summary" + params(asAt, knownAt), "viewer")
                .ok();
    }

    JsonNode dashboard(String planId, String asAt, Instant knownAt) {
        return http().get("/api/v1/plans/" + planId + "/dashboard" + params(asAt, knownAt), "viewer")
                .ok();
    }

    /** The dashboard's action with this id, from whichever area it is in. */
    JsonNode actionOf(JsonNode dashboard, String actionId) {
        for (JsonNode area : dashboard.get("areas")) {
            for (JsonNode action : area.get("actions")) {
                if (action.get("actionId").asString().equals(actionId)) {
                    return action;
                }
            }
        }
        return null;
    }

    /** The dashboard's benefit with this id, or null when it does not count (yet). */
    JsonNode benefitOf(JsonNode dashboard, String benefitId) {
        for (JsonNode area : dashboard.get("areas")) {
            for (JsonNode benefit : area.get("benefits")) {
                if (benefit.get("benefitId").asString().equals(benefitId)) {
                    return benefit;
                }
            }
        }
        return null;
    }

    static String params(String asAt, Instant knownAt) {
        List<String> params = new ArrayList<>();
        if (asAt != null) {
            params.add("asAt=" + Http.query(asAt));
        }
        if (knownAt != null) {
            params.add("knownAt=" + Http.query(knownAt));
        }
        return params.isEmpty() ? "" : "?" + String.join("&", params);
    }

    protected static JsonNode assertProblem(Http.Response response, int status) {
        assertThat(response.status())
                .as(response.raw().request().uri() + " -> " + response.raw().body())
                .isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asString()).startsWith("urn:promise-tracker:problem:");
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        return problem;
    }

    static int count(JsonNode summary, String group, String map, String key) {
        return summary.get(group).get(map).get(key).asInt();
    }
}
