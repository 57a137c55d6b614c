package org.promisetracker.app.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.promisetracker.api.action.ActionStatus.COMPLETED;
import static org.promisetracker.api.benefit.Rag.GREEN;
import static org.promisetracker.api.benefit.Rag.RED;
import static org.promisetracker.app.read.SouthAyrshireSeed.COMMITTEE;
import static org.promisetracker.app.read.SouthAyrshireSeed.REPORT_DATE;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.promisetracker.app.read.SouthAyrshireSeed.Seed;
import org.promisetracker.app.support.Http;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seed 001 end to end: South Ayrshire's plan built from dated facts, the Performance and Audit
 * Committee report of 20 February 2023 published, then late, backdated changes recorded after it.
 * The report must stay as published and verifiable, the period as now known must show the changes,
 * the period as known at publication must be what the committee was told, and the restatements
 * must name exactly what changed and the events that changed it.
 * <p>
 * The plan, the report and the late changes are recorded once (before all tests); "before" reads
 * are taken between publication and the late changes. Every test only reads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedReportTest extends ReadSideTestBase {

    static final String PAPER_NARRATIVE = "Of our thirty-two actions, eight have been completed, twenty are on target, "
            + "three are progressing and one has been superseded. Of our forty-eight benefits, thirty-three are "
            + "qualitative, thirteen are quantitative and two are cashable. Thirty-seven benefits are green, six are "
            + "amber and five are red.";
    static final String RESTATED_NARRATIVE = "Of our thirty-two actions, eight have been completed, nineteen are on "
            + "target, four are progressing and one has been superseded. Of our forty-eight benefits, thirty-three are "
            + "qualitative, thirteen are quantitative and two are cashable. Thirty-six benefits are green, seven are "
            + "amber and five are red.";

    /** The late changes: an on-target action now progressing, a green benefit now amber, a measurement corrected. */
    static final int LATE_STATUS_ACTION = 3;

    static final int LATE_RAG_BENEFIT = 0;
    static final int CORRECTED_BENEFIT = 34;
    static final String LATE_COMMENT = "Two briefings postponed in February; reported after the papers went out";
    static final String LATE_RATIONALE = "Survey returns below trajectory since 1 February";
    static final String CORRECTION_REASON = "Late returns from two teams";
    static final String LATE_REASON = "The February return reached the plan's lead after the papers went out";

    Seed seed;
    String reportId;
    Instant publishedAt;
    JsonNode summaryBefore;
    JsonNode reportBefore;
    JsonNode dashboardBefore;
    JsonNode lateStatus;
    JsonNode lateRag;
    JsonNode lateCorrection;

    @BeforeAll
    void buildThePlanPublishTheReportAndRecordLateChanges() {
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
        awaitProjection();
        summaryBefore = summary(seed.planId(), REPORT_DATE, null);
        reportBefore = http().get("/api/v1/reports/" + reportId, "viewer").ok();
        dashboardBefore = dashboard(seed.planId(), null, null);
        publishedAt = Instant.parse(reportBefore.get("publishedAt").asString());

        Recorder.awaitClockPast(publishedAt);
        Http http = http();
        lateStatus = http.post(
                        "/api/v1/actions/" + action(LATE_STATUS_ACTION) + "/status",
                        "officer",
                        Map.of(
                                "status",
                                "PROGRESSING",
                                "effectiveDate",
                                "2023-02-15",
                                "comment",
                                LATE_COMMENT,
                                "lateReason",
                                LATE_REASON))
                .ok();
        lateRag = http.post(
                        "/api/v1/benefits/" + benefit(LATE_RAG_BENEFIT) + "/rag",
                        "officer",
                        Map.of(
                                "rag",
                                "AMBER",
                                "effectiveDate",
                                "2023-02-01",
                                "rationale",
                                LATE_RATIONALE,
                                "lateReason",
                                LATE_REASON))
                .ok();
        lateCorrection = http.post(
                        "/api/v1/benefits/" + benefit(CORRECTED_BENEFIT) + "/measurements/"
                                + seed.secondMeasurement().get(CORRECTED_BENEFIT) + "/corrections",
                        "officer",
                        Map.of("value", 51, "reason", CORRECTION_REASON))
                .ok();
        // late facts that change nothing as at the report date: a note, facts effective after it, and
        // statuses and RAGs that restate what was already so
        Recorder officer = recorder();
        officer.lateNote(action(6), "2023-02-10", "Dashboard shared with the data group", LATE_REASON);
        officer.status(action(9), COMPLETED, "2023-03-31", "Delivered after the report");
        officer.lateStatus(action(10), COMPLETED, "2023-01-15", "Confirmed complete", LATE_REASON);
        officer.rag(benefit(2), RED, "2023-04-30", "Slipped after the report");
        officer.lateRag(benefit(5), GREEN, "2023-01-10", "Still green", LATE_REASON);
        awaitProjection();
    }

    @Test
    void givenTheSeedPlan_whenAskedAsAtTheReportDate_thenTheCountsAndNarrativeOfTheCommitteePaper() {
        assertThat(summaryBefore.get("planId").asString()).isEqualTo(seed.planId());
        assertThat(summaryBefore.get("asAt").asString()).isEqualTo(REPORT_DATE);
        assertThat(summaryBefore.get("actions")).isEqualTo(json("""
                {"total": 32, "byStatus": {"NOT_STARTED": 0, "ON_TARGET": 20, "PROGRESSING": 3, "COMPLETED": 8, "SUPERSEDED": 1}}
                """));
        assertThat(summaryBefore.get("benefits")).isEqualTo(json("""
                {"total": 48,
                 "byType": {"QUALITATIVE": 33, "QUANTITATIVE": 13, "CASHABLE": 2},
                 "byRag":  {"GREEN": 37, "AMBER": 6, "RED": 5, "NOT_ASSESSED": 0}}
                """));
        assertThat(summaryBefore.get("narrative").asString()).isEqualTo(PAPER_NARRATIVE);
        assertThat(summaryBefore.get("actions").get("byStatus").propertyNames())
                .containsExactlyInAnyOrder("NOT_STARTED", "ON_TARGET", "PROGRESSING", "COMPLETED", "SUPERSEDED");
        assertThat(summaryBefore.get("benefits").get("byRag").propertyNames())
                .containsExactlyInAnyOrder("GREEN", "AMBER", "RED", "NOT_ASSESSED");
        assertThat(summaryBefore.get("benefits").get("byType").propertyNames())
                .containsExactlyInAnyOrder("QUALITATIVE", "QUANTITATIVE", "CASHABLE");
    }

    @Test
    void givenTheSeedPlan_whenAskedAsAtTheReportDate_thenEachItemHasTheStatusAndRagItWasCountedWith() {
        JsonNode reported = reportBefore.get("items");
        List<String> statuses = new ArrayList<>();
        for (JsonNode action : reported.get("actions")) {
            statuses.add(action.get("status").asString());
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            expected.add(SouthAyrshireSeed.reportedStatus(i).name());
        }
        assertThat(statuses).isEqualTo(expected); // seed order is area order, then as added
        for (int i = 0; i < 48; i++) {
            assertThat(reported.get("benefits").get(i).get("benefitId").asString())
                    .isEqualTo(benefit(i));
            assertThat(reported.get("benefits").get(i).get("rag").asString())
                    .as("benefit %d", i)
                    .isEqualTo(SouthAyrshireSeed.reportedRag(i).name());
        }
        JsonNode superseded = reported.get("actions").get(SouthAyrshireSeed.SUPERSEDED_ACTION);
        assertThat(superseded.get("supersededBy").asString()).isEqualTo(action(SouthAyrshireSeed.NEW_ACTION));
    }

    @Test
    void givenThePublishedReport_whenRead_thenItCarriesTheSummaryAndTheHashOfItsSnapshot() throws Exception {
        assertThat(reportBefore.get("reportId").asString()).isEqualTo(reportId);
        assertThat(reportBefore.get("planId").asString()).isEqualTo(seed.planId());
        assertThat(reportBefore.get("committee").asString()).isEqualTo(COMMITTEE);
        assertThat(reportBefore.get("reportDate").asString()).isEqualTo(REPORT_DATE);
        assertThat(reportBefore.get("publishedBy").asString()).isEqualTo("admin");
        JsonNode summary = reportBefore.get("summary");
        assertThat(Instant.parse(summary.get("knownAt").asString())).isEqualTo(publishedAt);
        assertThat(withoutKnownAt(summary)).isEqualTo(withoutKnownAt(summaryBefore));
        assertThat(summary.get("narrative").asString()).isEqualTo(PAPER_NARRATIVE);

        String sha256 = reportBefore.get("sha256").asString();
        assertThat(sha256).matches("[0-9a-f]{64}");
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(reportBefore.get("canonicalJson").asString().getBytes(StandardCharsets.UTF_8));
        assertThat(HexFormat.of().formatHex(digest)).isEqualTo(sha256);

        JsonNode listed = http().get("/api/v1/plans/" + seed.planId() + "/reports", "viewer")
                .ok();
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).get("reportId").asString()).isEqualTo(reportId);
        assertThat(listed.get(0).get("sha256").asString()).isEqualTo(sha256);
    }

    @Test
    void givenLateBackdatedChanges_whenReadingTheReportAgain_thenItIsExactlyAsPublished() {
        JsonNode reportAfter =
                http().get("/api/v1/reports/" + reportId, "viewer").ok();

        assertThat(reportAfter).isEqualTo(reportBefore);
        assertThat(reportAfter.get("summary").get("narrative").asString()).isEqualTo(PAPER_NARRATIVE);
    }

    @Test
    void givenLateBackdatedChanges_whenVerifyingTheReport_thenTheReplayedLogGivesTheSameHash() {
        JsonNode verification = http().get("/api/v1/reports/" + reportId + "/verification", "auditor")
                .ok();

        assertThat(verification.get("matches").asBoolean()).isTrue();
        assertThat(verification.get("sha256").asString())
                .isEqualTo(reportBefore.get("sha256").asString());
        assertThat(verification.get("storedSha256").asString())
                .isEqualTo(reportBefore.get("sha256").asString());
        long planEvents = seed.events() + 1L; // the report's own included
        if (eventStore instanceof EmbeddedEventStore) {
            // exactly this plan's events, though the store holds other classes' plans
            assertThat(verification.get("replayedEvents").asLong()).isEqualTo(planEvents);
        } else {
            // Axon Server's log is not in PostgreSQL: the whole log up to the report is read
            assertThat(verification.get("replayedEvents").asLong()).isGreaterThanOrEqualTo(planEvents);
        }
    }

    @Test
    void givenLateBackdatedChanges_whenAskedAsAtTheReportDateAsNowKnown_thenTheCountsShowThem() {
        JsonNode now = summary(seed.planId(), REPORT_DATE, null);

        assertThat(now.get("actions")).isEqualTo(json("""
                {"total": 32, "byStatus": {"NOT_STARTED": 0, "ON_TARGET": 19, "PROGRESSING": 4, "COMPLETED": 8, "SUPERSEDED": 1}}
                """));
        assertThat(now.get("benefits")).isEqualTo(json("""
                {"total": 48,
                 "byType": {"QUALITATIVE": 33, "QUANTITATIVE": 13, "CASHABLE": 2},
                 "byRag":  {"GREEN": 36, "AMBER": 7, "RED": 5, "NOT_ASSESSED": 0}}
                """));
        assertThat(now.get("narrative").asString()).isEqualTo(RESTATED_NARRATIVE);
    }

    @Test
    void givenLateBackdatedChanges_whenAskedAsKnownAtPublication_thenTheSummaryIsWhatTheCommitteeWasTold() {
        JsonNode asReported = summary(seed.planId(), REPORT_DATE, publishedAt);

        assertThat(asReported).isEqualTo(reportBefore.get("summary"));
    }

    @Test
    void givenLateBackdatedChanges_whenAskingForRestatements_thenExactlyTheChangedItemsWithTheEventsThatChangedThem() {
        JsonNode restatements = http().get("/api/v1/reports/" + reportId + "/restatements", "auditor")
                .ok();

        assertThat(restatements.get("reportId").asString()).isEqualTo(reportId);
        assertThat(restatements.get("reportDate").asString()).isEqualTo(REPORT_DATE);
        assertThat(Instant.parse(restatements.get("publishedAt").asString())).isEqualTo(publishedAt);
        JsonNode items = restatements.get("items");
        assertThat(items.size()).as(items.toString()).isEqualTo(3);

        JsonNode status = item(items, action(LATE_STATUS_ACTION), "STATUS");
        assertThat(status.get("itemKind").asString()).isEqualTo("ACTION");
        assertThat(status.get("ref").asString()).isEqualTo("1.4");
        assertThat(status.get("reported").asString()).isEqualTo("ON_TARGET");
        assertThat(status.get("current").asString()).isEqualTo("PROGRESSING");
        assertOnlyChange(status, lateStatus, "ActionStatusChanged", "2023-02-15", LATE_COMMENT, LATE_REASON);

        JsonNode rag = item(items, benefit(LATE_RAG_BENEFIT), "RAG");
        assertThat(rag.get("itemKind").asString()).isEqualTo("BENEFIT");
        assertThat(rag.get("reported").asString()).isEqualTo("GREEN");
        assertThat(rag.get("current").asString()).isEqualTo("AMBER");
        assertOnlyChange(rag, lateRag, "RagAssessed", "2023-02-01", LATE_RATIONALE, LATE_REASON);

        // benefit 34 measured 45 + 34 % 5 = 49 on 30 September 2022, corrected to 51
        JsonNode measurement = item(items, benefit(CORRECTED_BENEFIT), "MEASUREMENT");
        assertThat(measurement.get("itemKind").asString()).isEqualTo("BENEFIT");
        assertThat(measurement.get("reported").asString()).isEqualTo("49 (2022-09-30)");
        assertThat(measurement.get("current").asString()).isEqualTo("51 (2022-09-30)");
        assertOnlyChange(
                measurement,
                lateCorrection,
                "MeasurementCorrected",
                "2022-09-30",
                CORRECTION_REASON,
                CORRECTION_REASON);
    }

    @Test
    void givenLateBackdatedChanges_whenReadingTheDashboard_thenTheRestatedItemsAreFlaggedAgainstTheLastReport() {
        assertThat(dashboardBefore.get("restated").size()).isZero();
        assertThat(dashboardBefore.get("lastReport").get("reportId").asString()).isEqualTo(reportId);

        JsonNode dashboard = dashboard(seed.planId(), null, null);

        List<String> restated = new ArrayList<>();
        dashboard.get("restated").forEach(id -> restated.add(id.asString()));
        assertThat(restated)
                .containsExactlyInAnyOrder(
                        action(LATE_STATUS_ACTION), benefit(LATE_RAG_BENEFIT), benefit(CORRECTED_BENEFIT));
        // why each came late; the late facts that restated nothing (a note, a RAG still green) are not listed
        assertThat(dashboard.get("restatedReasons")).isEqualTo(json("""
                {"%s": ["%s"], "%s": ["%s"], "%s": ["%s"]}
                """.formatted(
                        action(LATE_STATUS_ACTION),
                        LATE_REASON,
                        benefit(LATE_RAG_BENEFIT),
                        LATE_REASON,
                        benefit(CORRECTED_BENEFIT),
                        CORRECTION_REASON)));
        JsonNode lastReport = dashboard.get("lastReport");
        assertThat(lastReport.get("reportId").asString()).isEqualTo(reportId);
        assertThat(lastReport.get("reportDate").asString()).isEqualTo(REPORT_DATE);
        assertThat(Instant.parse(lastReport.get("publishedAt").asString())).isEqualTo(publishedAt);
        // as known before the report, there was no report to restate
        JsonNode beforeTheReport = dashboard(seed.planId(), null, publishedAt.minusMillis(1));
        assertThat(beforeTheReport.get("lastReport").isNull()).isTrue();
        assertThat(beforeTheReport.get("restated").size()).isZero();
    }

    private String action(int index) {
        return seed.actionIds().get(index);
    }

    private String benefit(int index) {
        return seed.benefitIds().get(index);
    }

    private static JsonNode item(JsonNode items, String itemId, String aspect) {
        for (JsonNode item : items) {
            if (item.get("itemId").asString().equals(itemId)
                    && item.get("aspect").asString().equals(aspect)) {
                return item;
            }
        }
        throw new AssertionError("No " + aspect + " restatement of " + itemId + " in " + items);
    }

    private static void assertOnlyChange(
            JsonNode restatement,
            JsonNode recorded,
            String event,
            String effectiveDate,
            String why,
            String lateReason) {
        JsonNode changes = restatement.get("changes");
        assertThat(changes.size()).as(changes.toString()).isEqualTo(1);
        JsonNode change = changes.get(0);
        assertThat(change.get("eventId").asString())
                .isEqualTo(recorded.get("eventId").asString());
        assertThat(change.get("event").asString()).isEqualTo(event);
        assertThat(change.get("effectiveDate").asString()).isEqualTo(effectiveDate);
        assertThat(Instant.parse(change.get("recordedAt").asString()))
                .isEqualTo(Instant.parse(recorded.get("recordedAt").asString()));
        assertThat(change.get("recordedBy").asString()).isEqualTo("officer");
        assertThat(change.get("why").asString()).isEqualTo(why);
        assertThat(change.get("lateReason").asString()).isEqualTo(lateReason);
    }

    private static JsonNode withoutKnownAt(JsonNode summary) {
        ObjectNode copy = (ObjectNode) summary.deepCopy();
        copy.remove("knownAt");
        return copy;
    }

    private static JsonNode json(String text) {
        return Http.JSON.readTree(text);
    }
}
