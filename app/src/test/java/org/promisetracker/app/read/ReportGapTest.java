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
 * commit after the report was frozen (its transaction was still open). An event of the report's own
 * plan cannot: the plan's appends take their turn on its chain head (platform's ChainedAppends),
 * so the report's publication waits for it and the report holds it. An event of another plan can,
 * and is left out of the report and of its verification; neither needs it.
 */
class ReportGapTest extends ReadSideTestBase {

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    /** An action's status change, numbered at once and committed only when {@code release} is counted down. */
    record OpenAppend(CountDownLatch release, CompletableFuture<Void> committed) {}

    @Test
    void givenAnAppendOfThePlanStillOpen_whenAReportIsPublished_thenThePublicationWaitsForItAndTheReportHoldsIt()
            throws Exception {
        Recorder admin = recorder().as("admin");
        String planId = admin.plan("South Ayrshire's Parenting Promise 2021-2030");
        String actionId = actionOf(admin, planId);
        OpenAppend late = openAppend(planId, actionId);

        String reportId = UUID.randomUUID().toString();
        CompletableFuture<Void> published = CompletableFuture.runAsync(() -> admin.publish(
                planId, reportId, "2023-02-20", "Performance and Audit Committee", "Progress report (illustrative)"));
        // the publication's append waits on the plan's chain head, which the open append holds
        await().until(() -> waitingOnALock() > 0);
        assertThat(published).isNotDone();
        late.release().countDown();
        late.committed().get(30, TimeUnit.SECONDS);
        published.get(30, TimeUnit.SECONDS);
        await().until(() -> http().get("/api/v1/reports/" + reportId, "viewer").status() == 200);

        JsonNode report = http().get("/api/v1/reports/" + reportId, "viewer").ok();
        assertThat(report.toString()).contains("COMPLETED").contains("Training completed (illustrative)");
        assertVerifies(reportId);
        // other tests of the shared context may have left gaps below it; the plan's own event is not one
        assertThat(excludedPositions(reportId)).doesNotContain(lastStatusChangeOf(actionId));
    }

    @Test
    void givenAnAppendOfAnotherPlanStillOpen_whenAReportIsFrozen_thenItIsLeftOutAndTheReportVerifies()
            throws Exception {
        Recorder admin = recorder().as("admin");
        String planId = admin.plan("South Ayrshire's Parenting Promise 2021-2030");
        actionOf(admin, planId);
        String otherPlanId = admin.plan("Another council's promise plan (illustrative)");
        String otherActionId = actionOf(admin, otherPlanId);
        OpenAppend late = openAppend(otherPlanId, otherActionId);

        String reportId = UUID.randomUUID().toString();
        admin.publish(
                planId, reportId, "2023-02-20", "Performance and Audit Committee", "Progress report (illustrative)");
        await().until(() -> http().get("/api/v1/reports/" + reportId, "viewer").status() == 200);
        late.release().countDown();
        late.committed().get(30, TimeUnit.SECONDS);
        // the late event fills a gap below the head: wait for it by name, not by position
        await().until(() -> http().get("/api/v1/actions/" + otherActionId + "/history", "auditor")
                .ok()
                .toString()
                .contains("Training completed (illustrative)"));

        assertVerifies(reportId);
        assertThat(excludedPositions(reportId)).contains(lastStatusChangeOf(otherActionId));
    }

    /** Replaying the log derives the report as frozen, and the plan's chain is intact up to it. */
    private void assertVerifies(String reportId) {
        JsonNode verification = http().get("/api/v1/reports/" + reportId + "/verification", "auditor")
                .ok();
        assertThat(verification.get("matches").asBoolean())
                .as(verification.toString())
                .isTrue();
        assertThat(verification.get("chainIntact").asBoolean()).isTrue();
    }

    private Long lastStatusChangeOf(String actionId) {
        return jdbc.queryForObject(
                "SELECT global_index FROM domain_event_entry WHERE payload_type LIKE '%ActionStatusChanged' "
                        + "AND aggregate_identifier = ? ORDER BY global_index DESC LIMIT 1",
                Long.class, actionId);
    }

    private String actionOf(Recorder admin, String planId) {
        String areaId = admin.area(planId, 1, "Workforce understands The Promise");
        String actionId = admin.action(planId, areaId, "1.1", null, null);
        recorder().status(actionId, ActionStatus.PROGRESSING, "2022-03-31", "Training under way (illustrative)");
        awaitProjection();
        return actionId;
    }

    /** An officer's change, numbered now, committed only when released. */
    private OpenAppend openAppend(String planId, String actionId) throws InterruptedException {
        CountDownLatch numbered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        long next = eventStore.lastSequenceNumberFor(actionId).orElseThrow() + 1;
        CompletableFuture<Void> committed =
                CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
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
                    awaitQuietly(release);
                }));
        assertThat(numbered.await(30, TimeUnit.SECONDS)).isTrue();
        return new OpenAppend(release, committed);
    }

    private long waitingOnALock() {
        return jdbc.queryForObject(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
                Long.class);
    }

    private Long[] excludedPositions(String reportId) {
        return jdbc.queryForObject(
                "SELECT excluded_positions FROM " + live() + ".report WHERE report_id = ?",
                (rs, row) -> rs.getArray(1) == null
                        ? new Long[0]
                        : (Long[]) rs.getArray(1).getArray(),
                reportId);
    }

    private String live() {
        return jdbc.queryForObject("SELECT live_schema FROM read_state", String.class);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The open append was not released within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
