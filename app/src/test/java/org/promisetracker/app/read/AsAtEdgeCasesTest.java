package org.promisetracker.app.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.promisetracker.api.action.ActionStatus.COMPLETED;
import static org.promisetracker.api.action.ActionStatus.ON_TARGET;
import static org.promisetracker.api.action.ActionStatus.PROGRESSING;
import static org.promisetracker.api.benefit.BenefitType.QUALITATIVE;
import static org.promisetracker.api.benefit.BenefitType.QUANTITATIVE;
import static org.promisetracker.api.benefit.Direction.HIGHER_IS_BETTER;
import static org.promisetracker.api.benefit.Direction.LOWER_IS_BETTER;
import static org.promisetracker.api.benefit.Rag.AMBER;
import static org.promisetracker.api.benefit.Rag.GREEN;
import static org.promisetracker.api.benefit.Rag.RED;
import static org.promisetracker.app.read.Recorder.awaitClockPast;
import static org.promisetracker.app.read.Recorder.d;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.promisetracker.api.Recorded;
import org.promisetracker.app.support.Http;
import tools.jackson.databind.JsonNode;

/**
 * The bitemporal rules of API.md at their edges, each on a small plan of its own, read over HTTP:
 * which fact counts as at a date (ties, the date itself, items that start counting later), what is
 * known at an instant (facts recorded later are hidden, corrections of corrections), and the
 * derived flags (not assessed, overdue, trend).
 */
class AsAtEdgeCasesTest extends ReadSideTestBase {

    Recorder officer;
    Recorder admin;
    String planId;
    String areaId;

    @BeforeEach
    void newPlan() {
        officer = recorder();
        admin = officer.as("admin");
        planId = admin.plan("As-at edge cases " + Recorder.newId());
        areaId = admin.area(planId, 1, "Workforce understands the promise");
    }

    @Test
    void givenFactsEffectiveOnTheAsAtDate_whenAskedAsAtThatDate_thenTheyCountButNotTheDayBefore() {
        String action = action("1.1", null);
        String benefit = benefit(QUANTITATIVE, HIGHER_IS_BETTER, action);
        officer.status(action, ON_TARGET, "2022-06-30", "Under way");
        officer.rag(benefit, GREEN, "2022-06-30", "On track");
        officer.measure(benefit, Recorder.newId(), "2022-06-30", "40");
        awaitProjection();

        JsonNode onTheDay = summary(planId, "2022-06-30", null);
        assertThat(count(onTheDay, "actions", "byStatus", "ON_TARGET")).isEqualTo(1);
        assertThat(count(onTheDay, "benefits", "byRag", "GREEN")).isEqualTo(1);
        JsonNode dashboard = dashboard(planId, "2022-06-30", null);
        assertThat(actionOf(dashboard, action).get("statusDate").asString()).isEqualTo("2022-06-30");
        assertThat(benefitOf(dashboard, benefit).get("ragDate").asString()).isEqualTo("2022-06-30");
        assertThat(benefitOf(dashboard, benefit)
                        .get("latestMeasurement")
                        .get("effectiveDate")
                        .asString())
                .isEqualTo("2022-06-30");

        JsonNode dayBefore = summary(planId, "2022-06-29", null);
        assertThat(count(dayBefore, "actions", "byStatus", "NOT_STARTED")).isEqualTo(1);
        assertThat(count(dayBefore, "actions", "byStatus", "ON_TARGET")).isZero();
        assertThat(count(dayBefore, "benefits", "byRag", "NOT_ASSESSED")).isEqualTo(1);
        assertThat(isAbsent(benefitOf(dashboard(planId, "2022-06-29", null), benefit)
                        .get("latestMeasurement")))
                .isTrue();
    }

    @Test
    void givenTwoFactsWithTheSameEffectiveDate_whenAsked_thenTheLaterRecordedWins() {
        String action = action("1.1", null);
        String benefit = benefit(QUANTITATIVE, HIGHER_IS_BETTER, action);
        Recorded first = officer.status(action, ON_TARGET, "2022-06-30", "first");
        awaitClockPast(first.recordedAt());
        officer.status(action, PROGRESSING, "2022-06-30", "second");
        officer.rag(benefit, AMBER, "2022-06-30", "first");
        officer.rag(benefit, GREEN, "2022-06-30", "second");
        awaitProjection();

        JsonNode summary = summary(planId, "2022-06-30", null);
        assertThat(count(summary, "actions", "byStatus", "PROGRESSING")).isEqualTo(1);
        assertThat(count(summary, "benefits", "byRag", "GREEN")).isEqualTo(1);
        JsonNode dashboard = dashboard(planId, "2022-12-31", null);
        assertThat(actionOf(dashboard, action).get("statusComment").asString()).isEqualTo("second");
        assertThat(benefitOf(dashboard, benefit).get("rationale").asString()).isEqualTo("second");
        // known only up to the first, the first stands
        assertThat(count(summary(planId, "2022-06-30", first.recordedAt()), "actions", "byStatus", "ON_TARGET"))
                .isEqualTo(1);

        // a third on the same date wins again, whatever the status: it is the recording order that decides
        officer.status(action, ON_TARGET, "2022-06-30", "third");
        officer.rag(benefit, RED, "2022-06-30", "third");
        // an earlier effective date recorded later does not beat a later effective date
        officer.status(action, COMPLETED, "2022-09-30", "done");
        officer.status(action, PROGRESSING, "2022-08-31", "backdated");
        awaitProjection();
        assertThat(actionOf(dashboard(planId, "2022-07-31", null), action)
                        .get("statusComment")
                        .asString())
                .isEqualTo("third");
        assertThat(benefitOf(dashboard(planId, "2022-07-31", null), benefit)
                        .get("rag")
                        .asString())
                .isEqualTo("RED");
        assertThat(actionOf(dashboard(planId, "2022-08-31", null), action)
                        .get("status")
                        .asString())
                .isEqualTo("PROGRESSING");
        assertThat(actionOf(dashboard(planId, "2022-10-01", null), action)
                        .get("status")
                        .asString())
                .isEqualTo("COMPLETED");
        assertReportVerifies("2022-07-31");
    }

    @Test
    void givenItemsEffectiveFromALaterDate_whenAskedBeforeIt_thenTheyDoNotCountUntilThen() {
        String first = action("1.1", null);
        String later = admin.action(planId, areaId, "1.2", null, d("2022-09-01"));
        benefit(QUANTITATIVE, HIGHER_IS_BETTER, first);
        String laterBenefit =
                admin.benefit(planId, QUALITATIVE, HIGHER_IS_BETTER, d("2022-09-01"), "Later benefit", later);
        officer.status(later, ON_TARGET, "2022-09-01", "Started");
        awaitProjection();

        JsonNode before = summary(planId, "2022-08-31", null);
        assertThat(before.get("actions").get("total").asInt()).isEqualTo(1);
        assertThat(before.get("benefits").get("total").asInt()).isEqualTo(1);
        assertThat(before.get("narrative").asString())
                .isEqualTo("Of our one action, one has not started. Of our one benefit, one is quantitative. "
                        + "One benefit has not been assessed.");
        JsonNode beforeDashboard = dashboard(planId, "2022-08-31", null);
        assertThat(actionOf(beforeDashboard, later)).isNull();
        assertThat(benefitOf(beforeDashboard, laterBenefit)).isNull();

        JsonNode from = summary(planId, "2022-09-01", null);
        assertThat(from.get("actions").get("total").asInt()).isEqualTo(2);
        assertThat(count(from, "actions", "byStatus", "ON_TARGET")).isEqualTo(1);
        assertThat(count(from, "actions", "byStatus", "NOT_STARTED")).isEqualTo(1);
        assertThat(from.get("benefits").get("total").asInt()).isEqualTo(2);
        assertThat(count(from, "benefits", "byType", "QUALITATIVE")).isEqualTo(1);
    }

    @Test
    void
            givenABenefitWhoseOnlyActionStartsLater_whenAskedBeforeThatAction_thenTheDashboardStillShowsItInTheActionsArea() {
        action("1.1", null);
        String later = admin.action(planId, areaId, "1.2", null, d("2022-09-01"));
        String benefit =
                admin.benefit(planId, QUALITATIVE, HIGHER_IS_BETTER, null, "Counts from the plan start", later);
        awaitProjection();

        JsonNode dashboard = dashboard(planId, "2022-08-31", null);

        assertThat(actionOf(dashboard, later)).isNull();
        assertThat(benefitOf(dashboard, benefit)).isNotNull();
        assertThat(dashboard.get("summary").get("benefits").get("total").asInt())
                .isEqualTo(1);
    }

    @Test
    void givenBenefitsNeverAssessed_whenAsked_thenTheyAreNotAssessedAndTheNarrativeSaysSo() {
        String action = action("1.1", null);
        String green = benefit(QUANTITATIVE, HIGHER_IS_BETTER, action);
        String never = benefit(QUALITATIVE, HIGHER_IS_BETTER, action);
        String later = benefit(QUALITATIVE, HIGHER_IS_BETTER, action);
        officer.status(action, ON_TARGET, "2022-06-30", "Under way");
        officer.rag(green, GREEN, "2022-06-30", "On track");
        officer.rag(later, AMBER, "2022-07-31", "Behind");
        awaitProjection();

        JsonNode june = summary(planId, "2022-06-30", null);
        assertThat(june.get("benefits").get("byRag"))
                .isEqualTo(Http.JSON.readTree("{\"GREEN\": 1, \"AMBER\": 0, \"RED\": 0, \"NOT_ASSESSED\": 2}"));
        assertThat(june.get("narrative").asString())
                .isEqualTo(
                        "Of our one action, one is on target. Of our three benefits, two are qualitative and one is quantitative. "
                                + "One benefit is green and two have not been assessed.");
        JsonNode unassessed = benefitOf(dashboard(planId, "2022-06-30", null), never);
        assertThat(unassessed.get("rag").asString()).isEqualTo("NOT_ASSESSED");
        assertThat(isAbsent(unassessed.get("ragDate"))).isTrue();

        assertThat(summary(planId, "2022-07-31", null).get("narrative").asString())
                .isEqualTo(
                        "Of our one action, one is on target. Of our three benefits, two are qualitative and one is quantitative. "
                                + "One benefit is green, one is amber and one has not been assessed.");
    }

    @Test
    void givenACorrectionOfACorrection_whenAskedAtDifferentKnownAts_thenTheLatestCorrectionKnownThenApplies() {
        String action = action("1.1", null);
        String benefit = benefit(QUANTITATIVE, HIGHER_IS_BETTER, action);
        String measurement = Recorder.newId();
        Recorded original = officer.measure(benefit, measurement, "2022-03-31", "35");
        awaitClockPast(original.recordedAt());
        Recorded firstCorrection = officer.correct(benefit, measurement, "36", null, "Late returns from two teams");
        awaitClockPast(firstCorrection.recordedAt());
        Recorded secondCorrection =
                officer.correct(benefit, measurement, "37", "2022-04-30", "Counted at the wrong month end");
        awaitProjection();

        assertMeasurement(benefit, "2022-06-30", null, "37", "2022-04-30");
        assertMeasurement(benefit, "2022-06-30", secondCorrection.recordedAt(), "37", "2022-04-30");
        assertMeasurement(benefit, "2022-06-30", firstCorrection.recordedAt(), "36", "2022-03-31");
        assertMeasurement(benefit, "2022-06-30", secondCorrection.recordedAt().minusMillis(1), "36", "2022-03-31");
        assertMeasurement(benefit, "2022-06-30", original.recordedAt(), "35", "2022-03-31");
        assertThat(isAbsent(benefitOf(
                                dashboard(
                                        planId,
                                        "2022-06-30",
                                        original.recordedAt().minusMillis(1)),
                                benefit)
                        .get("latestMeasurement")))
                .isTrue();
        // the second correction moved it to 30 April: as now known there was none on 15 April, as known before there
        // was
        assertThat(isAbsent(benefitOf(dashboard(planId, "2022-04-15", null), benefit)
                        .get("latestMeasurement")))
                .isTrue();
        assertMeasurement(benefit, "2022-04-15", firstCorrection.recordedAt(), "36", "2022-03-31");

        JsonNode history = http().get("/api/v1/benefits/" + benefit + "/history", "auditor")
                .ok();
        JsonNode entries = history.get("entries");
        assertThat(events(entries))
                .containsExactly("BenefitAdded", "MeasurementRecorded", "MeasurementCorrected", "MeasurementCorrected");
        assertThat(isAbsent(entries.get(1).get("corrects"))).isTrue();
        JsonNode first = entries.get(2);
        assertThat(first.get("corrects").asString()).isEqualTo(measurement);
        assertThat(first.get("value").decimalValue()).isEqualByComparingTo("36");
        assertThat(first.get("text").asString()).isEqualTo("Late returns from two teams");
        assertThat(first.get("correctsWhat").get("value").decimalValue()).isEqualByComparingTo("35");
        assertThat(first.get("correctsWhat").get("effectiveDate").asString()).isEqualTo("2022-03-31");
        JsonNode second = entries.get(3);
        assertThat(second.get("corrects").asString()).isEqualTo(measurement);
        assertThat(second.get("effectiveDate").asString()).isEqualTo("2022-04-30");
        assertThat(second.get("value").decimalValue()).isEqualByComparingTo("37");
        assertThat(second.get("source").asString()).isEqualTo("Service records");
        assertThat(second.get("correctsWhat").get("value").decimalValue()).isEqualByComparingTo("36");
        assertThat(second.get("correctsWhat").get("effectiveDate").asString()).isEqualTo("2022-03-31");
        assertReportVerifies("2022-06-30");
    }

    @Test
    void givenACorrectionMovingAReportedMeasurementPastTheReportDate_whenAskingForRestatements_thenItIsTheChange() {
        String action = action("1.1", null);
        String benefit = benefit(QUANTITATIVE, HIGHER_IS_BETTER, action);
        officer.measure(benefit, Recorder.newId(), "2022-03-31", "35");
        String september = Recorder.newId();
        officer.measure(benefit, september, "2022-09-30", "40");
        String reportId = Recorder.newId();
        admin.publish(planId, reportId, "2023-02-20", "Performance and Audit Committee", "Progress report");
        awaitProjection();
        Instant publishedAt = Instant.parse(http().get("/api/v1/reports/" + reportId, "viewer")
                .ok()
                .get("publishedAt")
                .asString());
        awaitClockPast(publishedAt);

        Recorded moved = officer.correct(benefit, september, null, "2023-03-31", "Belongs to the March 2023 return");
        awaitProjection();

        JsonNode items = http().get("/api/v1/reports/" + reportId + "/restatements", "auditor")
                .ok()
                .get("items");
        assertThat(items.size()).as(items.toString()).isEqualTo(1);
        JsonNode restated = items.get(0);
        assertThat(restated.get("itemId").asString()).isEqualTo(benefit);
        assertThat(restated.get("aspect").asString()).isEqualTo("MEASUREMENT");
        assertThat(restated.get("reported").asString()).isEqualTo("40 (2022-09-30)");
        assertThat(restated.get("current").asString()).isEqualTo("35 (2022-03-31)");
        // the correction is effective after the report date, yet it is what changed the reported figure
        JsonNode changes = restated.get("changes");
        assertThat(changes.size()).as(changes.toString()).isEqualTo(1);
        assertThat(changes.get(0).get("eventId").asString()).isEqualTo(moved.eventId());
        assertThat(changes.get(0).get("event").asString()).isEqualTo("MeasurementCorrected");
        assertThat(changes.get(0).get("recordedBy").asString()).isEqualTo("officer");
        assertThat(changes.get(0).get("why").asString()).isEqualTo("Belongs to the March 2023 return");
    }

    @Test
    void givenKnownAtBeforeAFactWasRecorded_whenAsked_thenTheFactIsHidden() {
        Instant beforeAnyAction = Instant.now();
        awaitClockPast(beforeAnyAction);
        String action = action("1.1", null);
        String benefit = benefit(QUANTITATIVE, HIGHER_IS_BETTER, action);
        awaitProjection();
        Instant structureKnown = Instant.now();
        awaitClockPast(structureKnown);
        Recorded status = officer.status(action, ON_TARGET, "2022-06-30", "Under way");
        Recorded rag = officer.rag(benefit, AMBER, "2022-06-30", "Behind");
        officer.note(action, "2022-06-30", "Briefings booked");
        awaitProjection();

        JsonNode beforeFacts = summary(planId, "2022-12-31", structureKnown);
        assertThat(count(beforeFacts, "actions", "byStatus", "NOT_STARTED")).isEqualTo(1);
        assertThat(count(beforeFacts, "benefits", "byRag", "NOT_ASSESSED")).isEqualTo(1);
        assertThat(isAbsent(actionOf(dashboard(planId, "2022-12-31", structureKnown), action)
                        .get("latestNote")))
                .isTrue();

        JsonNode atTheStatus = summary(planId, "2022-12-31", status.recordedAt());
        assertThat(count(atTheStatus, "actions", "byStatus", "ON_TARGET")).isEqualTo(1);
        JsonNode atTheRag = summary(planId, "2022-12-31", rag.recordedAt());
        assertThat(count(atTheRag, "benefits", "byRag", "AMBER")).isEqualTo(1);
        assertThat(actionOf(dashboard(planId, "2022-12-31", null), action)
                        .get("latestNote")
                        .get("text")
                        .asString())
                .isEqualTo("Briefings booked");

        JsonNode beforeTheAction = summary(planId, "2022-12-31", beforeAnyAction);
        assertThat(beforeTheAction.get("actions").get("total").asInt()).isZero();
        assertThat(beforeTheAction.get("benefits").get("total").asInt()).isZero();
        assertThat(Instant.parse(beforeTheAction.get("knownAt").asString())).isEqualTo(beforeAnyAction);
    }

    @Test
    void givenDueDates_whenAskedAroundThem_thenOnlyUnfinishedActionsPastTheirDueDateAreOverdue() {
        String due = "2022-12-31";
        String onTarget = action("1.1", due);
        String completedInTime = action("1.2", due);
        String completedLate = action("1.3", due);
        String superseded = action("1.4", due);
        String successor = action("1.5", null);
        String notStarted = action("1.6", due);
        officer.status(onTarget, ON_TARGET, "2022-06-30", "Under way");
        officer.status(completedInTime, COMPLETED, "2022-11-30", "Done");
        officer.status(completedLate, ON_TARGET, "2022-06-30", "Under way");
        officer.status(completedLate, COMPLETED, "2023-03-31", "Done, late");
        officer.supersede(superseded, successor, "2022-10-31", "Replaced by 1.5");
        officer.status(successor, ON_TARGET, "2022-10-31", "Under way");
        awaitProjection();

        assertThat(overdue("2022-12-31")).containsExactly(false, false, false, false, false, false);
        assertThat(overdue("2023-01-01")).containsExactly(true, false, true, false, false, true);
        assertThat(overdue("2023-03-31")).containsExactly(true, false, false, false, false, true);
    }

    @Test
    void givenMeasurementsOverTime_whenAsked_thenTheTrendFollowsTheBenefitsDirection() {
        String action = action("1.1", null);
        String lower = benefit(QUANTITATIVE, LOWER_IS_BETTER, action);
        String higher = benefit(QUANTITATIVE, HIGHER_IS_BETTER, action);
        String steady = benefit(QUANTITATIVE, LOWER_IS_BETTER, action);
        officer.measure(lower, Recorder.newId(), "2021-09-30", "72");
        officer.measure(lower, Recorder.newId(), "2022-03-31", "68");
        officer.measure(lower, Recorder.newId(), "2022-09-30", "75");
        officer.measure(higher, Recorder.newId(), "2021-09-30", "35");
        officer.measure(higher, Recorder.newId(), "2022-03-31", "40");
        officer.measure(higher, Recorder.newId(), "2022-09-30", "38");
        officer.measure(steady, Recorder.newId(), "2021-09-30", "50");
        officer.measure(steady, Recorder.newId(), "2022-03-31", "50.00");
        awaitProjection();

        JsonNode first = dashboard(planId, "2021-12-31", null);
        assertThat(benefitOf(first, lower).get("trend").asString()).isEqualTo("NONE");
        assertThat(isAbsent(benefitOf(first, lower).get("previousMeasurement"))).isTrue();

        JsonNode june = dashboard(planId, "2022-06-30", null);
        assertThat(benefitOf(june, lower).get("trend").asString()).isEqualTo("IMPROVING"); // 72 -> 68, lower is better
        assertThat(benefitOf(june, higher).get("trend").asString()).isEqualTo("IMPROVING"); // 35 -> 40
        assertThat(benefitOf(june, steady).get("trend").asString()).isEqualTo("STEADY");
        assertThat(benefitOf(june, lower).get("latestMeasurement").get("value").decimalValue())
                .isEqualByComparingTo("68");
        assertThat(benefitOf(june, lower)
                        .get("previousMeasurement")
                        .get("value")
                        .decimalValue())
                .isEqualByComparingTo("72");

        JsonNode december = dashboard(planId, "2022-12-31", null);
        assertThat(benefitOf(december, lower).get("trend").asString()).isEqualTo("WORSENING"); // 68 -> 75
        assertThat(benefitOf(december, higher).get("trend").asString()).isEqualTo("WORSENING"); // 40 -> 38

        // a backdated measurement recorded last still takes its place by effective date: 80 (June) -> 75 (September)
        officer.measure(lower, Recorder.newId(), "2022-06-30", "80");
        awaitProjection();
        JsonNode restated = benefitOf(dashboard(planId, "2022-12-31", null), lower);
        assertThat(restated.get("latestMeasurement").get("value").decimalValue())
                .isEqualByComparingTo("75");
        assertThat(restated.get("previousMeasurement").get("value").decimalValue())
                .isEqualByComparingTo("80");
        assertThat(restated.get("trend").asString()).isEqualTo("IMPROVING");
        assertReportVerifies("2022-12-31");
    }

    private String action(String ref, String dueDate) {
        return admin.action(planId, areaId, ref, dueDate == null ? null : d(dueDate), null);
    }

    private String benefit(
            org.promisetracker.api.benefit.BenefitType type,
            org.promisetracker.api.benefit.Direction direction,
            String action) {
        return admin.benefit(planId, type, direction, null, "Benefit " + Recorder.newId(), action);
    }

    /** The overdue flags of the plan's actions, in ref order, as at the date. */
    private List<Boolean> overdue(String asAt) {
        List<Boolean> flags = new ArrayList<>();
        dashboard(planId, asAt, null)
                .get("areas")
                .get(0)
                .get("actions")
                .forEach(a -> flags.add(a.get("overdue").asBoolean()));
        return flags;
    }

    private void assertMeasurement(String benefit, String asAt, Instant knownAt, String value, String effectiveDate) {
        JsonNode latest = benefitOf(dashboard(planId, asAt, knownAt), benefit).get("latestMeasurement");
        assertThat(latest.get("value").decimalValue())
                .as("as at %s known at %s", asAt, knownAt)
                .isEqualByComparingTo(new BigDecimal(value));
        assertThat(latest.get("effectiveDate").asString())
                .as("as at %s known at %s", asAt, knownAt)
                .isEqualTo(effectiveDate);
    }

    /** Publishes a report of the plan and checks that replaying the log re-derives exactly what was frozen. */
    private void assertReportVerifies(String reportDate) {
        String reportId = Recorder.newId();
        admin.publish(planId, reportId, reportDate, "Performance and Audit Committee", "Edge case report");
        awaitProjection();
        JsonNode verification = http().get("/api/v1/reports/" + reportId + "/verification", "auditor")
                .ok();
        assertThat(verification.get("matches").asBoolean())
                .as(verification.toString())
                .isTrue();
    }

    private static List<String> events(JsonNode entries) {
        List<String> events = new ArrayList<>();
        entries.forEach(entry -> events.add(entry.get("event").asString()));
        return events;
    }

    private static boolean isAbsent(JsonNode node) {
        return node == null || node.isNull();
    }
}
