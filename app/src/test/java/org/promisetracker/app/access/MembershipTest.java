package org.promisetracker.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.promisetracker.api.plan.MemberRole;
import org.promisetracker.api.plan.PlanMemberGranted;
import org.promisetracker.api.plan.PlanMemberRevoked;
import org.promisetracker.app.support.Http;
import org.promisetracker.platform.testing.TestPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code GET} and {@code PUT /api/v1/plans/{planId}/members} over real HTTP: each grant and
 * revocation an event naming who made it; the next request authorized by it; the plan list and
 * fingerprint checks limited to a member's plans; bad lists refused whole, recording nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("members")
class MembershipTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    Http api;
    String planId;
    String otherPlanId;

    @BeforeEach
    void twoPlans() {
        api = new Http(port);
        planId = plan("South Ayrshire's Parenting Promise 2021-2030");
        otherPlanId = plan("South Lanarkshire Corporate Parenting Strategy (illustrative)");
    }

    @Test
    void
            givenPlanAdminMembership_whenPlanAdminSetsMembers_thenEachGrantAndRevocationIsAnEventNamingWhoAndTheNextRequestObeysIt() {
        assertThat(put(planId, "admin", "[{\"username\": \"plan.admin\", \"roles\": [\"ADMIN\"]}]")
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/plans/" + planId, "plan.viewer").status()).isEqualTo(404);

        Http.Response set = put(
                planId,
                "plan.admin",
                "[{\"username\": \"plan.admin\", \"roles\": [\"admin\"]},"
                        + " {\"username\": \"Plan.Viewer\", \"roles\": [\"VIEWER\", \"viewer\"]}]");

        assertThat(set.status()).as(set.raw().body()).isEqualTo(200);
        assertThat(set.json().get("members").toString())
                .isEqualTo("[{\"username\":\"plan.admin\",\"roles\":[\"ADMIN\"]},"
                        + "{\"username\":\"Plan.Viewer\",\"roles\":[\"VIEWER\"]}]");
        // the new member sees the plan at once, with its own letter case at sign-in
        assertThat(api.get("/api/v1/plans/" + planId, "plan.viewer").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/plans/" + planId + "/members", "plan.admin").json())
                .isEqualTo(set.json());
        DomainEventMessage<?> granted = planEvents().get(planEvents().size() - 1);
        assertThat(granted.getPayload())
                .isEqualTo(new PlanMemberGranted(planId, "Plan.Viewer", List.of(MemberRole.VIEWER)));
        assertThat(granted.getMetaData().get("recordedBy")).isEqualTo("plan.admin");

        assertThat(put(planId, "plan.admin", "[{\"username\": \"plan.admin\", \"roles\": [\"ADMIN\"]}]")
                        .status())
                .isEqualTo(200);

        assertThat(planEvents().get(planEvents().size() - 1).getPayload())
                .isEqualTo(new PlanMemberRevoked(planId, "Plan.Viewer"));
        assertThat(api.get("/api/v1/plans/" + planId, "plan.viewer").status()).isEqualTo(404);
    }

    @Test
    void givenMemberOfOnePlan_whenListingAndCheckingFingerprints_thenOnlyThatPlanIsThere() {
        put(planId, "admin", "[{\"username\": \"plan.viewer\", \"roles\": [\"VIEWER\"]}]");
        String otherReport = report(otherPlanId);

        assertThat(api.get("/api/v1/plans", "plan.viewer").json().findValuesAsString("planId"))
                .containsExactly(planId);
        assertThat(api.get("/api/v1/plans", "nobody").json()).isEmpty();
        assertThat(api.get("/api/v1/plans", "viewer").json().findValuesAsString("planId"))
                .contains(planId, otherPlanId);

        String fingerprint = api.get("/api/v1/reports/" + otherReport, "admin")
                .ok()
                .get("sha256")
                .asString();
        assertThat(api.get("/api/v1/verify?fingerprint=" + fingerprint, "viewer")
                        .json()
                        .get("found")
                        .asBoolean())
                .isTrue();
        assertThat(api.get("/api/v1/verify?fingerprint=" + fingerprint, "plan.viewer")
                        .json()
                        .get("found")
                        .asBoolean())
                .as("another plan's report is not found")
                .isFalse();
        Http.Response limited =
                api.get("/api/v1/verify?fingerprint=" + fingerprint + "&planId=" + otherPlanId, "plan.viewer");
        Http.Response unknown =
                api.get("/api/v1/verify?fingerprint=" + fingerprint + "&planId=" + UUID.randomUUID(), "plan.viewer");
        assertThat(limited.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void givenBadMemberLists_whenPut_thenProblemNamingTheEntryAndNothingRecorded() {
        long before = planEvents().size();
        Map<String, String> refused = Map.of(
                "[{\"username\": \"plan.viewer\", \"roles\": [\"OWNER\"]}]",
                "members[0].roles",
                "[{\"username\": \"plan.viewer\", \"roles\": []}]",
                "members[0].roles",
                "[{\"username\": \"plan.viewer\", \"roles\": [null]}]",
                "members[0].roles",
                "[{\"username\": \"a\", \"roles\": [\"VIEWER\"]}, {\"username\": \"A\", \"roles\": [\"ADMIN\"]}]",
                "members[1].username",
                "[{\"username\": \"has space\", \"roles\": [\"VIEWER\"]}]",
                "members[0].username",
                "[{\"username\": \"bell\\u0007\", \"roles\": [\"VIEWER\"]}]",
                "members[0].username",
                "[{\"username\": \"half\\ud800\", \"roles\": [\"VIEWER\"]}]",
                "members[0].username",
                "[{\"username\": \"" + "x".repeat(201) + "\", \"roles\": [\"VIEWER\"]}]",
                "members[0].username",
                "[null]",
                "members[0]");
        refused.forEach((members, field) -> {
            Http.Response response = put(planId, "admin", members);
            assertThat(response.status()).as(members).isEqualTo(400);
            assertThat(response.json().toString()).as(members).contains(field);
        });
        assertThat(api.put("/api/v1/plans/" + planId + "/members", "admin", "{}")
                        .status())
                .isEqualTo(400);
        assertThat(api.put("/api/v1/plans/" + planId + "/members", "admin", "{\"members\": {}}")
                        .status())
                .isEqualTo(400);
        assertThat(planEvents()).hasSize((int) before);
    }

    @Test
    void givenOfficerOfThePlan_whenSettingMembers_thenRefusedAndAnUnknownPlanIsNotFound() {
        put(planId, "admin", "[{\"username\": \"plan.officer\", \"roles\": [\"OFFICER\"]}]");

        assertThat(put(planId, "plan.officer", "[]").status()).isEqualTo(403);
        assertThat(put(planId, "officer", "[]").status()).isEqualTo(403);
        assertThat(put(UUID.randomUUID().toString(), "admin", "[]").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/plans/" + UUID.randomUUID() + "/members", "admin")
                        .status())
                .isEqualTo(404);
    }

    private Http.Response put(String plan, String user, String members) {
        return api.put("/api/v1/plans/" + plan + "/members", user, "{\"members\": " + members + "}");
    }

    private List<DomainEventMessage<?>> planEvents() {
        return eventStore
                .readEvents(planId)
                .asStream()
                .<DomainEventMessage<?>>map(event -> event)
                .toList();
    }

    private String plan(String title) {
        Http.Response created = api.post(
                "/api/v1/plans",
                "admin",
                Http.json(Map.of(
                        "title", title,
                        "organisation", "A council (illustrative)",
                        "startDate", "2021-04-01",
                        "endDate", "2030-03-31")));
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private String report(String plan) {
        Http.Response created = api.post(
                "/api/v1/plans/" + plan + "/reports",
                "admin",
                "{\"committee\": \"Performance and Audit Committee\", \"reportDate\": \"2023-02-20\", "
                        + "\"title\": \"Progress report\"}");
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.json().get("id").asString();
    }
}
