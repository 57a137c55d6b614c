package org.promisetracker.app.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Two copies of the packaged distribution on one PostgreSQL (fsync on), no Axon Server: started
 * together on a fresh database, they share the event store, the token store, the read tables and
 * the pages' sessions. Writers send every other write to each node, so each command meets, on the
 * node it reaches, an aggregate the other node has just changed: the gateway's retry must make
 * that invisible (no 409, no 5xx). A page signed in on one node is used on the other, its form
 * posted back to the first and its notification and write shown by the second. Then the node
 * holding the projection's segment is killed with SIGKILL: the other takes the segment, shows every
 * acknowledged write and verifies every report (a replay of the log equal to what was frozen).
 * <p>
 * The children's output is in {@code target/crash-it}; the measured times are printed.
 */
class MultiNodeIT {

    private static final int WRITERS = 4;
    private static final int WRITES_BEFORE_THE_KILL = 120;
    private static final int WRITES_AFTER_THE_KILL = 40;
    private static final Duration START_BOUND = Duration.ofSeconds(150);
    private static final Duration TAKEOVER_BOUND = Duration.ofSeconds(60);

    @TempDir
    Path work;

    @Test
    void givenTwoNodesOnOnePostgres_whenWritingThroughBothAndTheSegmentHolderIsKilled_thenNothingIsLostOrRefused()
            throws Exception {
        try (EmbeddedPostgres postgres = SharedPostgres.start(work.resolve("shared"))) {
            List<String> settings = SharedPostgres.settings(postgres);
            // together on the fresh database: both migrate it, whichever comes first
            Child first = Child.start("node-a", settings);
            Child second = Child.start("node-b", settings);
            try {
                report(
                        "node a ready in %.1f s, node b in %.1f s",
                        first.awaitReady(START_BOUND), second.awaitReady(START_BOUND));
                Ledger ledger = Ledger.create(first, WRITERS);
                ledger.publishReport(second, "Progress report through node b");
                Child holder = await().atMost(TAKEOVER_BOUND)
                        .until(() -> Child.segmentHolder(first, second), node -> node != null);
                Child other = holder == first ? second : first;

                assertPagesWorkAcrossNodes(other, holder, ledger);
                assertARebuildAskedOfTheOtherNodeRuns(other, holder);
                report(
                        "the API tour through both nodes: %d calls as on one node",
                        new ApiTour(List.of(first, second)).run());

                Ledger.Writers both = ledger.write(List.of(first, second), "both");
                await().atMost(TAKEOVER_BOUND).until(() -> both.acknowledged() >= WRITES_BEFORE_THE_KILL);
                holder.kill();
                both.stop();
                double takenOver = awaitSegment(other, holder.killed);
                Ledger.Writers after = ledger.write(other, "after");
                await().atMost(TAKEOVER_BOUND).until(() -> after.acknowledged() >= WRITES_AFTER_THE_KILL);
                after.stop();
                ledger.publishReport(other, "Progress report after the kill");
                report("the API tour on the survivor: %d calls", new ApiTour(List.of(other)).run());

                assertThat(both.failures())
                        .as("answers other than success through both nodes (stale caches included)")
                        .isEmpty();
                assertThat(after.failures())
                        .as("answers other than success after the kill")
                        .isEmpty();
                await().atMost(TAKEOVER_BOUND)
                        .pollInterval(Duration.ofMillis(250))
                        .untilAsserted(() -> assertThat(ledger.missing(other))
                                .as("acknowledged writes the survivor does not show")
                                .isEmpty());
                assertThat(ledger.unverified(other))
                        .as("reports that do not verify")
                        .isEmpty();
                report(
                        "%d writes through both nodes (every other one on a stale cached aggregate), none refused; "
                                + "the segment holder killed, the other held the segment %.1f s later; "
                                + "%d writes after it; all %d acknowledged writes shown, %d reports verify",
                        both.acknowledged(),
                        takenOver,
                        after.acknowledged(),
                        ledger.acknowledgedWrites(),
                        ledger.reports());
            } finally {
                first.kill();
                second.kill();
            }
        }
    }

    /**
     * Signed in on one node, the session works on the other; a form posted to the node that does not
     * project waits for the other's projection, and the other node shows the notification and the note.
     */
    private static void assertPagesWorkAcrossNodes(Child writer, Child reader, Ledger ledger) throws Exception {
        Browser browser = new Browser();
        browser.signIn(writer, "officer");

        String actionPage = "/actions/" + ledger.actionId();
        HttpResponse<String> onTheOther = browser.get(reader, actionPage);
        assertThat(onTheOther.statusCode()).as("the session, on the other node").isEqualTo(200);
        assertThat(onTheOther.body()).contains("Sign out");

        String note = "Briefing to the corporate parenting board delivered (multi-node test)";
        HttpResponse<String> recorded = browser.post(
                writer,
                actionPage + "/notes",
                "effectiveDate=2023-02-20&text=" + Browser.encoded(note) + "&lateReason="
                        + Browser.encoded("Delivered on the report date, recorded after the report (multi-node test)"),
                onTheOther.body());
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(302);
        HttpResponse<String> shown = browser.get(reader, Browser.redirectPath(recorded));
        assertThat(shown.body()).contains("The progress note is recorded.", note);
        assertThat(writer.output())
                .as("the writing node waited for the other node's projection, not until its wait ran out")
                .doesNotContain("the read side did not show it");
    }

    /** Asked of the node without the segment, the rebuild is run by the one that holds it. */
    private static void assertARebuildAskedOfTheOtherNodeRuns(Child asked, Child holder) {
        String liveBefore = holder.get("/api/v1/admin/rebuild", "admin")
                .json()
                .get("liveSchema")
                .asString();
        Child.Answer started = asked.post("/api/v1/admin/rebuild", "admin", "{}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(started.json().get("rebuilding").asBoolean()).isTrue();
        await().atMost(TAKEOVER_BOUND).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode progress = asked.get("/api/v1/admin/rebuild", "admin").json();
            assertThat(progress.get("rebuilding").asBoolean()).isFalse();
            assertThat(progress.get("liveSchema").asString()).isNotEqualTo(liveBefore);
        });
        report("a rebuild asked of the node without the segment ran on the other");
    }

    /** Waits for the survivor to hold the segment and answers how long after the kill it did, in seconds. */
    private static double awaitSegment(Child survivor, long killed) {
        await().atMost(TAKEOVER_BOUND)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> survivor.holdsProjectionSegment());
        return (System.nanoTime() - killed) / 1e9;
    }

    private static void report(String format, Object... args) {
        System.out.printf("Multi-node: " + format + "%n", args);
    }
}
