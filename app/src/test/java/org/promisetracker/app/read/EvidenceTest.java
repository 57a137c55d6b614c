package org.promisetracker.app.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.promisetracker.api.action.ActionStatus.ON_TARGET;
import static org.promisetracker.api.action.ActionStatus.PROGRESSING;
import static org.promisetracker.app.read.SouthAyrshireSeed.COMMITTEE;
import static org.promisetracker.app.read.SouthAyrshireSeed.REPORT_DATE;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.promisetracker.api.view.Fingerprint;
import org.promisetracker.app.read.SouthAyrshireSeed.Seed;
import org.promisetracker.app.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The tamper-evident log and the check of a paper, on the real event table: the seed's 20 February
 * 2023 report is found by its short fingerprint and matches; then rows of the event table are
 * changed, removed, inserted and reordered by hand, as someone with the database's password could,
 * and the evidence walk and the report's verification name the event. Each tampering is undone
 * after its test, so the log is whole again for every other test of the shared context.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceTest extends ReadSideTestBase {

    @Autowired
    JdbcTemplate jdbc;

    Seed seed;
    String reportId;
    String sha256;
    /** A second, small plan with a report of its own; its events are the ones tampered with. */
    String otherPlanId;

    String otherReportId;
    String otherSha256;
    List<Long> otherPositions;
    /** What to run after the test to put the log back as it was. */
    final Deque<Runnable> undo = new ArrayDeque<>();

    @BeforeAll
    void publishTheSeedReportAndAnotherPlansReport() {
        seed = SouthAyrshireSeed.build(recorder());
        reportId = Recorder.newId();
        recorder()
                .as("admin")
                .publish(
                        seed.planId(),
                        reportId,
                        REPORT_DATE,
                        COMMITTEE,
                        "South Ayrshire's Parenting Promise 2021 - 2030 - Progress Report");

        Recorder admin = recorder().as("admin");
        otherPlanId = admin.plan("Another council's promise plan (evidence)");
        String area = admin.area(otherPlanId, 1, "Illustrative area");
        String action = admin.action(otherPlanId, area, "1.1", Recorder.d("2024-03-31"), null);
        recorder().status(action, ON_TARGET, "2022-06-30", "Started");
        recorder().status(action, PROGRESSING, "2022-09-30", "Slower over the summer");
        recorder().note(action, "2022-12-31", "Briefings resumed");
        otherReportId = Recorder.newId();
        admin.publish(otherPlanId, otherReportId, REPORT_DATE, COMMITTEE, "Illustrative progress report");
        recorder().status(action, ON_TARGET, "2023-03-31", "Back on track after the report");
        awaitProjection();

        sha256 = http().get("/api/v1/reports/" + reportId, "viewer")
                .ok()
                .get("sha256")
                .asString();
        otherSha256 = http().get("/api/v1/reports/" + otherReportId, "viewer")
                .ok()
                .get("sha256")
                .asString();
        otherPositions = planPositions(otherPlanId);
    }

    @AfterEach
    void putTheLogBack() {
        while (!undo.isEmpty()) {
            undo.pop().run();
        }
        assertThat(evidence(otherPlanId).get("intact").asBoolean()).isTrue();
    }

    @Test
    void givenTheSeedReport_whenAnAuditorTypesItsShortFingerprint_thenItMatchesAndTheChainIsIntact() {
        String typed = new Fingerprint(sha256).shortForm().toLowerCase();

        JsonNode check = http().get("/api/v1/verify?fingerprint=" + Http.query(typed), "auditor")
                .ok();

        assertThat(check.get("found").asBoolean()).isTrue();
        assertThat(check.get("reportId").asString()).isEqualTo(reportId);
        assertThat(check.get("planId").asString()).isEqualTo(seed.planId());
        assertThat(check.get("title").asString())
                .isEqualTo("South Ayrshire's Parenting Promise 2021 - 2030 - Progress Report");
        assertThat(check.get("committee").asString()).isEqualTo(COMMITTEE);
        assertThat(check.get("reportDate").asString()).isEqualTo(REPORT_DATE);
        assertThat(check.get("publishedAt").asString()).isNotBlank();
        assertThat(check.get("matches").asBoolean()).isTrue();
        assertThat(check.get("chainIntact").asBoolean()).isTrue();
        assertThat(check.get("sha256").asString()).isEqualTo(sha256);
    }

    @Test
    void givenTheFullFingerprintInCapitalsWithSpaces_whenAViewerChecksIt_thenTheSameReportIsFound() {
        String typed = sha256.toUpperCase().replaceAll("(.{8})", "$1 ");

        JsonNode check = http().get("/api/v1/verify?fingerprint=" + Http.query(typed), "viewer")
                .ok();

        assertThat(check.get("reportId").asString()).isEqualTo(reportId);
        assertThat(check.get("matches").asBoolean()).isTrue();
    }

    @Test
    void givenAReportOfAnotherPlan_whenItsFingerprintIsCheckedWithinThisPlan_thenItIsNotFound() {
        String shortForm = new Fingerprint(otherSha256).shortForm();

        JsonNode within = http().get(
                        "/api/v1/verify?fingerprint=" + Http.query(shortForm) + "&planId=" + seed.planId(), "viewer")
                .ok();
        JsonNode anywhere = http().get("/api/v1/verify?fingerprint=" + Http.query(shortForm), "viewer")
                .ok();

        assertThat(within.get("found").asBoolean()).isFalse();
        assertThat(within.get("reportId").isNull()).isTrue();
        assertThat(anywhere.get("reportId").asString()).isEqualTo(otherReportId);
    }

    @Test
    void givenAFingerprintNoReportHas_whenChecked_thenItIsNotFound() {
        String none = "0000" + sha256.substring(4);

        JsonNode check =
                http().get("/api/v1/verify?fingerprint=" + none, "viewer").ok();

        assertThat(check.get("found").asBoolean()).isFalse();
    }

    @Test
    void givenWhatIsNotAFingerprint_whenChecked_thenA400ProblemSaysWhatOneIs() {
        for (String typed : List.of(
                "",
                "3F2A 9C1B 77D0",
                "3F2A 9C1B 77D0 4E11 0",
                sha256 + "0",
                "zzzz zzzz zzzz zzzz",
                "3F2A_9C1B_77D0_4E11",
                "\uD800" + sha256.substring(0, 16),
                "%".repeat(16),
                "a".repeat(2_000))) {
            JsonNode problem =
                    assertProblem(http().get("/api/v1/verify?fingerprint=" + Http.query(typed), "viewer"), 400);
            assertThat(problem.get("detail").asString()).contains("16").contains("64");
        }
        // control characters may be refused before the call, by the request firewall: a 400 problem either way
        for (String typed : List.of("3F2A\u00009C1B77D04E11", "3F2A\t9C1B\n77D0 4E11", "3F2A\u007F9C1B77D04E11")) {
            assertProblem(http().get("/api/v1/verify?fingerprint=" + Http.query(typed), "viewer"), 400);
        }
        assertProblem(http().get("/api/v1/verify", "viewer"), 400);
    }

    @Test
    void givenTheRoles_whenTheEvidenceAndTheCheckAreAskedFor_thenOnlyAuditorsSeeTheEvidence() {
        String evidence = "/api/v1/plans/" + seed.planId() + "/evidence";
        String verify = "/api/v1/verify?fingerprint=" + sha256;

        assertProblem(http().get(evidence, null), 401);
        assertProblem(http().get(verify, null), 401);
        assertProblem(http().get(evidence, "viewer"), 403);
        assertProblem(http().get(evidence, "officer"), 403);
        assertThat(http().get(evidence, "auditor").status()).isEqualTo(200);
        assertThat(http().get(evidence, "admin").status()).isEqualTo(200);
        assertThat(http().get(verify, "officer").status()).isEqualTo(200);
        assertProblem(http().get("/api/v1/plans/" + Recorder.newId() + "/evidence", "auditor"), 404);
        assertProblem(http().get("/api/v1/plans/not-a-plan/evidence", "auditor"), 404);
    }

    @Test
    void givenTheSeedPlan_whenItsEvidenceIsWalked_thenEveryEventIsChainedUpToTheRecordedHead() {
        JsonNode evidence = evidence(seed.planId());

        List<Long> positions = planPositions(seed.planId());
        String lastHash = HexFormat.of()
                .formatHex(jdbc.queryForObject(
                        "SELECT chain_hash FROM domain_event_entry WHERE global_index = ?",
                        byte[].class,
                        positions.get(positions.size() - 1)));
        assertThat(evidence.get("intact").asBoolean()).isTrue();
        assertThat(evidence.get("firstBroken").isNull()).isTrue();
        assertThat(evidence.get("events").asLong()).isEqualTo(positions.size());
        assertThat(evidence.get("head").asString()).isEqualTo(lastHash);
    }

    @Test
    void givenAFrozenReport_whenRead_thenItCarriesThePlansChainHeadAtItsOwnEvent() {
        JsonNode report =
                http().get("/api/v1/reports/" + otherReportId, "viewer").ok();

        byte[] atReport = jdbc.queryForObject(
                "SELECT chain_hash FROM domain_event_entry WHERE aggregate_identifier = ?",
                byte[].class,
                otherReportId);
        assertThat(report.get("chainHead").asString()).isEqualTo(HexFormat.of().formatHex(atReport));
        assertThat(otherPositions.get(6))
                .isEqualTo(jdbc.queryForObject(
                        "SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ?",
                        Long.class,
                        otherReportId));
    }

    @Test
    void givenAPayloadEditedInTheTable_whenTheEvidenceIsWalked_thenThatEventIsNamedAsChanged() {
        // the action's status as at the report date: progressing, now said to be completed
        long position = otherPositions.get(4);
        byte[] original = payload(position);
        String edited = new String(original, StandardCharsets.UTF_8).replace("PROGRESSING", "COMPLETED");
        assertThat(edited).contains("COMPLETED");
        jdbc.update(
                "UPDATE domain_event_entry SET payload = convert_to(?, 'UTF8') WHERE global_index = ?",
                edited,
                position);
        undo.push(() ->
                jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?", original, position));

        JsonNode broken = evidence(otherPlanId).get("firstBroken");
        JsonNode verification = verification(otherReportId);

        assertThat(broken.get("position").asLong()).isEqualTo(position);
        assertThat(broken.get("eventId").asString()).isEqualTo(eventIdAt(position));
        assertThat(broken.get("reason").asString()).contains("changed");
        assertThat(verification.get("matches").asBoolean()).isFalse();
        assertThat(verification.get("chainIntact").asBoolean()).isFalse();
        assertThat(verification.get("chainBroken").get("position").asLong()).isEqualTo(position);
        JsonNode check = http().get("/api/v1/verify?fingerprint=" + otherSha256, "viewer")
                .ok();
        assertThat(check.get("found").asBoolean()).isTrue();
        assertThat(check.get("matches").asBoolean()).isFalse();
        assertThat(check.get("chainIntact").asBoolean()).isFalse();
    }

    @Test
    void givenAnEventDeletedFromTheTable_whenTheEvidenceIsWalked_thenTheEventAfterItIsNamed() {
        long removed = otherPositions.get(4);
        Map<String, Object> row = removeRow(removed);

        JsonNode broken = evidence(otherPlanId).get("firstBroken");

        assertThat(broken.get("position").asLong()).isEqualTo(otherPositions.get(5));
        assertThat(broken.get("reason").asString()).contains("removed");
        assertThat(verification(otherReportId).get("chainIntact").asBoolean()).isFalse();
        assertThat(row).isNotEmpty();
    }

    @Test
    void givenThePlansLastEventDeleted_whenTheEvidenceIsWalked_thenTheRecordedHeadNamesIt() {
        long last = otherPositions.get(otherPositions.size() - 1);
        String eventId = eventIdAt(last);
        removeRow(last);

        JsonNode evidence = evidence(otherPlanId);

        assertThat(evidence.get("intact").asBoolean()).isFalse();
        assertThat(evidence.get("firstBroken").get("eventId").asString()).isEqualTo(eventId);
        assertThat(evidence.get("firstBroken").get("reason").asString()).contains("removed");
        // the report came before it: what it was derived from is untouched
        assertThat(verification(otherReportId).get("chainIntact").asBoolean()).isTrue();
    }

    @Test
    void givenARowInsertedByHand_whenTheEvidenceIsWalked_thenItIsNamedAsNotInTheChain() {
        long copied = otherPositions.get(3);
        String eventId = Recorder.newId();
        long position = insertCopy(copied, eventId, false);

        JsonNode broken = evidence(otherPlanId).get("firstBroken");

        assertThat(broken.get("position").asLong()).isEqualTo(position);
        assertThat(broken.get("eventId").asString()).isEqualTo(eventId);
        assertThat(broken.get("reason").asString()).contains("inserted");
    }

    @Test
    void givenARowInsertedWithAnotherEventsChainHash_whenTheEvidenceIsWalked_thenItIsNamedAsOutOfPlace() {
        String eventId = Recorder.newId();
        long position = insertCopy(otherPositions.get(2), eventId, true);

        JsonNode broken = evidence(otherPlanId).get("firstBroken");

        assertThat(broken.get("position").asLong()).isEqualTo(position);
        assertThat(broken.get("reason").asString()).contains("inserted or moved");
    }

    @Test
    void givenTwoEventsSwappedInTheTable_whenTheEvidenceIsWalked_thenTheFirstOutOfPlaceIsNamed() {
        long earlier = otherPositions.get(3);
        long later = otherPositions.get(4);
        swap(earlier, later);
        undo.push(() -> swap(earlier, later));

        JsonNode broken = evidence(otherPlanId).get("firstBroken");

        assertThat(broken.get("position").asLong()).isEqualTo(earlier);
        assertThat(broken.get("reason").asString()).contains("removed or moved");
        assertThat(verification(otherReportId).get("chainIntact").asBoolean()).isFalse();
    }

    JsonNode evidence(String planId) {
        return http().get("/api/v1/plans/" + planId + "/evidence", "auditor").ok();
    }

    JsonNode verification(String reportId) {
        return http().get("/api/v1/reports/" + reportId + "/verification", "auditor")
                .ok();
    }

    List<Long> planPositions(String planId) {
        return jdbc.queryForList("""
                SELECT global_index FROM domain_event_entry
                 WHERE aggregate_identifier IN (SELECT aggregate_identifier FROM domain_event_entry
                                                 WHERE sequence_number = 0 AND event_plan_id(payload) = ?)
                 ORDER BY global_index""", Long.class, planId);
    }

    byte[] payload(long position) {
        return jdbc.queryForObject(
                "SELECT payload FROM domain_event_entry WHERE global_index = ?", byte[].class, position);
    }

    String eventIdAt(long position) {
        return jdbc.queryForObject(
                "SELECT event_identifier FROM domain_event_entry WHERE global_index = ?", String.class, position);
    }

    Map<String, Object> removeRow(long position) {
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM domain_event_entry WHERE global_index = ?", position);
        jdbc.update("DELETE FROM domain_event_entry WHERE global_index = ?", position);
        undo.push(() -> jdbc.update(
                "INSERT INTO domain_event_entry (" + String.join(", ", row.keySet()) + ") VALUES ("
                        + String.join(", ", java.util.Collections.nCopies(row.size(), "?")) + ")",
                row.values().toArray()));
        return row;
    }

    /**
     * A copy of the event at {@code position} under a new id, appended behind the service's back at
     * the end of the log (the sequence's next position), with no chain hash or with the copied one.
     */
    long insertCopy(long position, String eventId, boolean withChain) {
        Long inserted = jdbc.queryForObject("""
                INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                       time_stamp, payload_type, payload_revision, payload, meta_data, chain_ordinal, chain_hash)
                SELECT ?, aggregate_identifier, sequence_number + 1000, type, time_stamp, payload_type,
                       payload_revision, payload, meta_data,
                       CASE WHEN ? THEN chain_ordinal END, CASE WHEN ? THEN chain_hash END
                  FROM domain_event_entry WHERE global_index = ?
                RETURNING global_index""", Long.class, eventId, withChain, withChain, position);
        undo.push(() -> jdbc.update("DELETE FROM domain_event_entry WHERE event_identifier = ?", eventId));
        return inserted;
    }

    void swap(long a, long b) {
        jdbc.update("UPDATE domain_event_entry SET global_index = -1 WHERE global_index = ?", a);
        jdbc.update("UPDATE domain_event_entry SET global_index = ? WHERE global_index = ?", a, b);
        jdbc.update("UPDATE domain_event_entry SET global_index = ? WHERE global_index = -1", b);
    }
}
