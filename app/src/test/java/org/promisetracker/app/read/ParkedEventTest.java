package org.promisetracker.app.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * An event that the read model refuses (here a check constraint the test adds to the fact tables,
 * standing in for a projection bug or a value PostgreSQL cannot hold) is parked with the later
 * events of its action, every other item goes on projecting, the reads say what is parked, a
 * rebuild does not stall on it, and once the cause is gone ADMIN's retry projects them in order.
 */
class ParkedEventTest extends ReadSideTestBase {

    private static final String REFUSED = "POISON";

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void dropTheRefusal() {
        forEveryFactTable(table -> jdbc.execute("ALTER TABLE " + table + " DROP CONSTRAINT IF EXISTS refuses_poison"));
    }

    @Test
    void givenAnEventTheReadModelRefuses_whenProjected_thenItsActionIsParkedAndOthersGoOnUntilRetried() {
        Recorder admin = recorder().as("admin");
        String planId = admin.plan("South Ayrshire's Parenting Promise 2021-2030");
        String areaId = admin.area(planId, 1, "Workforce understands The Promise");
        String stuckId = admin.action(planId, areaId, "1.1", null, null);
        String otherId = admin.action(planId, areaId, "1.2", null, null);
        recorder().note(stuckId, "2022-03-31", "Training plan agreed (illustrative)");
        awaitProjection();
        forEveryFactTable(table -> jdbc.execute("ALTER TABLE " + table + " ADD CONSTRAINT refuses_poison "
                + "CHECK (text IS NULL OR text NOT LIKE '%" + REFUSED + "%') NOT VALID"));

        recorder().note(stuckId, "2022-06-30", "Sessions booked " + REFUSED + " (illustrative)");
        recorder().note(stuckId, "2022-09-30", "Sessions delivered (illustrative)");
        recorder().note(otherId, "2022-09-30", "A later note of another action (illustrative)");
        awaitProjection();

        assertThat(notes(otherId)).contains("A later note of another action (illustrative)");
        JsonNode stuck =
                http().get("/api/v1/actions/" + stuckId + "/history", "auditor").ok();
        assertThat(texts(stuck)).containsExactly("Training plan agreed (illustrative)");
        assertThat(stuck.get("parked")).hasSize(1);
        assertThat(stuck.get("parked").get(0).get("events").asInt()).isEqualTo(2);
        assertThat(stuck.get("parked").get(0).get("firstEvent").asString()).isEqualTo("ProgressNoteRecorded");
        JsonNode dashboard =
                http().get("/api/v1/plans/" + planId + "/dashboard", "viewer").ok();
        assertThat(dashboard.get("parked")).hasSize(1);
        assertThat(dashboard.get("parked").get(0).get("itemId").asString()).isEqualTo(stuckId);
        assertThat(dashboard.get("parked").get(0).get("itemKind").asString()).isEqualTo("ACTION");
        JsonNode listed = http().get("/api/v1/admin/parked", "admin").ok();
        assertThat(listed.get("items").asInt()).isEqualTo(1);
        assertThat(listed.get("events").asInt()).isEqualTo(2);
        assertThat(listed.get("parked").get(0).get("reason").asString()).contains("refuses_poison");
        assertThat(http().get("/api/v1/admin/parked", "officer").status()).isEqualTo(403);
        JsonNode health =
                http().get("/actuator/health", "admin").json().get("components").get("parkedEvents");
        assertThat(health.get("details").get("parkedEvents").asInt())
                .as(health.toString())
                .isEqualTo(2);
        assertThat(health.get("details").get("lagEvents").asLong()).isZero();
        assertThat(http().get("/actuator/prometheus", "admin").raw().body())
                .contains(
                        "promise_tracker_projection_parked_events 2.0",
                        "promise_tracker_projection_parked_items 1.0",
                        "promise_tracker_projection_lag_events 0.0");

        // a rebuild replays everything into the other schema: it parks the same events and completes
        assertThat(http().post("/api/v1/admin/rebuild", "admin", Map.of()).status())
                .isEqualTo(202);
        await().until(() -> !http().get("/api/v1/admin/rebuild", "admin")
                .ok()
                .get("rebuilding")
                .asBoolean());
        // Axon ends a replay at the first event past it
        recorder().note(otherId, "2022-12-31", "A note after the rebuild (illustrative)");
        awaitProjection();
        assertThat(http().get("/api/v1/admin/parked", "admin")
                        .ok()
                        .get("events")
                        .asInt())
                .isEqualTo(2);
        assertThat(notes(otherId))
                .contains("A later note of another action (illustrative)", "A note after the rebuild (illustrative)");

        // still refused: the retry leaves both parked, with the cause of this try
        JsonNode refused =
                http().post("/api/v1/admin/parked/retry", "admin", Map.of()).ok();
        assertThat(refused.get("tried").asInt()).isEqualTo(1);
        assertThat(refused.get("projected").asInt()).isZero();
        assertThat(refused.get("stillParked")).hasSize(1);

        dropTheRefusal();
        JsonNode retried =
                http().post("/api/v1/admin/parked/retry", "admin", Map.of()).ok();
        assertThat(retried.get("projected").asInt()).isEqualTo(1);
        assertThat(retried.get("stillParked")).isEmpty();
        JsonNode projected =
                http().get("/api/v1/actions/" + stuckId + "/history", "auditor").ok();
        assertThat(texts(projected))
                .containsExactly(
                        "Training plan agreed (illustrative)",
                        "Sessions booked " + REFUSED + " (illustrative)",
                        "Sessions delivered (illustrative)");
        assertThat(projected.get("parked")).isEmpty();
        assertThat(http().get("/api/v1/plans/" + planId + "/dashboard", "viewer")
                        .ok()
                        .get("parked"))
                .isEmpty();
    }

    private List<String> notes(String actionId) {
        return texts(http().get("/api/v1/actions/" + actionId + "/history", "auditor")
                .ok());
    }

    private static List<String> texts(JsonNode history) {
        return history.get("entries")
                .valueStream()
                .filter(entry ->
                        "ProgressNoteRecorded".equals(entry.get("event").asString()))
                .map(entry -> entry.get("text").asString())
                .toList();
    }

    private void forEveryFactTable(java.util.function.Consumer<String> change) {
        jdbc.queryForList(
                        "SELECT table_schema || '.' || table_name FROM information_schema.tables "
                                + "WHERE table_name = 'fact'",
                        String.class)
                .forEach(change);
    }
}
