package org.promisetracker.query.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.promisetracker.api.action.ActionStatus.ON_TARGET;
import static org.promisetracker.api.action.ActionStatus.SUPERSEDED;
import static org.promisetracker.api.benefit.BenefitType.QUANTITATIVE;
import static org.promisetracker.api.benefit.Direction.HIGHER_IS_BETTER;
import static org.promisetracker.api.benefit.Rag.GREEN;
import static org.promisetracker.platform.testing.StoredTime.awaitClockPast;
import static org.promisetracker.query.testing.GivenEvents.d;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.promisetracker.api.view.ActionDetail;
import org.promisetracker.api.view.ActionLabel;
import org.promisetracker.api.view.ActionView;
import org.promisetracker.api.view.BenefitDetail;
import org.promisetracker.api.view.BenefitDetail.Measurement;
import org.promisetracker.api.view.BenefitView;
import org.promisetracker.api.view.FindAction;
import org.promisetracker.api.view.FindBenefit;
import org.promisetracker.api.view.FindPlanDashboard;
import org.promisetracker.api.view.PlanDashboard;
import org.promisetracker.api.view.PlanHeader;
import org.promisetracker.query.testing.GivenEvents;
import org.promisetracker.query.testing.QuerySideTestBase;

/**
 * FindAction and FindBenefit answer one item as its page shows it: the item as the plan's dashboard
 * shows it for the same as-at date and known-at instant, its measurements as they read then, and
 * nothing for an id that names no item of the kind asked for.
 */
class ItemQueriesTest extends QuerySideTestBase {

    private static final String PLAN_TITLE = "Item queries ";
    private static final String AREA_TITLE = "Workforce understands the promise";
    private static final LocalDate LATER = d("2023-03-01");
    private static final RecursiveComparisonConfiguration BY_VALUE = RecursiveComparisonConfiguration.builder()
            .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
            .build();

    String planTitle;
    String planId;
    String areaId;
    String oldId;
    String newId;
    String benefitId;
    String firstMeasurement;
    String secondMeasurement;
    Instant beforeCorrection;
    Instant now;

    @BeforeEach
    void givenAPlan() {
        GivenEvents officer = given();
        GivenEvents admin = officer.as("admin");
        planTitle = PLAN_TITLE + GivenEvents.newId();
        planId = admin.plan(planTitle);
        areaId = admin.area(planId, 1, AREA_TITLE);
        oldId = admin.action(planId, areaId, "1.1", d("2023-03-31"), null);
        newId = admin.action(planId, areaId, "1.2", null, d("2022-04-01"));
        benefitId = admin.benefit(
                planId, QUANTITATIVE, HIGHER_IS_BETTER, d("2022-01-01"), "Care leavers in work", oldId, newId);
        officer.status(oldId, ON_TARGET, "2022-06-30", "Under way");
        officer.note(oldId, "2022-06-30", "Training plan agreed");
        officer.supersede(oldId, newId, "2023-01-31", "Replaced by the new action");
        officer.rag(benefitId, GREEN, "2022-06-30", "On track");
        firstMeasurement = GivenEvents.newId();
        secondMeasurement = GivenEvents.newId();
        officer.measure(benefitId, firstMeasurement, "2022-03-31", "40");
        Instant measured = officer.measure(benefitId, secondMeasurement, "2022-09-30", "55")
                .recordedAt();
        awaitClockPast(measured);
        beforeCorrection = Instant.now();
        awaitClockPast(beforeCorrection);
        officer.correct(benefitId, firstMeasurement, "2022-12-31", "45", "Late returns counted");
        awaitProjection();
        now = Instant.now();
    }

    @Test
    void givenASupersededAction_whenFound_thenItsPlanAreaSuccessorAndOtherActionsAreAnswered() {
        ActionDetail detail = action(oldId, LATER, now);

        assertThat(detail.planId()).isEqualTo(planId);
        assertThat(detail.planTitle()).isEqualTo(planTitle);
        assertThat(detail.area()).isEqualTo(new PlanHeader.AreaHeader(areaId, 1, AREA_TITLE));
        ActionView action = detail.action();
        assertThat(action.actionId()).isEqualTo(oldId);
        assertThat(action.ref()).isEqualTo("1.1");
        assertThat(action.status()).isEqualTo(SUPERSEDED);
        assertThat(action.statusDate()).isEqualTo(d("2023-01-31"));
        assertThat(action.statusComment()).isEqualTo("Replaced by the new action");
        assertThat(action.supersededBy()).isEqualTo(newId);
        assertThat(action.latestNote()).isEqualTo(new ActionView.Note(d("2022-06-30"), "Training plan agreed"));
        assertThat(action.overdue()).isFalse();
        ActionLabel successor = new ActionLabel(newId, "1.2", "Illustrative action 1.2");
        assertThat(detail.supersededBy()).isEqualTo(successor);
        assertThat(detail.otherActions()).containsExactly(successor);
        assertThat(detail.parked()).isEmpty();
        assertThat(action).isEqualTo(dashboardAction(oldId, LATER, now));
    }

    @Test
    void givenAnActionBeforeItsSuccession_whenFoundAsAtThen_thenItIsAsTheDashboardShowsItThen() {
        LocalDate asAt = d("2022-07-01");
        ActionDetail detail = action(oldId, asAt, now);

        assertThat(detail.action().status()).isEqualTo(ON_TARGET);
        assertThat(detail.action().supersededBy()).isNull();
        assertThat(detail.supersededBy()).isNull();
        assertThat(detail.action()).isEqualTo(dashboardAction(oldId, asAt, now));
    }

    @Test
    void givenAnActionThatCountsLater_whenFoundAsAtABeforeDate_thenItsViewIsNullAndItIsNoOtherAction() {
        LocalDate asAt = d("2022-03-31");

        ActionDetail later = action(newId, asAt, now);
        assertThat(later.planId()).isEqualTo(planId);
        assertThat(later.action()).isNull();
        assertThat(dashboardAction(newId, asAt, now)).isNull();
        assertThat(later.otherActions()).containsExactly(new ActionLabel(oldId, "1.1", "Illustrative action 1.1"));
        assertThat(action(oldId, asAt, now).otherActions()).isEmpty();
    }

    @Test
    void givenACorrectedMeasurement_whenTheBenefitIsFound_thenMeasurementsReadCorrectedByEffectiveDate() {
        BenefitDetail detail = benefit(benefitId, LATER, now);

        assertThat(detail.planId()).isEqualTo(planId);
        assertThat(detail.planTitle()).isEqualTo(planTitle);
        assertThat(detail.actions())
                .containsExactly(
                        new ActionLabel(oldId, "1.1", "Illustrative action 1.1"),
                        new ActionLabel(newId, "1.2", "Illustrative action 1.2"));
        assertThat(detail.measurements())
                .usingRecursiveFieldByFieldElementComparator(BY_VALUE)
                .containsExactly(
                        new Measurement(
                                secondMeasurement,
                                d("2022-09-30"),
                                new BigDecimal("55"),
                                null,
                                "Service records",
                                false),
                        new Measurement(
                                firstMeasurement,
                                d("2022-12-31"),
                                new BigDecimal("45"),
                                null,
                                "Service records",
                                true));
        assertThat(detail.parked()).isEmpty();
        BenefitView benefit = detail.benefit();
        assertThat(benefit.benefitId()).isEqualTo(benefitId);
        assertThat(benefit.actionIds()).containsExactly(oldId, newId);
        assertThat(benefit.rag()).isEqualTo(GREEN);
        assertThat(benefit.latestMeasurement().measurementId()).isEqualTo(firstMeasurement);
        assertThat(benefit.previousMeasurement().measurementId()).isEqualTo(secondMeasurement);
        assertThat(benefit).isEqualTo(dashboardBenefit(benefitId, LATER, now));
    }

    @Test
    void givenAKnownAtBeforeTheCorrection_whenTheBenefitIsFound_thenTheMeasurementReadsAsRecorded() {
        BenefitDetail detail = benefit(benefitId, LATER, beforeCorrection);

        assertThat(detail.measurements())
                .usingRecursiveFieldByFieldElementComparator(BY_VALUE)
                .containsExactly(
                        new Measurement(
                                firstMeasurement,
                                d("2022-03-31"),
                                new BigDecimal("40"),
                                null,
                                "Service records",
                                false),
                        new Measurement(
                                secondMeasurement,
                                d("2022-09-30"),
                                new BigDecimal("55"),
                                null,
                                "Service records",
                                false));
        assertThat(detail.benefit().latestMeasurement().measurementId()).isEqualTo(secondMeasurement);
        assertThat(detail.benefit()).isEqualTo(dashboardBenefit(benefitId, LATER, beforeCorrection));
    }

    @Test
    void givenABenefitThatCountsLater_whenFoundAsAtABeforeDate_thenItsViewIsNull() {
        LocalDate asAt = d("2021-12-31");
        BenefitDetail detail = benefit(benefitId, asAt, now);

        assertThat(detail.planId()).isEqualTo(planId);
        assertThat(detail.benefit()).isNull();
        assertThat(dashboardBenefit(benefitId, asAt, now)).isNull();
        assertThat(detail.actions()).containsExactly(new ActionLabel(oldId, "1.1", "Illustrative action 1.1"));
    }

    @Test
    void givenIdsOfNoItemOrOfAnotherKind_whenFound_thenNothingIsAnswered() {
        assertThat(action(GivenEvents.newId(), LATER, now)).isNull();
        assertThat(action(benefitId, LATER, now)).isNull();
        assertThat(action(planId, LATER, now)).isNull();
        assertThat(benefit(GivenEvents.newId(), LATER, now)).isNull();
        assertThat(benefit(oldId, LATER, now)).isNull();
        assertThat(benefit(planId, LATER, now)).isNull();
    }

    private ActionDetail action(String actionId, LocalDate asAt, Instant knownAt) {
        return query(new FindAction(actionId, asAt, knownAt), ActionDetail.class);
    }

    private BenefitDetail benefit(String benefitId, LocalDate asAt, Instant knownAt) {
        return query(new FindBenefit(benefitId, asAt, knownAt), BenefitDetail.class);
    }

    private PlanDashboard dashboard(LocalDate asAt, Instant knownAt) {
        return query(new FindPlanDashboard(planId, asAt, knownAt), PlanDashboard.class);
    }

    private ActionView dashboardAction(String actionId, LocalDate asAt, Instant knownAt) {
        return dashboard(asAt, knownAt).areas().stream()
                .flatMap(area -> area.actions().stream())
                .filter(action -> action.actionId().equals(actionId))
                .findFirst()
                .orElse(null);
    }

    private BenefitView dashboardBenefit(String benefitId, LocalDate asAt, Instant knownAt) {
        return dashboard(asAt, knownAt).areas().stream()
                .flatMap(area -> area.benefits().stream())
                .filter(benefit -> benefit.benefitId().equals(benefitId))
                .findFirst()
                .orElse(null);
    }
}
