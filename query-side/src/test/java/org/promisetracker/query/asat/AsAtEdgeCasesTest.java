package org.promisetracker.query.asat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.promisetracker.api.action.ActionStatus.COMPLETED;
import static org.promisetracker.api.action.ActionStatus.NOT_STARTED;
import static org.promisetracker.api.action.ActionStatus.ON_TARGET;
import static org.promisetracker.api.action.ActionStatus.PROGRESSING;
import static org.promisetracker.api.benefit.BenefitType.QUALITATIVE;
import static org.promisetracker.api.benefit.BenefitType.QUANTITATIVE;
import static org.promisetracker.api.benefit.Direction.HIGHER_IS_BETTER;
import static org.promisetracker.api.benefit.Direction.LOWER_IS_BETTER;
import static org.promisetracker.api.benefit.Rag.AMBER;
import static org.promisetracker.api.benefit.Rag.GREEN;
import static org.promisetracker.api.benefit.Rag.NOT_ASSESSED;
import static org.promisetracker.api.benefit.Rag.RED;
import static org.promisetracker.api.view.BenefitView.Trend.IMPROVING;
import static org.promisetracker.api.view.BenefitView.Trend.NONE;
import static org.promisetracker.api.view.BenefitView.Trend.STEADY;
import static org.promisetracker.api.view.BenefitView.Trend.WORSENING;
import static org.promisetracker.platform.testing.StoredTime.awaitClockPast;
import static org.promisetracker.query.testing.GivenEvents.d;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.promisetracker.api.Recorded;
import org.promisetracker.api.benefit.BenefitType;
import org.promisetracker.api.benefit.Direction;
import org.promisetracker.api.summary.PlanSummary;
import org.promisetracker.api.view.BenefitView;
import org.promisetracker.api.view.EventType;
import org.promisetracker.api.view.FindReport;
import org.promisetracker.api.view.FindRestatements;
import org.promisetracker.api.view.History;
import org.promisetracker.api.view.PlanDashboard;
import org.promisetracker.api.view.ReportView;
import org.promisetracker.api.view.Restatements;
import org.promisetracker.api.view.Verification;
import org.promisetracker.api.view.VerifyReport;
import org.promisetracker.query.testing.GivenEvents;
import org.promisetracker.query.testing.QuerySideTestBase;

/**
 * The bitemporal rules of API.md at their edges, each on a small plan of its own, read through the
 * query gateway:
 * which fact counts as at a date (ties, the date itself, items that start counting later), what is
 * known at an instant (facts recorded later are hidden, corrections of corrections), and the
 * derived flags (not assessed, overdue, trend).
 */
class AsAtEdgeCasesTest extends QuerySideTestBase {

    GivenEvents officer;
    GivenEvents admin;
    String planId;
    String areaId;

    @BeforeEach
    void givenANewPlan() {
        officer = given();
        admin = officer.as("admin");
        planId = admin.plan("As-at edge cases " + GivenEvents.newId());
        areaId = admin.area(planId, 1, "Workforce understands the promise");
    }

    @Test
    void givenFactsEffectiveOnTheAsAtDate_whenAskedAsAtThatDate_thenTheyCountButNotTheDayBefore() {
        String action = action("1.1", null);
        String benefit = benefit(QUANTITATIVE, HIGHER_IS_BETTER, action);
        officer.status(action, ON_TARGET, "2022-06-30", "Under way");
        officer.rag(benefit, GREEN, "2022-06-30", "On track");
        officer.measure(benefit, GivenEvents.newId(), "2022-06-30", "40");
        awaitProjection();

        PlanSummary onTheDay = summary(planId, "2022-06-30", null);
        assertThat(onTheDay.actions().count(ON_TARGET)).isEqualTo(1);
        assertThat(onTheDay.benefits().count(GREEN)).isEqualTo(1);
        PlanDashboard dashboard = dashboard(planId, "2022-06-30", null);
        assertThat(actionOf(dashboard, action).statusDate()).isEqualTo(d("2022-06-30"));
        assertThat(benefitOf(dashboard, benefit).ragDate()).isEqualTo(d("2022-06-30"));
        assertThat(benefitOf(dashboard, benefit).latestMeasurement().effectiveDate())
                .isEqualTo(d("2022-06-30"));

        PlanSummary dayBefore = summary(planId, "2022-06-29", null);
        assertThat(dayBefore.actions().count(NOT_STARTED)).isEqualTo(1);
        assertThat(dayBefore.actions().count(ON_TARGET)).isZero();
        assertThat(dayBefore.benefits().count(NOT_ASSESSED)).isEqualTo(1);
        assertThat(benefitOf(dashboard(planId, "2022-06-29", null), benefit).latestMeasurement())
                .isNull();
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

        PlanSummary summary = summary(planId, "2022-06-30", null);
        assertThat(summary.actions().count(PROGRESSING)).isEqualTo(1);
        assertThat(summary.benefits().count(GREEN)).isEqualTo(1);
        PlanDashboard dashboard = dashboard(planId, "2022-12-31", null);
        assertThat(actionOf(dashboard, action).statusComment()).isEqualTo("second");
        assertThat(benefitOf(dashboard, benefit).rationale()).isEqualTo("second");
        // known only up to the first, the first stands
        assertThat(summary(planId, "2022-06-30", first.recordedAt()).actions().count(ON_TARGET))
                .isEqualTo(1);

        // a third on the same date wins again, whatever the status: it is the recording order that decides
        officer.status(action, ON_TARGET, "2022-06-30", "third");
        officer.rag(benefit, RED, "2022-06-30", "third");
        // an earlier effective date recorded later does not beat a later effective date
        officer.status(action, COMPLETED, "2022-09-30", "done");
        officer.status(action, PROGRESSING, "2022-08-31", "backdated");
        awaitProjection();
        assertThat(actionOf(dashboard(planId, "2022-07-31", null), action).statusComment())
                .isEqualTo("third");
        assertThat(benefitOf(dashboard(planId, "2022-07-31", null), benefit).rag())
                .isEqualTo(RED);
        assertThat(actionOf(dashboard(planId, "2022-08-31", null), action).status())
                .isEqualTo(PROGRESSING);
        assertThat(actionOf(dashboard(planId, "2022-10-01", null), action).status())
                .isEqualTo(COMPLETED);
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

        PlanSummary before = summary(planId, "2022-08-31", null);
        assertThat(before.actions().total()).isEqualTo(1);
        assertThat(before.benefits().total()).isEqualTo(1);
        assertThat(before.narrative())
                .isEqualTo("Of our one action, one has not started. Of our one benefit, one is quantitative. "
                        + "One benefit has not been assessed.");
        PlanDashboard beforeDashboard = dashboard(planId, "2022-08-31", null);
        assertThat(actionOf(beforeDashboard, later)).isNull();
        assertThat(benefitOf(beforeDashboard, laterBenefit)).isNull();

        PlanSummary from = summary(planId, "2022-09-01", null);
        assertThat(from.actions().total()).isEqualTo(2);
        assertThat(from.actions().count(ON_TARGET)).isEqualTo(1);
        assertThat(from.actions().count(NOT_STARTED)).isEqualTo(1);
        assertThat(from.benefits().total()).isEqualTo(2);
        assertThat(from.benefits().count(QUALITATIVE)).isEqualTo(1);
    }

    @Test
    void
            givenABenefitWhoseOnlyActionStartsLater_whenAskedBeforeThatAction_thenTheDashboardStillShowsItInTheActionsArea() {
        action("1.1", null);
        String later = admin.action(planId, areaId, "1.2", null, d("2022-09-01"));
        String benefit =
                admin.benefit(planId, QUALITATIVE, HIGHER_IS_BETTER, null, "Counts from the plan start", later);
        awaitProjection();

        PlanDashboard dashboard = dashboard(planId, "2022-08-31", null);

        assertThat(actionOf(dashboard, later)).isNull();
        assertThat(benefitOf(dashboard, benefit)).isNotNull();
        assertThat(dashboard.summary().benefits().total()).isEqualTo(1);
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

        PlanSummary june = summary(planId, "2022-06-30", null);
        assertThat(june.benefits().byRag()).isEqualTo(Map.of(GREEN, 1, AMBER, 0, RED, 0, NOT_ASSESSED, 2));
        assertThat(june.narrative())
                .isEqualTo(
                        "Of our one action, one is on target. Of our three benefits, two are qualitative and one is quantitative. "
                                + "One benefit is green and two have not been assessed.");
        BenefitView unassessed = benefitOf(dashboard(planId, "2022-06-30", null), never);
        assertThat(unassessed.rag()).isEqualTo(NOT_ASSESSED);
        assertThat(unassessed.ragDate()).isNull();

        assertThat(summary(planId, "2022-07-31", null).narrative())
                .isEqualTo(
                        "Of our one action, one is on target. Of our three benefits, two are qualitative and one is quantitative. "
                                + "One benefit is green, one is amber and one has not been assessed.");
    }

    @Test
    void givenACorrectionOfACorrection_whenAskedAtDifferentKnownAts_thenTheLatestCorrectionKnownThenApplies() {
        String action = action("1.1", null);
        String benefit = benefit(QUANTITATIVE, HIGHER_IS_BETTER, action);
        String measurement = GivenEvents.newId();
        Recorded original = officer.measure(benefit, measurement, "2022-03-31", "35");
        awaitClockPast(original.recordedAt());
        Recorded firstCorrection =
                officer.correct(benefit, measurement, "2022-03-31", "36", "Late returns from two teams");
        awaitClockPast(firstCorrection.recordedAt());
        Recorded secondCorrection =
                officer.correct(benefit, measurement, "2022-04-30", "37", "Counted at the wrong month end");
        awaitProjection();

        assertMeasurement(benefit, "2022-06-30", null, "37", "2022-04-30");
        assertMeasurement(benefit, "2022-06-30", secondCorrection.recordedAt(), "37", "2022-04-30");
        assertMeasurement(benefit, "2022-06-30", firstCorrection.recordedAt(), "36", "2022-03-31");
        assertMeasurement(benefit, "2022-06-30", secondCorrection.recordedAt().minusMillis(1), "36", "2022-03-31");
        assertMeasurement(benefit, "2022-06-30", original.recordedAt(), "35", "2022-03-31");
        assertThat(benefitOf(
                                dashboard(
                                        planId,
                                        "2022-06-30",
                                        original.recordedAt().minusMillis(1)),
                                benefit)
                        .latestMeasurement())
                .isNull();
        // the second correction moved it to 30 April: as now known there was none on 15 April, as known before there
        // was
        assertThat(benefitOf(dashboard(planId, "2022-04-15", null), benefit).latestMeasurement())
                .isNull();
        assertMeasurement(benefit, "2022-04-15", firstCorrection.recordedAt(), "36", "2022-03-31");

        History history = history(benefit);
        List<History.Entry> entries = history.entries();
        assertThat(events(entries))
                .containsExactly(
                        EventType.BenefitAdded,
                        EventType.MeasurementRecorded,
                        EventType.MeasurementCorrected,
                        EventType.MeasurementCorrected);
        assertThat(entries.get(1).corrects()).isNull();
        History.Entry first = entries.get(2);
        assertThat(first.corrects()).isEqualTo(measurement);
        assertThat(first.value()).isEqualByComparingTo("36");
        assertThat(first.text()).isEqualTo("Late returns from two teams");
        assertThat(first.correctsWhat().value()).isEqualByComparingTo("35");
        assertThat(first.correctsWhat().effectiveDate()).isEqualTo(d("2022-03-31"));
        History.Entry second = entries.get(3);
        assertThat(second.corrects()).isEqualTo(measurement);
        assertThat(second.effectiveDate()).isEqualTo(d("2022-04-30"));
        assertThat(second.value()).isEqualByComparingTo("37");
        assertThat(second.source()).isEqualTo("Service records");
        assertThat(second.correctsWhat().value()).isEqualByComparingTo("36");
        assertThat(second.correctsWhat().effectiveDate()).isEqualTo(d("2022-03-31"));
        assertReportVerifies("2022-06-30");
    }

    @Test
    void givenACorrectionMovingAReportedMeasurementPastTheReportDate_whenAskingForRestatements_thenItIsTheChange() {
        String action = action("1.1", null);
        String benefit = benefit(QUANTITATIVE, HIGHER_IS_BETTER, action);
        officer.measure(benefit, GivenEvents.newId(), "2022-03-31", "35");
        String september = GivenEvents.newId();
        officer.measure(benefit, september, "2022-09-30", "40");
        String reportId = GivenEvents.newId();
        admin.publish(planId, reportId, "2023-02-20", "Performance and Audit Committee", "Progress report");
        awaitProjection();
        Instant publishedAt = query(new FindReport(reportId), ReportView.class).publishedAt();
        awaitClockPast(publishedAt);

        Recorded moved = officer.correct(benefit, september, "2023-03-31", "40", "Belongs to the March 2023 return");
        awaitProjection();

        List<Restatements.Restatement> items =
                query(new FindRestatements(reportId), Restatements.class).items();
        assertThat(items.size()).as(items.toString()).isEqualTo(1);
        Restatements.Restatement restated = items.get(0);
        assertThat(restated.itemId()).isEqualTo(benefit);
        assertThat(restated.aspect()).isEqualTo(Restatements.Aspect.MEASUREMENT);
        assertThat(restated.reported()).isEqualTo("40 (2022-09-30)");
        assertThat(restated.current()).isEqualTo("35 (2022-03-31)");
        // the correction is effective after the report date, yet it is what changed the reported figure
        List<Restatements.Change> changes = restated.changes();
        assertThat(changes.size()).as(changes.toString()).isEqualTo(1);
        assertThat(changes.get(0).eventId()).isEqualTo(moved.eventId());
        assertThat(changes.get(0).event()).isEqualTo(EventType.MeasurementCorrected);
        assertThat(changes.get(0).recordedBy()).isEqualTo("officer");
        assertThat(changes.get(0).why()).isEqualTo("Belongs to the March 2023 return");
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

        PlanSummary beforeFacts = summary(planId, "2022-12-31", structureKnown);
        assertThat(beforeFacts.actions().count(NOT_STARTED)).isEqualTo(1);
        assertThat(beforeFacts.benefits().count(NOT_ASSESSED)).isEqualTo(1);
        assertThat(actionOf(dashboard(planId, "2022-12-31", structureKnown), action)
                        .latestNote())
                .isNull();

        PlanSummary atTheStatus = summary(planId, "2022-12-31", status.recordedAt());
        assertThat(atTheStatus.actions().count(ON_TARGET)).isEqualTo(1);
        PlanSummary atTheRag = summary(planId, "2022-12-31", rag.recordedAt());
        assertThat(atTheRag.benefits().count(AMBER)).isEqualTo(1);
        assertThat(actionOf(dashboard(planId, "2022-12-31", null), action)
                        .latestNote()
                        .text())
                .isEqualTo("Briefings booked");

        PlanSummary beforeTheAction = summary(planId, "2022-12-31", beforeAnyAction);
        assertThat(beforeTheAction.actions().total()).isZero();
        assertThat(beforeTheAction.benefits().total()).isZero();
        assertThat(beforeTheAction.knownAt()).isEqualTo(beforeAnyAction);
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
        officer.measure(lower, GivenEvents.newId(), "2021-09-30", "72");
        officer.measure(lower, GivenEvents.newId(), "2022-03-31", "68");
        officer.measure(lower, GivenEvents.newId(), "2022-09-30", "75");
        officer.measure(higher, GivenEvents.newId(), "2021-09-30", "35");
        officer.measure(higher, GivenEvents.newId(), "2022-03-31", "40");
        officer.measure(higher, GivenEvents.newId(), "2022-09-30", "38");
        officer.measure(steady, GivenEvents.newId(), "2021-09-30", "50");
        officer.measure(steady, GivenEvents.newId(), "2022-03-31", "50.00");
        awaitProjection();

        PlanDashboard first = dashboard(planId, "2021-12-31", null);
        assertThat(benefitOf(first, lower).trend()).isEqualTo(NONE);
        assertThat(benefitOf(first, lower).previousMeasurement()).isNull();

        PlanDashboard june = dashboard(planId, "2022-06-30", null);
        assertThat(benefitOf(june, lower).trend()).isEqualTo(IMPROVING); // 72 -> 68, lower is better
        assertThat(benefitOf(june, higher).trend()).isEqualTo(IMPROVING); // 35 -> 40
        assertThat(benefitOf(june, steady).trend()).isEqualTo(STEADY);
        assertThat(benefitOf(june, lower).latestMeasurement().value()).isEqualByComparingTo("68");
        assertThat(benefitOf(june, lower).previousMeasurement().value()).isEqualByComparingTo("72");

        PlanDashboard december = dashboard(planId, "2022-12-31", null);
        assertThat(benefitOf(december, lower).trend()).isEqualTo(WORSENING); // 68 -> 75
        assertThat(benefitOf(december, higher).trend()).isEqualTo(WORSENING); // 40 -> 38

        // a backdated measurement recorded last still takes its place by effective date: 80 (June) -> 75 (September)
        officer.measure(lower, GivenEvents.newId(), "2022-06-30", "80");
        awaitProjection();
        BenefitView restated = benefitOf(dashboard(planId, "2022-12-31", null), lower);
        assertThat(restated.latestMeasurement().value()).isEqualByComparingTo("75");
        assertThat(restated.previousMeasurement().value()).isEqualByComparingTo("80");
        assertThat(restated.trend()).isEqualTo(IMPROVING);
        assertReportVerifies("2022-12-31");
    }

    private String action(String ref, String dueDate) {
        return admin.action(planId, areaId, ref, dueDate == null ? null : d(dueDate), null);
    }

    private String benefit(BenefitType type, Direction direction, String action) {
        return admin.benefit(planId, type, direction, null, "Benefit " + GivenEvents.newId(), action);
    }

    /** The overdue flags of the plan's actions, in ref order, as at the date. */
    private List<Boolean> overdue(String asAt) {
        List<Boolean> flags = new ArrayList<>();
        dashboard(planId, asAt, null).areas().get(0).actions().forEach(a -> flags.add(a.overdue()));
        return flags;
    }

    private void assertMeasurement(String benefit, String asAt, Instant knownAt, String value, String effectiveDate) {
        BenefitView.Measurement latest =
                benefitOf(dashboard(planId, asAt, knownAt), benefit).latestMeasurement();
        assertThat(latest.value())
                .as("as at %s known at %s", asAt, knownAt)
                .isEqualByComparingTo(new BigDecimal(value));
        assertThat(latest.effectiveDate())
                .as("as at %s known at %s", asAt, knownAt)
                .isEqualTo(d(effectiveDate));
    }

    /** Publishes a report of the plan and checks that replaying the log re-derives exactly what was frozen. */
    private void assertReportVerifies(String reportDate) {
        String reportId = GivenEvents.newId();
        admin.publish(planId, reportId, reportDate, "Performance and Audit Committee", "Edge case report");
        awaitProjection();
        Verification verification = query(new VerifyReport(reportId), Verification.class);
        assertThat(verification.matches()).as(verification.toString()).isTrue();
    }

    private static List<EventType> events(List<History.Entry> entries) {
        return entries.stream().map(History.Entry::event).toList();
    }
}
