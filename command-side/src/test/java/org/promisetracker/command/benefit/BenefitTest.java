package org.promisetracker.command.benefit;

import static org.hamcrest.Matchers.containsString;
import static org.promisetracker.api.benefit.BenefitType.CASHABLE;
import static org.promisetracker.api.benefit.BenefitType.QUALITATIVE;
import static org.promisetracker.api.benefit.BenefitType.QUANTITATIVE;
import static org.promisetracker.command.testing.FixtureSupport.CLOCK;
import static org.promisetracker.command.testing.FixtureSupport.TODAY;
import static org.promisetracker.command.testing.FixtureSupport.conflict;
import static org.promisetracker.command.testing.FixtureSupport.invalid;
import static org.promisetracker.command.testing.FixtureSupport.notFound;
import static org.promisetracker.command.testing.FixtureSupport.recorded;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.promisetracker.api.action.ActionAdded;
import org.promisetracker.api.benefit.AddBenefit;
import org.promisetracker.api.benefit.AssessRag;
import org.promisetracker.api.benefit.Baseline;
import org.promisetracker.api.benefit.BenefitAdded;
import org.promisetracker.api.benefit.BenefitType;
import org.promisetracker.api.benefit.CorrectMeasurement;
import org.promisetracker.api.benefit.Direction;
import org.promisetracker.api.benefit.MeasurementCorrected;
import org.promisetracker.api.benefit.MeasurementRecorded;
import org.promisetracker.api.benefit.Rag;
import org.promisetracker.api.benefit.RagAssessed;
import org.promisetracker.api.benefit.RecordMeasurement;
import org.promisetracker.api.benefit.Target;
import org.promisetracker.api.rules.CommandRejected;
import org.promisetracker.command.directory.InMemoryPlanDirectory;

class BenefitTest {

    private static final String PLAN = "plan-south-ayrshire";
    private static final String OTHER_PLAN = "plan-south-lanarkshire";
    private static final String AREA = "area-1";
    private static final String ACTION_1 = "action-1-1";
    private static final String ACTION_2 = "action-1-2";
    private static final String OTHER_PLANS_ACTION = "action-lanarkshire-1-1";
    private static final String BENEFIT = "benefit-eet";
    private static final String MEASUREMENT = "measurement-q3";
    private static final LocalDate START = LocalDate.of(2021, 4, 1);
    private static final LocalDate END = LocalDate.of(2030, 3, 31);
    private static final LocalDate JAN_31 = LocalDate.of(2023, 1, 31);
    private static final LocalDate FEB_15 = LocalDate.of(2023, 2, 15);

    private static final String TITLE = "Care leavers in education, training or employment";
    private static final String MEASURE = "Percentage of care leavers in a positive destination";
    private static final String METHOD = "Quarterly return";
    private static final String SOURCE = "Pathway team";
    private static final Baseline BASELINE = new Baseline(new BigDecimal("62"), null, LocalDate.of(2021, 3, 31));
    private static final Target TARGET = new Target(new BigDecimal("75"), LocalDate.of(2024, 3, 31));

    private static final BenefitAdded QUANTITATIVE_ADDED = new BenefitAdded(
            BENEFIT,
            PLAN,
            null,
            List.of(ACTION_1, ACTION_2),
            TITLE,
            QUANTITATIVE,
            MEASURE,
            METHOD,
            SOURCE,
            "%",
            Direction.HIGHER_IS_BETTER,
            BASELINE,
            TARGET,
            START);
    private static final BenefitAdded QUALITATIVE_ADDED = new BenefitAdded(
            BENEFIT,
            PLAN,
            null,
            List.of(ACTION_1),
            "Young people's views shape services",
            QUALITATIVE,
            "Case studies and Champions Board feedback",
            "Champions Board minutes",
            null,
            null,
            Direction.HIGHER_IS_BETTER,
            new Baseline(null, "Views gathered ad hoc", LocalDate.of(2021, 3, 31)),
            null,
            START);
    private static final BenefitAdded CASHABLE_ADDED = new BenefitAdded(
            BENEFIT,
            PLAN,
            null,
            List.of(ACTION_1),
            "Fewer external residential placements",
            CASHABLE,
            "Spend on external placements",
            "Finance ledger",
            null,
            "GBP",
            Direction.LOWER_IS_BETTER,
            new Baseline(new BigDecimal("1250000"), null, START),
            null,
            START);

    private static final MeasurementRecorded MEASURED =
            new MeasurementRecorded(BENEFIT, PLAN, MEASUREMENT, JAN_31, new BigDecimal("64.5"), "Q3 return", SOURCE);

    private FixtureConfiguration<Benefit> fixture;
    private final InMemoryPlanDirectory directory = new InMemoryPlanDirectory();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Benefit.class);
        fixture.registerInjectableResource(directory);
        fixture.registerInjectableResource(CLOCK);
        directory
                .addPlan(PLAN, START, END)
                .addArea(AREA, PLAN, 1)
                .addAction(ACTION_1, PLAN, "1.1")
                .addAction(ACTION_2, PLAN, "1.2")
                .addPlan(OTHER_PLAN, START, END)
                .addAction(OTHER_PLANS_ACTION, OTHER_PLAN, "1.1");
    }

    /** The directory as BenefitAdded would have left it. */
    private void benefitInDirectory() {
        directory.addBenefit(BENEFIT, PLAN);
    }

    private static AddBenefit add(
            List<String> actionIds,
            BenefitType type,
            String unit,
            Direction direction,
            Baseline baseline,
            Target target,
            LocalDate effectiveFrom) {
        return new AddBenefit(
                BENEFIT,
                PLAN,
                null,
                actionIds,
                TITLE,
                type,
                MEASURE,
                METHOD,
                SOURCE,
                unit,
                direction,
                baseline,
                target,
                effectiveFrom);
    }

    private static AddBenefit withRef(String ref) {
        return new AddBenefit(
                BENEFIT,
                PLAN,
                ref,
                List.of(ACTION_1, ACTION_2),
                TITLE,
                QUANTITATIVE,
                MEASURE,
                METHOD,
                SOURCE,
                "%",
                null,
                BASELINE,
                TARGET,
                null);
    }

    private static BenefitAdded withRef(BenefitAdded added, String ref) {
        return new BenefitAdded(
                added.benefitId(),
                added.planId(),
                ref,
                added.actionIds(),
                added.title(),
                added.type(),
                added.measure(),
                added.collectionMethod(),
                added.dataSource(),
                added.unit(),
                added.direction(),
                added.baseline(),
                added.target(),
                added.effectiveFrom());
    }

    private static AddBenefit addQuantitative(Baseline baseline, Target target) {
        return add(List.of(ACTION_1), QUANTITATIVE, "%", null, baseline, target, null);
    }

    private static AddBenefit addQualitative(Baseline baseline, Target target) {
        return add(List.of(ACTION_1), QUALITATIVE, null, null, baseline, target, null);
    }

    // AddBenefit

    @Test
    void givenPlanWithActions_whenAddQuantitativeBenefit_thenBenefitAddedWithDefaultsAndItsEventAnswered() {
        fixture.givenNoPriorActivity()
                .when(new AddBenefit(
                        BENEFIT,
                        PLAN,
                        null,
                        List.of(ACTION_1, ACTION_2, ACTION_1),
                        " " + TITLE + " ",
                        QUANTITATIVE,
                        MEASURE + "  ",
                        " " + METHOD,
                        " " + SOURCE + " ",
                        " % ",
                        null,
                        BASELINE,
                        TARGET,
                        null))
                .expectEvents(QUANTITATIVE_ADDED)
                .expectResultMessagePayload(recorded(fixture, BENEFIT, 0));
    }

    @Test
    void givenPlanWithActions_whenAddCashableBenefitWithoutUnit_thenUnitIsGbp() {
        fixture.givenNoPriorActivity()
                .when(new AddBenefit(
                        BENEFIT,
                        PLAN,
                        null,
                        List.of(ACTION_1),
                        "Fewer external residential placements",
                        CASHABLE,
                        "Spend on external placements",
                        "Finance ledger",
                        null,
                        "  ",
                        Direction.LOWER_IS_BETTER,
                        new Baseline(new BigDecimal("1250000"), null, START),
                        null,
                        START))
                .expectEvents(CASHABLE_ADDED);
    }

    @Test
    void givenPlanWithActions_whenAddQuantitativeBenefitWithoutUnit_thenNoUnit() {
        fixture.givenNoPriorActivity()
                .when(add(List.of(ACTION_1), QUANTITATIVE, null, Direction.LOWER_IS_BETTER, null, null, null))
                .expectEvents(new BenefitAdded(
                        BENEFIT,
                        PLAN,
                        null,
                        List.of(ACTION_1),
                        TITLE,
                        QUANTITATIVE,
                        MEASURE,
                        METHOD,
                        SOURCE,
                        null,
                        Direction.LOWER_IS_BETTER,
                        null,
                        null,
                        START));
    }

    @Test
    void givenPlanWithActions_whenAddQualitativeBenefitWithEvidenceBaseline_thenBenefitAdded() {
        Baseline baseline = new Baseline(null, "Views gathered ad hoc", LocalDate.of(2021, 3, 31));
        fixture.givenNoPriorActivity()
                .when(new AddBenefit(
                        BENEFIT,
                        PLAN,
                        null,
                        List.of(ACTION_1),
                        "Young people's views shape services",
                        QUALITATIVE,
                        "Case studies and Champions Board feedback",
                        "Champions Board minutes",
                        null,
                        null,
                        null,
                        baseline,
                        null,
                        null))
                .expectEvents(QUALITATIVE_ADDED);
    }

    @Test
    void givenPlanWithActions_whenAddBenefitEffectiveWithinThePlan_thenThatDateKept() {
        LocalDate from = LocalDate.of(2022, 4, 1);
        fixture.givenNoPriorActivity()
                .when(add(List.of(ACTION_1), QUANTITATIVE, "%", null, null, null, from))
                .expectEvents(new BenefitAdded(
                        BENEFIT,
                        PLAN,
                        null,
                        List.of(ACTION_1),
                        TITLE,
                        QUANTITATIVE,
                        MEASURE,
                        METHOD,
                        SOURCE,
                        "%",
                        Direction.HIGHER_IS_BETTER,
                        null,
                        null,
                        from));
    }

    @Test
    void givenPlanWithActions_whenAddBenefitWithRef_thenRefKeptTrimmed() {
        fixture.givenNoPriorActivity().when(withRef(" B1.1 ")).expectEvents(withRef(QUANTITATIVE_ADDED, "B1.1"));
    }

    @Test
    void givenBenefitWithRefInPlan_whenAddAnotherWithSameRef_thenConflictOnRef() {
        directory.addBenefit("benefit-other", PLAN, "B1.1");

        fixture.givenNoPriorActivity()
                .when(withRef("B1.1"))
                .expectNoEvents()
                .expectException(CommandRejected.Conflict.class)
                .expectExceptionMessage("This plan already has a benefit B1.1.")
                .expectExceptionDetails(conflict("ref"));
    }

    @Test
    void givenBenefitWithRefInAnotherPlan_whenAddSameRefHere_thenBenefitAdded() {
        directory.addBenefit("benefit-other", OTHER_PLAN, "B1.1");

        fixture.givenNoPriorActivity().when(withRef("B1.1")).expectEvents(withRef(QUANTITATIVE_ADDED, "B1.1"));
    }

    @Test
    void givenPlan_whenAddBenefitWithRefTooLong_thenInvalidRef() {
        fixture.givenNoPriorActivity()
                .when(withRef("B".repeat(21)))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("ref"));
    }

    @Test
    void givenBenefitAdded_whenAddBenefitWithSameBody_thenNoEventsAndOriginalAnswered() {
        benefitInDirectory();
        fixture.given(QUANTITATIVE_ADDED, MEASURED)
                .when(add(
                        List.of(ACTION_1, ACTION_2),
                        QUANTITATIVE,
                        "%",
                        Direction.HIGHER_IS_BETTER,
                        BASELINE,
                        TARGET,
                        START))
                .expectNoEvents()
                .expectResultMessagePayload(recorded(fixture, BENEFIT, 0));
    }

    @Test
    void givenBenefitAdded_whenAddBenefitWithSameIdAndDifferentBody_thenConflict() {
        benefitInDirectory();
        fixture.given(QUANTITATIVE_ADDED)
                .when(add(
                        List.of(ACTION_1, ACTION_2),
                        QUANTITATIVE,
                        "%",
                        Direction.LOWER_IS_BETTER,
                        BASELINE,
                        TARGET,
                        null))
                .expectNoEvents()
                .expectException(CommandRejected.Conflict.class)
                .expectExceptionDetails(conflict())
                .expectExceptionMessage("A different benefit is already recorded with this id.");
    }

    @Test
    void givenIdOfAnAction_whenAddBenefit_thenConflict() {
        fixture.given(new GenericDomainEventMessage<>(
                        "Action",
                        ACTION_2,
                        0,
                        new ActionAdded(
                                ACTION_2,
                                PLAN,
                                AREA,
                                "1.2",
                                "Champions Board",
                                "Corporate Parenting Lead Officer",
                                null,
                                null,
                                START,
                                List.of(),
                                null)))
                .when(new AddBenefit(
                        ACTION_2,
                        PLAN,
                        null,
                        List.of(ACTION_1),
                        TITLE,
                        QUANTITATIVE,
                        MEASURE,
                        METHOD,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))
                .expectNoEvents()
                .expectException(CommandRejected.Conflict.class)
                .expectExceptionDetails(conflict())
                .expectExceptionMessage(containsString("already in use"));
    }

    @Test
    void givenIdOfAnArea_whenAddBenefit_thenConflict() {
        fixture.givenNoPriorActivity()
                .when(new AddBenefit(
                        AREA,
                        PLAN,
                        null,
                        List.of(ACTION_1),
                        TITLE,
                        QUANTITATIVE,
                        MEASURE,
                        METHOD,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))
                .expectNoEvents()
                .expectException(CommandRejected.Conflict.class)
                .expectExceptionDetails(conflict());
    }

    @Test
    void givenNoSuchPlan_whenAddBenefit_thenNotFound() {
        fixture.givenNoPriorActivity()
                .when(new AddBenefit(
                        BENEFIT,
                        "plan-unknown",
                        null,
                        List.of(ACTION_1),
                        TITLE,
                        QUANTITATIVE,
                        MEASURE,
                        METHOD,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))
                .expectNoEvents()
                .expectException(CommandRejected.NotFound.class)
                .expectExceptionDetails(notFound())
                .expectExceptionMessage("There is no plan plan-unknown.");
    }

    @Test
    void givenPlan_whenAddBenefitWithoutType_thenInvalidType() {
        fixture.givenNoPriorActivity()
                .when(add(List.of(ACTION_1), null, null, null, null, null, null))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("type"));
    }

    @Test
    void givenPlan_whenAddBenefitWithoutActions_thenInvalidActionIds() {
        fixture.givenNoPriorActivity()
                .when(add(null, QUANTITATIVE, null, null, null, null, null))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("actionIds"))
                .expectExceptionMessage("Name at least one action the benefit is tracked for.");
    }

    @Test
    void givenActionOfAnotherPlan_whenAddBenefitForIt_thenInvalidActionIds() {
        fixture.givenNoPriorActivity()
                .when(add(List.of(ACTION_1, OTHER_PLANS_ACTION), QUANTITATIVE, null, null, null, null, null))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("actionIds"))
                .expectExceptionMessage("The action " + OTHER_PLANS_ACTION + " is not an action of this plan.");
    }

    @Test
    void givenAreaOfThePlan_whenAddBenefitNamingItAsAction_thenInvalidActionIds() {
        fixture.givenNoPriorActivity()
                .when(add(List.of(AREA), QUANTITATIVE, null, null, null, null, null))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("actionIds"));
    }

    @Test
    void givenPlan_whenAddBenefitForUnknownAction_thenInvalidActionIds() {
        fixture.givenNoPriorActivity()
                .when(add(List.of("action-unknown"), QUANTITATIVE, null, null, null, null, null))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("actionIds"));
    }

    @Test
    void givenPlan_whenAddBenefitWithUndatedBaseline_thenInvalidBaselineDate() {
        fixture.givenNoPriorActivity()
                .when(addQuantitative(new Baseline(new BigDecimal("62"), null, null), null))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("baseline.date"));
    }

    @Test
    void givenPlan_whenAddQuantitativeBenefitWithBaselineWithoutValue_thenInvalidBaselineValue() {
        fixture.givenNoPriorActivity()
                .when(addQuantitative(new Baseline(null, "About two thirds", START), null))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("baseline.value"))
                .expectExceptionMessage("A quantitative benefit's baseline needs a value.");
    }

    @Test
    void givenPlan_whenAddCashableBenefitWithBaselineWithoutValue_thenInvalidBaselineValue() {
        fixture.givenNoPriorActivity()
                .when(add(List.of(ACTION_1), CASHABLE, null, null, new Baseline(null, null, START), null, null))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("baseline.value"))
                .expectExceptionMessage("A cashable benefit's baseline needs a value.");
    }

    @Test
    void givenPlan_whenAddQualitativeBenefitWithBaselineWithoutEvidence_thenInvalidBaselineEvidence() {
        fixture.givenNoPriorActivity()
                .when(addQualitative(new Baseline(null, "  ", START), null))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("baseline.evidence"));
    }

    @Test
    void givenPlan_whenAddBenefitWithTargetWithoutValue_thenInvalidTargetValue() {
        fixture.givenNoPriorActivity()
                .when(addQuantitative(BASELINE, new Target(null, LocalDate.of(2024, 3, 31))))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("target.value"));
    }

    @Test
    void givenPlan_whenAddBenefitWithUndatedTarget_thenInvalidTargetDate() {
        fixture.givenNoPriorActivity()
                .when(addQuantitative(BASELINE, new Target(new BigDecimal("75"), null)))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("target.date"));
    }

    @Test
    void givenPlan_whenAddBenefitEffectiveBeforeThePlanStarts_thenInvalidEffectiveFrom() {
        fixture.givenNoPriorActivity()
                .when(add(List.of(ACTION_1), QUANTITATIVE, null, null, null, null, START.minusDays(1)))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("effectiveFrom"))
                .expectExceptionMessage("A benefit counts from a date within the plan, 1 April 2021 to 31 March 2030.");
    }

    @Test
    void givenPlan_whenAddBenefitEffectiveAfterThePlanEnds_thenInvalidEffectiveFrom() {
        fixture.givenNoPriorActivity()
                .when(add(List.of(ACTION_1), QUANTITATIVE, null, null, null, null, END.plusDays(1)))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("effectiveFrom"));
    }

    @Test
    void givenPlan_whenAddBenefitWithoutTitle_thenInvalidTitle() {
        fixture.givenNoPriorActivity()
                .when(new AddBenefit(
                        BENEFIT,
                        PLAN,
                        null,
                        List.of(ACTION_1),
                        " ",
                        QUANTITATIVE,
                        MEASURE,
                        METHOD,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("title"));
    }

    @Test
    void givenPlan_whenAddBenefitWithoutMeasure_thenInvalidMeasure() {
        fixture.givenNoPriorActivity()
                .when(new AddBenefit(
                        BENEFIT,
                        PLAN,
                        null,
                        List.of(ACTION_1),
                        TITLE,
                        QUANTITATIVE,
                        null,
                        METHOD,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("measure"));
    }

    @Test
    void givenPlan_whenAddBenefitWithoutCollectionMethod_thenInvalidCollectionMethod() {
        fixture.givenNoPriorActivity()
                .when(new AddBenefit(
                        BENEFIT,
                        PLAN,
                        null,
                        List.of(ACTION_1),
                        TITLE,
                        QUANTITATIVE,
                        MEASURE,
                        "",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("collectionMethod"));
    }

    // RecordMeasurement

    @Test
    void givenQuantitativeBenefit_whenRecordMeasurement_thenMeasurementRecordedAndItsEventAnswered() {
        benefitInDirectory();
        fixture.given(QUANTITATIVE_ADDED)
                .when(new RecordMeasurement(
                        BENEFIT, MEASUREMENT, JAN_31, new BigDecimal("64.5"), " Q3 return ", " " + SOURCE + " "))
                .expectEvents(MEASURED)
                .expectResultMessagePayload(recorded(fixture, BENEFIT, 1));
    }

    @Test
    void givenQuantitativeBenefit_whenRecordMeasurementWithoutValue_thenInvalidValue() {
        benefitInDirectory();
        fixture.given(QUANTITATIVE_ADDED)
                .when(new RecordMeasurement(BENEFIT, MEASUREMENT, JAN_31, null, "About two thirds", SOURCE))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("value"))
                .expectExceptionMessage("A quantitative benefit is measured by a value.");
    }

    @Test
    void givenCashableBenefit_whenRecordMeasurement_thenMeasurementRecorded() {
        benefitInDirectory();
        fixture.given(CASHABLE_ADDED)
                .when(new RecordMeasurement(
                        BENEFIT, MEASUREMENT, JAN_31, new BigDecimal("980000"), null, "Finance ledger"))
                .expectEvents(new MeasurementRecorded(
                        BENEFIT, PLAN, MEASUREMENT, JAN_31, new BigDecimal("980000"), null, "Finance ledger"));
    }

    @Test
    void givenCashableBenefit_whenRecordMeasurementWithoutValue_thenInvalidValue() {
        benefitInDirectory();
        fixture.given(CASHABLE_ADDED)
                .when(new RecordMeasurement(BENEFIT, MEASUREMENT, JAN_31, null, null, "Finance ledger"))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("value"))
                .expectExceptionMessage("A cashable benefit is measured by a value.");
    }

    @Test
    void givenQualitativeBenefit_whenRecordMeasurementWithEvidence_thenMeasurementRecorded() {
        benefitInDirectory();
        fixture.given(QUALITATIVE_ADDED)
                .when(new RecordMeasurement(
                        BENEFIT,
                        MEASUREMENT,
                        JAN_31,
                        null,
                        " Board chose the new housing pathway ",
                        "Champions Board minutes"))
                .expectEvents(new MeasurementRecorded(
                        BENEFIT,
                        PLAN,
                        MEASUREMENT,
                        JAN_31,
                        null,
                        "Board chose the new housing pathway",
                        "Champions Board minutes"));
    }

    @Test
    void givenQualitativeBenefit_whenRecordMeasurementWithoutEvidence_thenInvalidEvidence() {
        benefitInDirectory();
        fixture.given(QUALITATIVE_ADDED)
                .when(new RecordMeasurement(BENEFIT, MEASUREMENT, JAN_31, null, "  ", "Champions Board minutes"))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("evidence"));
    }

    @Test
    void givenQualitativeBenefit_whenRecordMeasurementWithValue_thenInvalidValue() {
        benefitInDirectory();
        fixture.given(QUALITATIVE_ADDED)
                .when(new RecordMeasurement(
                        BENEFIT, MEASUREMENT, JAN_31, BigDecimal.ONE, "Good", "Champions Board minutes"))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("value"))
                .expectExceptionMessage("A qualitative benefit is measured by evidence, not a value.");
    }

    @Test
    void givenQuantitativeBenefit_whenRecordMeasurementWithoutSource_thenInvalidSource() {
        benefitInDirectory();
        fixture.given(QUANTITATIVE_ADDED)
                .when(new RecordMeasurement(BENEFIT, MEASUREMENT, JAN_31, new BigDecimal("64.5"), null, " "))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("source"));
    }

    @Test
    void givenMeasurementRecorded_whenRecordItAgainWithSameBody_thenNoEventsAndOriginalAnswered() {
        benefitInDirectory();
        fixture.given(QUANTITATIVE_ADDED, MEASURED, new RagAssessed(BENEFIT, PLAN, Rag.GREEN, JAN_31, "On track"))
                .when(new RecordMeasurement(BENEFIT, MEASUREMENT, JAN_31, new BigDecimal("64.5"), "Q3 return", SOURCE))
                .expectNoEvents()
                .expectResultMessagePayload(recorded(fixture, BENEFIT, 1));
    }

    @Test
    void givenMeasurementCorrected_whenRecordTheOriginalAgain_thenNoEventsAndOriginalAnswered() {
        benefitInDirectory();
        fixture.given(
                        QUANTITATIVE_ADDED,
                        MEASURED,
                        new MeasurementCorrected(
                                BENEFIT,
                                PLAN,
                                MEASUREMENT,
                                JAN_31,
                                new BigDecimal("66"),
                                "Q3 return",
                                "Double-counted"))
                .when(new RecordMeasurement(BENEFIT, MEASUREMENT, JAN_31, new BigDecimal("64.5"), "Q3 return", SOURCE))
                .expectNoEvents()
                .expectResultMessagePayload(recorded(fixture, BENEFIT, 1));
    }

    @Test
    void givenMeasurementRecorded_whenRecordSameIdWithDifferentBody_thenConflict() {
        benefitInDirectory();
        fixture.given(QUANTITATIVE_ADDED, MEASURED)
                .when(new RecordMeasurement(BENEFIT, MEASUREMENT, JAN_31, new BigDecimal("65"), "Q3 return", SOURCE))
                .expectNoEvents()
                .expectException(CommandRejected.Conflict.class)
                .expectExceptionDetails(conflict())
                .expectExceptionMessage("A different measurement is already recorded with this id.");
    }

    @Test
    void givenMeasurementRecorded_whenRecordAnotherIdWithSameBody_thenMeasurementRecorded() {
        benefitInDirectory();
        fixture.given(QUANTITATIVE_ADDED, MEASURED)
                .when(new RecordMeasurement(
                        BENEFIT, "measurement-q4", JAN_31, new BigDecimal("64.5"), "Q3 return", SOURCE))
                .expectEvents(new MeasurementRecorded(
                        BENEFIT, PLAN, "measurement-q4", JAN_31, new BigDecimal("64.5"), "Q3 return", SOURCE));
    }

    @Test
    void givenQuantitativeBenefit_whenRecordMeasurementEffectiveToday_thenMeasurementRecorded() {
        benefitInDirectory();
        fixture.given(QUANTITATIVE_ADDED)
                .when(new RecordMeasurement(BENEFIT, MEASUREMENT, TODAY, BigDecimal.TEN, null, SOURCE))
                .expectEvents(new MeasurementRecorded(BENEFIT, PLAN, MEASUREMENT, TODAY, BigDecimal.TEN, null, SOURCE));
    }

    @Test
    void givenQuantitativeBenefit_whenRecordMeasurementEffectiveTomorrow_thenInvalidEffectiveDate() {
        benefitInDirectory();
        fixture.given(QUANTITATIVE_ADDED)
                .when(new RecordMeasurement(BENEFIT, MEASUREMENT, TODAY.plusDays(1), BigDecimal.TEN, null, SOURCE))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("effectiveDate"))
                .expectExceptionMessage(containsString("is in the future"));
    }

    @Test
    void givenQuantitativeBenefit_whenRecordMeasurementEffectiveBeforeThePlanStarts_thenInvalidEffectiveDate() {
        benefitInDirectory();
        fixture.given(QUANTITATIVE_ADDED)
                .when(new RecordMeasurement(BENEFIT, MEASUREMENT, START.minusDays(1), BigDecimal.TEN, null, SOURCE))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("effectiveDate"))
                .expectExceptionMessage(containsString("is before the plan starts"));
    }

    @Test
    void givenQuantitativeBenefit_whenRecordMeasurementWithoutEffectiveDate_thenInvalidEffectiveDate() {
        benefitInDirectory();
        fixture.given(QUANTITATIVE_ADDED)
                .when(new RecordMeasurement(BENEFIT, MEASUREMENT, null, BigDecimal.TEN, null, SOURCE))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("effectiveDate"));
    }

    @Test
    void givenNothingRecorded_whenRecordMeasurement_thenAggregateNotFound() {
        fixture.givenNoPriorActivity()
                .when(new RecordMeasurement(BENEFIT, MEASUREMENT, JAN_31, BigDecimal.TEN, null, SOURCE))
                .expectNoEvents()
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void givenIdOfAnAction_whenRecordMeasurement_thenNotFound() {
        fixture.given(actionStream())
                .when(new RecordMeasurement(ACTION_1, MEASUREMENT, JAN_31, BigDecimal.TEN, null, SOURCE))
                .expectNoEvents()
                .expectException(CommandRejected.NotFound.class)
                .expectExceptionDetails(notFound())
                .expectExceptionMessage("There is no benefit " + ACTION_1 + ".");
    }

    // CorrectMeasurement

    @Test
    void givenMeasurementRecorded_whenCorrectItsValue_thenCorrectionCarriesTheWholeMeasurement() {
        benefitInDirectory();
        fixture.given(QUANTITATIVE_ADDED, MEASURED)
                .when(new CorrectMeasurement(
                        BENEFIT,
                        MEASUREMENT,
                        new BigDecimal("66"),
                        null,
                        null,
                        " The return double-counted one young person "))
                .expectEvents(new MeasurementCorrected(
                        BENEFIT,
                        PLAN,
                        MEASUREMENT,
                        JAN_31,
                        new BigDecimal("66"),
                        "Q3 return",
                        "The return double-counted one young person"))
                .expectResultMessagePayload(recorded(fixture, BENEFIT, 2));
    }

    @Test
    void givenMeasurementCorrected_whenCorrectItsEffectiveDate_thenCorrectionCarriesTheCorrectedValue() {
        benefitInDirectory();
        fixture.given(
                        QUANTITATIVE_ADDED,
                        MEASURED,
                        new MeasurementCorrected(
                                BENEFIT,
                                PLAN,
                                MEASUREMENT,
                                JAN_31,
                                new BigDecimal("66"),
                                "Q3 return (revised)",
                                "Double-counted"))
                .when(new CorrectMeasurement(BENEFIT, MEASUREMENT, null, null, FEB_15, "Return was dated wrongly"))
                .expectEvents(new MeasurementCorrected(
                        BENEFIT,
                        PLAN,
                        MEASUREMENT,
                        FEB_15,
                        new BigDecimal("66"),
                        "Q3 return (revised)",
                        "Return was dated wrongly"));
    }

    @Test
    void givenMeasurementRedated_whenCorrectItsValue_thenCorrectionCarriesTheCorrectedDateAndEvidence() {
        benefitInDirectory();
        fixture.given(
                        QUANTITATIVE_ADDED,
                        MEASURED,
                        new MeasurementCorrected(
                                BENEFIT,
                                PLAN,
                                MEASUREMENT,
                                FEB_15,
                                new BigDecimal("64.5"),
                                "Q3 return, resubmitted",
                                "Return was dated wrongly"))
                .when(new CorrectMeasurement(BENEFIT, MEASUREMENT, new BigDecimal("66"), null, null, "Double-counted"))
                .expectEvents(new MeasurementCorrected(
                        BENEFIT,
                        PLAN,
                        MEASUREMENT,
                        FEB_15,
                        new BigDecimal("66"),
                        "Q3 return, resubmitted",
                        "Double-counted"));
    }

    @Test
    void givenMeasurementCorrected_whenCorrectBackToTheOriginalValue_thenCorrectionRecorded() {
        benefitInDirectory();
        fixture.given(
                        QUANTITATIVE_ADDED,
                        MEASURED,
                        new MeasurementCorrected(
                                BENEFIT,
                                PLAN,
                                MEASUREMENT,
                                JAN_31,
                                new BigDecimal("66"),
                                "Q3 return",
                                "Double-counted"))
                .when(new CorrectMeasurement(
                        BENEFIT,
                        MEASUREMENT,
                        new BigDecimal("64.5"),
                        null,
                        null,
                        "The first figure was right after all"))
                .expectEvents(new MeasurementCorrected(
                        BENEFIT,
                        PLAN,
                        MEASUREMENT,
                        JAN_31,
                        new BigDecimal("64.5"),
                        "Q3 return",
                        "The first figure was right after all"));
    }

    @Test
    void givenMeasurementCorrected_whenCorrectToTheValueItHasNow_thenInvalidAsNothingChanges() {
        benefitInDirectory();
        fixture.given(
                        QUANTITATIVE_ADDED,
                        MEASURED,
                        new MeasurementCorrected(
                                BENEFIT,
                                PLAN,
                                MEASUREMENT,
                                JAN_31,
                                new BigDecimal("66"),
                                "Q3 return",
                                "Double-counted"))
                .when(new CorrectMeasurement(BENEFIT, MEASUREMENT, new BigDecimal("66.00"), null, null, "Again"))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid(null))
                .expectExceptionMessage(containsString("The correction changes nothing"));
    }

    @Test
    void givenMeasurementRecorded_whenCorrectionRepeatsWhatItSays_thenInvalidAsNothingChanges() {
        benefitInDirectory();
        fixture.given(QUANTITATIVE_ADDED, MEASURED)
                .when(new CorrectMeasurement(
                        BENEFIT, MEASUREMENT, new BigDecimal("64.50"), " Q3 return ", JAN_31, "Checked"))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid(null));
    }

    @Test
    void givenMeasurementRecorded_whenCorrectionGivesOnlyAReason_thenInvalidAsNothingChanges() {
        benefitInDirectory();
        fixture.given(QUANTITATIVE_ADDED, MEASURED)
                .when(new CorrectMeasurement(BENEFIT, MEASUREMENT, null, null, null, "Checked"))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid(null));
    }

    @Test
    void givenMeasurementRecorded_whenCorrectWithoutReason_thenInvalidReason() {
        benefitInDirectory();
        fixture.given(QUANTITATIVE_ADDED, MEASURED)
                .when(new CorrectMeasurement(BENEFIT, MEASUREMENT, new BigDecimal("66"), null, null, "  "))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("reason"));
    }

    @Test
    void givenBenefitWithoutThatMeasurement_whenCorrectIt_thenNotFound() {
        benefitInDirectory();
        fixture.given(QUANTITATIVE_ADDED, MEASURED)
                .when(new CorrectMeasurement(BENEFIT, "measurement-unknown", new BigDecimal("66"), null, null, "Typo"))
                .expectNoEvents()
                .expectException(CommandRejected.NotFound.class)
                .expectExceptionDetails(notFound())
                .expectExceptionMessage("This benefit has no measurement measurement-unknown.");
    }

    @Test
    void givenMeasurementRecorded_whenCorrectEffectiveDateToTomorrow_thenInvalidEffectiveDate() {
        benefitInDirectory();
        fixture.given(QUANTITATIVE_ADDED, MEASURED)
                .when(new CorrectMeasurement(BENEFIT, MEASUREMENT, null, null, TODAY.plusDays(1), "Wrong date"))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("effectiveDate"))
                .expectExceptionMessage(containsString("is in the future"));
    }

    @Test
    void givenMeasurementRecorded_whenCorrectEffectiveDateToBeforeThePlan_thenInvalidEffectiveDate() {
        benefitInDirectory();
        fixture.given(QUANTITATIVE_ADDED, MEASURED)
                .when(new CorrectMeasurement(BENEFIT, MEASUREMENT, null, null, START.minusDays(1), "Wrong date"))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("effectiveDate"))
                .expectExceptionMessage(containsString("is before the plan starts"));
    }

    @Test
    void givenQualitativeMeasurement_whenCorrectItsEvidence_thenCorrectionRecorded() {
        benefitInDirectory();
        MeasurementRecorded measured = new MeasurementRecorded(
                BENEFIT, PLAN, MEASUREMENT, JAN_31, null, "Board chose the housing pathway", "Board minutes");
        fixture.given(QUALITATIVE_ADDED, measured)
                .when(new CorrectMeasurement(
                        BENEFIT,
                        MEASUREMENT,
                        null,
                        " Board chose the new housing pathway ",
                        null,
                        "Minutes were amended"))
                .expectEvents(new MeasurementCorrected(
                        BENEFIT,
                        PLAN,
                        MEASUREMENT,
                        JAN_31,
                        null,
                        "Board chose the new housing pathway",
                        "Minutes were amended"));
    }

    @Test
    void givenQualitativeMeasurement_whenCorrectWithAValue_thenInvalidValue() {
        benefitInDirectory();
        MeasurementRecorded measured = new MeasurementRecorded(
                BENEFIT, PLAN, MEASUREMENT, JAN_31, null, "Board chose the housing pathway", "Board minutes");
        fixture.given(QUALITATIVE_ADDED, measured)
                .when(new CorrectMeasurement(BENEFIT, MEASUREMENT, BigDecimal.ONE, null, null, "Scored"))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("value"));
    }

    @Test
    void givenIdOfAnAction_whenCorrectMeasurement_thenNotFound() {
        fixture.given(actionStream())
                .when(new CorrectMeasurement(ACTION_1, MEASUREMENT, BigDecimal.TEN, null, null, "Typo"))
                .expectNoEvents()
                .expectException(CommandRejected.NotFound.class)
                .expectExceptionDetails(notFound());
    }

    // AssessRag

    @Test
    void givenBenefitAdded_whenAssessRag_thenRagAssessedAndItsEventAnswered() {
        benefitInDirectory();
        fixture.given(QUANTITATIVE_ADDED, MEASURED)
                .when(new AssessRag(BENEFIT, Rag.AMBER, JAN_31, "  Two points short of the trajectory "))
                .expectEvents(new RagAssessed(BENEFIT, PLAN, Rag.AMBER, JAN_31, "Two points short of the trajectory"))
                .expectResultMessagePayload(recorded(fixture, BENEFIT, 2));
    }

    @Test
    void givenBenefitAdded_whenAssessNotAssessed_thenInvalidRag() {
        benefitInDirectory();
        fixture.given(QUANTITATIVE_ADDED)
                .when(new AssessRag(BENEFIT, Rag.NOT_ASSESSED, JAN_31, "Not yet"))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("rag"))
                .expectExceptionMessage("Assess the benefit as GREEN, AMBER or RED.");
    }

    @Test
    void givenBenefitAdded_whenAssessWithoutRag_thenInvalidRag() {
        benefitInDirectory();
        fixture.given(QUANTITATIVE_ADDED)
                .when(new AssessRag(BENEFIT, null, JAN_31, "Forgot"))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("rag"));
    }

    @Test
    void givenBenefitAdded_whenAssessRagWithoutRationale_thenInvalidRationale() {
        benefitInDirectory();
        fixture.given(QUANTITATIVE_ADDED)
                .when(new AssessRag(BENEFIT, Rag.RED, JAN_31, " "))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("rationale"));
    }

    @Test
    void givenBenefitAdded_whenAssessRagEffectiveTomorrow_thenInvalidEffectiveDate() {
        benefitInDirectory();
        fixture.given(QUANTITATIVE_ADDED)
                .when(new AssessRag(BENEFIT, Rag.GREEN, TODAY.plusDays(1), "On track"))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("effectiveDate"))
                .expectExceptionMessage(containsString("is in the future"));
    }

    @Test
    void givenBenefitAdded_whenAssessRagEffectiveBeforeThePlanStarts_thenInvalidEffectiveDate() {
        benefitInDirectory();
        fixture.given(QUANTITATIVE_ADDED)
                .when(new AssessRag(BENEFIT, Rag.GREEN, START.minusDays(1), "On track"))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("effectiveDate"))
                .expectExceptionMessage(containsString("is before the plan starts"));
    }

    @Test
    void givenBenefitAdded_whenAssessRagWithoutEffectiveDate_thenInvalidEffectiveDate() {
        benefitInDirectory();
        fixture.given(QUANTITATIVE_ADDED)
                .when(new AssessRag(BENEFIT, Rag.GREEN, null, "On track"))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("effectiveDate"));
    }

    @Test
    void givenNothingRecorded_whenAssessRag_thenAggregateNotFound() {
        fixture.givenNoPriorActivity()
                .when(new AssessRag(BENEFIT, Rag.GREEN, JAN_31, "On track"))
                .expectNoEvents()
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void givenIdOfAnAction_whenAssessRag_thenNotFound() {
        fixture.given(actionStream())
                .when(new AssessRag(ACTION_1, Rag.GREEN, JAN_31, "On track"))
                .expectNoEvents()
                .expectException(CommandRejected.NotFound.class)
                .expectExceptionDetails(notFound());
    }

    // A published report locks the period up to its date

    private static final LocalDate REPORT_DATE = LocalDate.of(2023, 2, 20);
    private static final String LOCKED = "The period to 20 February 2023 was reported to the Performance and Audit"
            + " Committee; give a lateReason to record this.";

    private void reported() {
        directory.addReport("report-1", PLAN, "Performance and Audit Committee", REPORT_DATE);
    }

    @Test
    void givenAReport_whenMeasurementDatedBeforeItWithoutLateReason_thenConflictNamingCommitteeAndDate() {
        benefitInDirectory();
        reported();
        fixture.given(QUANTITATIVE_ADDED)
                .when(new RecordMeasurement(BENEFIT, MEASUREMENT, JAN_31, new BigDecimal("64.5"), "Q3 return", SOURCE))
                .expectNoEvents()
                .expectException(CommandRejected.Conflict.class)
                .expectExceptionDetails(conflict("lateReason"))
                .expectExceptionMessage(LOCKED);
    }

    @Test
    void givenAReport_whenMeasurementDatedBeforeItWithLateReason_thenRecordedWithTheReason() {
        benefitInDirectory();
        reported();
        fixture.given(QUANTITATIVE_ADDED)
                .when(new RecordMeasurement(
                        BENEFIT,
                        MEASUREMENT,
                        JAN_31,
                        new BigDecimal("64.5"),
                        "Q3 return",
                        SOURCE,
                        "The Q3 return came in after the paper went out."))
                .expectEvents(new MeasurementRecorded(
                        BENEFIT,
                        PLAN,
                        MEASUREMENT,
                        JAN_31,
                        new BigDecimal("64.5"),
                        "Q3 return",
                        SOURCE,
                        "The Q3 return came in after the paper went out."));
    }

    @Test
    void givenAReport_whenMeasurementWithoutValueDatedBeforeIt_thenInvalidValueFirst() {
        benefitInDirectory();
        reported();
        fixture.given(QUANTITATIVE_ADDED)
                .when(new RecordMeasurement(BENEFIT, MEASUREMENT, JAN_31, null, "Q3 return", SOURCE))
                .expectNoEvents()
                .expectExceptionDetails(invalid("value"));
    }

    @Test
    void givenAReport_whenMeasurementDatedAfterIt_thenRecordedWithoutReason() {
        benefitInDirectory();
        reported();
        fixture.given(QUANTITATIVE_ADDED)
                .when(new RecordMeasurement(
                        BENEFIT, MEASUREMENT, REPORT_DATE.plusDays(1), new BigDecimal("64.5"), null, SOURCE))
                .expectEvents(new MeasurementRecorded(
                        BENEFIT, PLAN, MEASUREMENT, REPORT_DATE.plusDays(1), new BigDecimal("64.5"), null, SOURCE));
    }

    @Test
    void givenMeasurementRecordedBeforeTheReport_whenRecordItAgainAfterTheReport_thenNoEventsAndOriginalAnswered() {
        benefitInDirectory();
        reported();
        fixture.given(QUANTITATIVE_ADDED, MEASURED)
                .when(new RecordMeasurement(BENEFIT, MEASUREMENT, JAN_31, new BigDecimal("64.5"), "Q3 return", SOURCE))
                .expectNoEvents()
                .expectResultMessagePayload(recorded(fixture, BENEFIT, 1));
    }

    @Test
    void givenMeasurementRecordedLate_whenRecordItAgainWithAnotherLateReason_thenNoEventsAndOriginalAnswered() {
        benefitInDirectory();
        reported();
        fixture.given(
                        QUANTITATIVE_ADDED,
                        new MeasurementRecorded(
                                BENEFIT,
                                PLAN,
                                MEASUREMENT,
                                JAN_31,
                                new BigDecimal("64.5"),
                                "Q3 return",
                                SOURCE,
                                "Came in late."))
                .when(new RecordMeasurement(
                        BENEFIT, MEASUREMENT, JAN_31, new BigDecimal("64.5"), "Q3 return", SOURCE, "Sent again."))
                .expectNoEvents()
                .expectResultMessagePayload(recorded(fixture, BENEFIT, 1));
    }

    @Test
    void givenMeasurementAndAReport_whenCorrectedWithItsReasonAndNoLateReason_thenCorrectionRecorded() {
        benefitInDirectory();
        reported();
        fixture.given(QUANTITATIVE_ADDED, MEASURED)
                .when(new CorrectMeasurement(
                        BENEFIT, MEASUREMENT, new BigDecimal("66"), null, null, "The return double-counted one"))
                .expectEvents(new MeasurementCorrected(
                        BENEFIT,
                        PLAN,
                        MEASUREMENT,
                        JAN_31,
                        new BigDecimal("66"),
                        "Q3 return",
                        "The return double-counted one"));
    }

    @Test
    void givenAReport_whenRagDatedBeforeItWithoutLateReason_thenConflict() {
        benefitInDirectory();
        reported();
        fixture.given(QUANTITATIVE_ADDED)
                .when(new AssessRag(BENEFIT, Rag.AMBER, FEB_15, "Two points short"))
                .expectNoEvents()
                .expectExceptionDetails(conflict("lateReason"))
                .expectExceptionMessage(LOCKED);
    }

    @Test
    void givenAReport_whenRagDatedBeforeItWithLateReason_thenRecordedWithTheReason() {
        benefitInDirectory();
        reported();
        fixture.given(QUANTITATIVE_ADDED)
                .when(new AssessRag(BENEFIT, Rag.AMBER, FEB_15, "Two points short", "Agreed at the March review."))
                .expectEvents(new RagAssessed(
                        BENEFIT, PLAN, Rag.AMBER, FEB_15, "Two points short", "Agreed at the March review."));
    }

    @Test
    void givenAReport_whenRagWithoutRationaleDatedBeforeIt_thenInvalidRationaleFirst() {
        benefitInDirectory();
        reported();
        fixture.given(QUANTITATIVE_ADDED)
                .when(new AssessRag(BENEFIT, Rag.AMBER, FEB_15, null))
                .expectNoEvents()
                .expectExceptionDetails(invalid("rationale"));
    }

    /** The stream of action 1.1, typed as the Action aggregate stores it. */
    private static GenericDomainEventMessage<ActionAdded> actionStream() {
        return new GenericDomainEventMessage<>(
                "Action",
                ACTION_1,
                0,
                new ActionAdded(
                        ACTION_1,
                        PLAN,
                        AREA,
                        "1.1",
                        "Care leavers' pathway",
                        "Throughcare Manager",
                        null,
                        null,
                        START,
                        List.of(),
                        null));
    }
}
