package org.promisetracker.app.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.promisetracker.api.action.ActionStatus;
import org.promisetracker.api.action.ActionStatusChanged;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The report-freeze edge: on the embedded store an event can take a position below a report's and
 * commit after the report was frozen (its transaction was still open). The report's snapshot
 * cannot hold it; verification must leave it out too, so the report verifies as what it said,
 * and what the late event says shows as a restatement since.
 */
class ReportGapTest extends ReadSideTestBase {

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void givenAnEventCommittedAfterALaterReportWasFrozen_whenVerified_thenTheReportMatchesAndTheEventIsARestatement()
            throws Exception {
        Recorder admin = recorder().as("admin");
        String planId = admin.plan("South Ayrshire's Parenting Promise 2021-2030");
        String areaId = admin.area(planId, 1, "Workforce understands The Promise");
        String actionId = admin.action(planId, areaId, "1.1", null, null);
        recorder().status(actionId, ActionStatus.PROGRESSING, "2022-03-31", "Training under way (illustrative)");
        awaitProjection();

        // an officer's change, numbered now, committed only after the report is frozen
        CountDownLatch numbered = new CountDownLatch(1);
        CountDownLatch reportFrozen = new CountDownLatch(1);
        long next = eventStore.lastSequenceNumberFor(actionId).orElseThrow() + 1;
        CompletableFuture<Void> late = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
            eventStore.publish(new GenericDomainEventMessage<>(
                    "Action",
                    actionId,
                    next,
                    new ActionStatusChanged(
                            actionId,
                            planId,
                            ActionStatus.COMPLETED,
                            LocalDate.of(2022, 12, 31),
                            "Training completed (illustrative)",
                            null),
                    MetaData.with("recordedBy", "officer")));
            numbered.countDown();
            awaitQuietly(reportFrozen);
        }));
        assertThat(numbered.await(30, TimeUnit.SECONDS)).isTrue();
        String reportId = UUID.randomUUID().toString();
        admin.publish(
                planId, reportId, "2023-02-20", "Performance and Audit Committee", "Progress report (illustrative)");
        await().until(() -> http().get("/api/v1/reports/" + reportId, "viewer").status() == 200);
        reportFrozen.countDown();
        late.get(30, TimeUnit.SECONDS);
        // the late event fills a gap below the head: wait for it by name, not by position
        await().until(() -> http().get("/api/v1/actions/" + actionId + "/history", "auditor")
                .ok()
                .toString()
                .contains("Training completed (illustrative)"));

        JsonNode report = http().get("/api/v1/reports/" + reportId, "viewer").ok();
        assertThat(report.toString()).contains("PROGRESSING").doesNotContain("Training completed (illustrative)");
        JsonNode verification = http().get("/api/v1/reports/" + reportId + "/verification", "auditor")
                .ok();
        assertThat(verification.get("matches").asBoolean())
                .as(verification.toString())
                .isTrue();
        JsonNode restated = http().get("/api/v1/reports/" + reportId + "/restatements", "auditor")
                .ok();
        assertThat(restated.toString()).contains(actionId, "COMPLETED");
        Long[] excluded = jdbc.queryForObject(
                "SELECT excluded_positions FROM " + live() + ".report WHERE report_id = ?",
                (rs, row) -> (Long[]) rs.getArray(1).getArray(),
                reportId);
        assertThat(excluded)
                .containsExactly(jdbc.queryForObject(
                        "SELECT global_index FROM domain_event_entry WHERE payload_type LIKE '%ActionStatusChanged' "
                                + "AND aggregate_identifier = ? ORDER BY global_index DESC LIMIT 1",
                        Long.class, actionId));
    }

    private String live() {
        return jdbc.queryForObject("SELECT live_schema FROM read_state", String.class);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The report was not frozen within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
