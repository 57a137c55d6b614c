package org.promisetracker.app.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.promisetracker.app.read.Recorder.d;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.promisetracker.api.benefit.BenefitType;
import org.promisetracker.api.benefit.Direction;
import org.promisetracker.api.view.BenefitView;
import org.promisetracker.api.view.PlanItems;
import org.promisetracker.query.asat.AsAt;
import org.promisetracker.query.asat.SqlPlanItems;
import org.promisetracker.query.readmodel.ReadSchemas;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The as-at answers a node keeps: served again only while the plan's version in PostgreSQL is the
 * one they were read at, so an answer is never older than the plan's last projected row.
 */
class PlanAnswersKeptTest extends ReadSideTestBase {

    private static final LocalDate TODAY = LocalDate.of(2023, 6, 30);

    @Autowired
    SqlPlanItems items;

    @Autowired
    ReadSchemas schemas;

    @Autowired
    MeterRegistry meters;

    @Test
    void givenAPlanReadAsAtNow_whenReadAgainLaterWithNothingNew_thenTheKeptAnswerIsServed() {
        Plan plan = plan("Kept while unchanged");
        Recorder.awaitClockPast(Instant.now());
        PlanItems first = items.read(schemas.live(), plan.id, AsAt.of(TODAY, Instant.now()));
        double hits = hits();

        // "now" a moment later: nothing of the plan was recorded in between, so the same answer
        PlanItems again = items.read(schemas.live(), plan.id, AsAt.of(TODAY, Instant.now()));

        assertThat(again).isSameAs(first);
        assertThat(hits()).isEqualTo(hits + 1);
    }

    @Test
    void givenAKeptAnswer_whenAMeasurementOfThePlanIsProjected_thenTheNextReadHasItAndTheOlderKnownAtDoesNot() {
        Plan plan = plan("Read again after a change");
        Instant beforeTheMeasurement = Instant.now();
        Recorder.awaitClockPast(beforeTheMeasurement);
        PlanItems first = items.read(schemas.live(), plan.id, AsAt.of(TODAY, Instant.now()));
        assertThat(latest(first, plan.benefitId)).isNull();

        recorder().measure(plan.benefitId, Recorder.newId(), "2023-05-31", "61");
        awaitProjection();

        PlanItems after = items.read(schemas.live(), plan.id, AsAt.of(TODAY, Instant.now()));
        assertThat(latest(after, plan.benefitId).value()).isEqualByComparingTo("61");
        // known as at before the measurement: the plan as it was then, kept apart from "now"
        PlanItems asKnownBefore = items.read(schemas.live(), plan.id, AsAt.of(TODAY, beforeTheMeasurement));
        assertThat(latest(asKnownBefore, plan.benefitId)).isNull();
        assertThat(asKnownBefore).isEqualTo(first);
    }

    private record Plan(String id, String benefitId) {}

    private Plan plan(String title) {
        Recorder recorder = recorder();
        String planId = recorder.plan(title);
        String areaId = recorder.area(planId, 1, "Improvement area 1");
        String actionId = recorder.action(planId, areaId, "1.1", d("2024-03-31"), d("2021-04-01"));
        String benefitId = recorder.benefit(
                planId, BenefitType.QUANTITATIVE, Direction.HIGHER_IS_BETTER, d("2021-04-01"), title, actionId);
        awaitProjection();
        return new Plan(planId, benefitId);
    }

    private static BenefitView.Measurement latest(PlanItems items, String benefitId) {
        return items.benefits().stream()
                .filter(b -> b.benefitId().equals(benefitId))
                .findFirst()
                .orElseThrow()
                .latestMeasurement();
    }

    private double hits() {
        return meters.get("cache.gets")
                .tag("cache", "plan-answers")
                .tag("result", "hit")
                .functionCounter()
                .count();
    }
}
