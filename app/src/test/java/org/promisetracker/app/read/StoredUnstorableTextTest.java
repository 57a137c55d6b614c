package org.promisetracker.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.promisetracker.api.action.ProgressNoteRecorded;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Events stored before the text rule existed may hold U+0000, which PostgreSQL's text columns
 * refuse; the event log cannot be rewritten, so the projection must store them all the same (as
 * U+FFFD), keep going with the events after them, and a report that includes one must verify.
 */
class StoredUnstorableTextTest extends ReadSideTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void givenANoteStoredWithANulCharacter_whenProjected_thenItAndEverythingAfterItIsReadAndTheReportVerifies() {
        Recorder admin = recorder().as("admin");
        String planId = admin.plan("South Ayrshire's Parenting Promise 2021-2030");
        String areaId = admin.area(planId, 1, "Workforce understands The Promise");
        String actionId = admin.action(planId, areaId, "1.1", null, null);
        String otherId = admin.action(planId, areaId, "1.2", null, null);
        recorder().note(actionId, "2022-03-31", "First note (illustrative)");
        long sequence = jdbc.queryForObject(
                "SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class,
                actionId);
        // as an older version stored it, past today's rule in the aggregate
        eventStore.publish(new GenericDomainEventMessage<>(
                "Action",
                actionId,
                sequence + 1,
                new ProgressNoteRecorded(
                        actionId, planId, LocalDate.of(2022, 6, 30), "Sessions\u0000booked (illustrative)"),
                MetaData.from(Map.of("recordedBy", "officer"))));
        String reportId = UUID.randomUUID().toString();
        admin.publish(
                planId, reportId, "2023-02-20", "Performance and Audit Committee", "Progress report (illustrative)");
        recorder()
                .lateNote(
                        otherId,
                        "2022-09-30",
                        "A later note of another action (illustrative)",
                        "Recorded after the report (illustrative)");

        awaitProjection();

        JsonNode history = http().get("/api/v1/actions/" + actionId + "/history", "auditor")
                .ok();
        assertThat(history.toString()).contains("Sessions\uFFFDbooked (illustrative)");
        assertThat(http().get("/api/v1/actions/" + otherId + "/history", "auditor")
                        .ok()
                        .toString())
                .contains("A later note of another action (illustrative)");
        JsonNode verification = http().get("/api/v1/reports/" + reportId + "/verification", "auditor")
                .ok();
        assertThat(verification.get("matches").asBoolean())
                .as(verification.toString())
                .isTrue();
    }
}
