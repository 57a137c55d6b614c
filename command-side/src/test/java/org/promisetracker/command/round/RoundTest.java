package org.promisetracker.command.round;

import static org.promisetracker.command.testing.FixtureSupport.CLOCK;
import static org.promisetracker.command.testing.FixtureSupport.TODAY;
import static org.promisetracker.command.testing.FixtureSupport.conflict;
import static org.promisetracker.command.testing.FixtureSupport.invalid;
import static org.promisetracker.command.testing.FixtureSupport.notFound;
import static org.promisetracker.command.testing.FixtureSupport.recorded;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.promisetracker.api.round.ItemWaived;
import org.promisetracker.api.round.OpenRound;
import org.promisetracker.api.round.RecordReminder;
import org.promisetracker.api.round.RecordReminderOutcome;
import org.promisetracker.api.round.ReminderDecision;
import org.promisetracker.api.round.ReminderOccasion;
import org.promisetracker.api.round.ReminderOutcome;
import org.promisetracker.api.round.ReminderOutcomeRecorded;
import org.promisetracker.api.round.ReminderRecorded;
import org.promisetracker.api.round.ReviewUpdate;
import org.promisetracker.api.round.RoundItem;
import org.promisetracker.api.round.RoundOpened;
import org.promisetracker.api.round.RoundSignedOff;
import org.promisetracker.api.round.SignOffRound;
import org.promisetracker.api.round.SubmitUpdate;
import org.promisetracker.api.round.UpdateApproved;
import org.promisetracker.api.round.UpdateReturned;
import org.promisetracker.api.round.UpdateSubmitted;
import org.promisetracker.api.round.WaiveItem;
import org.promisetracker.api.view.ItemKind;
import org.promisetracker.command.directory.InMemoryPlanDirectory;

class RoundTest {

    private static final String PLAN = "plan-south-ayrshire";
    private static final String OTHER_PLAN = "plan-south-lanarkshire";
    private static final String ROUND = "round-2023-02";
    private static final String ACTION = "action-1-1";
    private static final String BENEFIT = "benefit-1";
    private static final LocalDate REPORT_DATE = LocalDate.of(2023, 2, 20);
    private static final LocalDate DUE = LocalDate.of(2023, 1, 31);
    private static final String COMMITTEE = "Performance and Audit Committee";
    private static final List<RoundItem> ITEMS =
            List.of(new RoundItem(ACTION, ItemKind.ACTION), new RoundItem(BENEFIT, ItemKind.BENEFIT));

    private static final OpenRound OPEN =
            new OpenRound(ROUND, PLAN, "February 2023 progress report", COMMITTEE, REPORT_DATE, DUE, ITEMS);
    private static final RoundOpened OPENED =
            new RoundOpened(ROUND, PLAN, "February 2023 progress report", COMMITTEE, REPORT_DATE, DUE, ITEMS);

    private FixtureConfiguration<Round> fixture;
    private final InMemoryPlanDirectory directory = new InMemoryPlanDirectory();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Round.class);
        fixture.registerInjectableResource(directory);
        fixture.registerInjectableResource(CLOCK);
        directory
                .addPlan(PLAN, LocalDate.of(2021, 4, 1), LocalDate.of(2030, 3, 31))
                .addAction(ACTION, PLAN, "1.1")
                .addBenefit(BENEFIT, PLAN)
                .addPlan(OTHER_PLAN, LocalDate.of(2021, 4, 1), LocalDate.of(2030, 3, 31))
                .addAction("action-elsewhere", OTHER_PLAN, "1.1");
    }

    @Test
    void givenPlan_whenOpenRound_thenRoundOpenedWithItsItemsAndItsEventAnswered() {
        fixture.givenNoPriorActivity()
                .when(OPEN)
                .expectEvents(OPENED)
                .expectResultMessagePayload(recorded(fixture, ROUND, 0));
    }

    @Test
    void givenRoundOpened_whenOpenedAgainTheSame_thenNothingNew() {
        fixture.given(OPENED).when(OPEN).expectNoEvents();
    }

    @Test
    void givenPlan_whenOpenRoundWithAnotherPlansItemOrNoneOrTwice_thenInvalidNamingTheItem() {
        fixture.givenNoPriorActivity()
                .when(new OpenRound(
                        ROUND,
                        PLAN,
                        "t",
                        COMMITTEE,
                        REPORT_DATE,
                        DUE,
                        List.of(
                                new RoundItem(ACTION, ItemKind.ACTION),
                                new RoundItem("action-elsewhere", ItemKind.ACTION))))
                .expectNoEvents()
                .expectExceptionDetails(invalid("items[1]"));
        fixture.givenNoPriorActivity()
                .when(new OpenRound(ROUND, PLAN, "t", COMMITTEE, REPORT_DATE, DUE, List.of()))
                .expectExceptionDetails(invalid("items"));
        fixture.givenNoPriorActivity()
                .when(new OpenRound(
                        ROUND,
                        PLAN,
                        "t",
                        COMMITTEE,
                        REPORT_DATE,
                        DUE,
                        List.of(new RoundItem(ACTION, ItemKind.ACTION), new RoundItem(ACTION, ItemKind.ACTION))))
                .expectExceptionDetails(invalid("items[1]"));
        fixture.givenNoPriorActivity()
                .when(new OpenRound(
                        ROUND,
                        PLAN,
                        "t",
                        COMMITTEE,
                        REPORT_DATE,
                        DUE,
                        List.of(new RoundItem(BENEFIT, ItemKind.ACTION))))
                .expectExceptionDetails(invalid("items[0]"));
    }

    @Test
    void givenPlan_whenUpdatesAreDueAfterTheReportDate_thenInvalid() {
        fixture.givenNoPriorActivity()
                .when(new OpenRound(ROUND, PLAN, "t", COMMITTEE, REPORT_DATE, REPORT_DATE.plusDays(1), ITEMS))
                .expectNoEvents()
                .expectExceptionDetails(invalid("updatesDue"));
    }

    @Test
    void givenNoPlan_whenOpenRound_thenNotFound() {
        fixture.givenNoPriorActivity()
                .when(new OpenRound(ROUND, "no-such-plan", "t", COMMITTEE, REPORT_DATE, DUE, ITEMS))
                .expectNoEvents()
                .expectExceptionDetails(notFound());
    }

    @Test
    void givenRound_whenSubmittingWithAFactOrWithAComment_thenSubmitted() {
        fixture.given(OPENED)
                .when(new SubmitUpdate(ROUND, ACTION, null, "event-status-1"))
                .expectEvents(new UpdateSubmitted(ROUND, PLAN, ACTION, null, "event-status-1"));
        fixture.given(OPENED)
                .when(new SubmitUpdate(ROUND, BENEFIT, " Nothing has changed since the last report. ", null))
                .expectEvents(
                        new UpdateSubmitted(ROUND, PLAN, BENEFIT, "Nothing has changed since the last report.", null));
    }

    @Test
    void givenRound_whenSubmittingWithNeitherAFactNorAComment_thenInvalidAskingForOne() {
        fixture.given(OPENED)
                .when(new SubmitUpdate(ROUND, ACTION, "  ", null))
                .expectNoEvents()
                .expectExceptionDetails(invalid("comment"));
    }

    @Test
    void givenRound_whenSubmittingAnItemNotInIt_thenNotFound() {
        fixture.given(OPENED)
                .when(new SubmitUpdate(ROUND, "action-elsewhere", null, "event-1"))
                .expectNoEvents()
                .expectExceptionDetails(notFound());
    }

    @Test
    void givenSubmitted_whenSubmittedAgain_thenConflict() {
        fixture.given(OPENED, new UpdateSubmitted(ROUND, PLAN, ACTION, null, "event-1"))
                .when(new SubmitUpdate(ROUND, ACTION, null, "event-2"))
                .expectNoEvents()
                .expectExceptionDetails(conflict());
    }

    @Test
    void givenSubmitted_whenReturnedWithoutAComment_thenInvalid_andWithOne_thenDueAgain() {
        fixture.given(OPENED, new UpdateSubmitted(ROUND, PLAN, ACTION, null, "event-1"))
                .when(new ReviewUpdate(ROUND, ACTION, false, null))
                .expectNoEvents()
                .expectExceptionDetails(invalid("comment"));
        fixture.given(
                        OPENED,
                        new UpdateSubmitted(ROUND, PLAN, ACTION, null, "event-1"),
                        new UpdateReturned(ROUND, PLAN, ACTION, "Say what the briefings covered."))
                .when(new SubmitUpdate(ROUND, ACTION, null, "event-2"))
                .expectEvents(new UpdateSubmitted(ROUND, PLAN, ACTION, null, "event-2"));
    }

    @Test
    void givenDue_whenReviewed_thenConflict() {
        fixture.given(OPENED)
                .when(new ReviewUpdate(ROUND, ACTION, true, null))
                .expectNoEvents()
                .expectExceptionDetails(conflict());
    }

    @Test
    void givenAnItemNotApprovedOrWaived_whenSigningOff_thenConflict() {
        fixture.given(
                        OPENED,
                        new UpdateSubmitted(ROUND, PLAN, ACTION, null, "event-1"),
                        new UpdateApproved(ROUND, PLAN, ACTION, null))
                .when(new SignOffRound(ROUND))
                .expectNoEvents()
                .expectExceptionDetails(conflict());
    }

    @Test
    void givenEveryItemApprovedOrWaived_whenSigningOff_thenSignedOffAndNothingChangesAfter() {
        fixture.given(
                        OPENED,
                        new UpdateSubmitted(ROUND, PLAN, ACTION, null, "event-1"),
                        new UpdateApproved(ROUND, PLAN, ACTION, "Good."),
                        new ItemWaived(ROUND, PLAN, BENEFIT, "Data are published annually, in June."))
                .when(new SignOffRound(ROUND))
                .expectEvents(new RoundSignedOff(ROUND, PLAN));
        fixture.given(
                        OPENED,
                        new ItemWaived(ROUND, PLAN, ACTION, "r"),
                        new ItemWaived(ROUND, PLAN, BENEFIT, "r"),
                        new RoundSignedOff(ROUND, PLAN))
                .when(new WaiveItem(ROUND, ACTION, "again"))
                .expectNoEvents()
                .expectExceptionDetails(conflict());
    }

    @Test
    void givenRound_whenWaivingWithoutAReason_thenInvalid() {
        fixture.given(OPENED)
                .when(new WaiveItem(ROUND, BENEFIT, " "))
                .expectNoEvents()
                .expectExceptionDetails(invalid("reason"));
    }

    @Test
    void givenRound_whenRemindingOfDueAndSubmittedItems_thenRecordedOfTheDueOnesOnly() {
        fixture.given(OPENED, new UpdateSubmitted(ROUND, PLAN, BENEFIT, null, "event-1"))
                .when(new RecordReminder(
                        ROUND, "reminder-1", "Officer", ReminderOccasion.WEEK_BEFORE, List.of(ACTION, BENEFIT, "x")))
                .expectEvents(new ReminderRecorded(
                        ROUND, PLAN, "reminder-1", "Officer", TODAY, ReminderOccasion.WEEK_BEFORE, List.of(ACTION)))
                .expectResultMessagePayload(new ReminderDecision("reminder-1", List.of(ACTION)));
    }

    @Test
    void givenReminderToday_whenRemindingTheSamePersonAgainInAnyCase_thenNothingRecorded() {
        ReminderRecorded today = new ReminderRecorded(
                ROUND, PLAN, "reminder-1", "officer", TODAY, ReminderOccasion.DUE_TODAY, List.of(ACTION));
        fixture.given(OPENED, today)
                .when(new RecordReminder(ROUND, "reminder-2", "OFFICER", ReminderOccasion.CHASED, List.of(ACTION)))
                .expectNoEvents()
                .expectResultMessagePayload(ReminderDecision.none("reminder-2"));
        fixture.given(OPENED, today)
                .when(new RecordReminder(ROUND, "reminder-3", "plan.officer", ReminderOccasion.CHASED, List.of(ACTION)))
                .expectEvents(new ReminderRecorded(
                        ROUND, PLAN, "reminder-3", "plan.officer", TODAY, ReminderOccasion.CHASED, List.of(ACTION)));
    }

    @Test
    void givenReminderYesterday_whenRemindingToday_thenRecorded() {
        fixture.given(
                        OPENED,
                        new ReminderRecorded(
                                ROUND,
                                PLAN,
                                "reminder-1",
                                "officer",
                                TODAY.minusDays(1),
                                ReminderOccasion.OVERDUE,
                                List.of(ACTION)))
                .when(new RecordReminder(ROUND, "reminder-2", "officer", ReminderOccasion.CHASED, List.of(ACTION)))
                .expectEvents(new ReminderRecorded(
                        ROUND, PLAN, "reminder-2", "officer", TODAY, ReminderOccasion.CHASED, List.of(ACTION)));
    }

    @Test
    void givenNothingDueOrSignedOff_whenReminding_thenNothingRecorded() {
        fixture.given(
                        OPENED,
                        new UpdateSubmitted(ROUND, PLAN, ACTION, null, "event-1"),
                        new UpdateSubmitted(ROUND, PLAN, BENEFIT, null, "event-2"))
                .when(new RecordReminder(
                        ROUND, "reminder-1", "officer", ReminderOccasion.OVERDUE, List.of(ACTION, BENEFIT)))
                .expectNoEvents()
                .expectResultMessagePayload(ReminderDecision.none("reminder-1"));
        fixture.given(
                        OPENED,
                        new ItemWaived(ROUND, PLAN, ACTION, "r"),
                        new ItemWaived(ROUND, PLAN, BENEFIT, "r"),
                        new RoundSignedOff(ROUND, PLAN))
                .when(new RecordReminder(ROUND, "reminder-1", "officer", ReminderOccasion.CHASED, List.of(ACTION)))
                .expectNoEvents()
                .expectResultMessagePayload(ReminderDecision.none("reminder-1"));
    }

    @Test
    void givenRound_whenRemindingWithoutAUsernameOrAnOccasion_thenInvalid() {
        fixture.given(OPENED)
                .when(new RecordReminder(ROUND, "reminder-1", " ", ReminderOccasion.CHASED, List.of(ACTION)))
                .expectNoEvents()
                .expectExceptionDetails(invalid("username"));
        fixture.given(OPENED)
                .when(new RecordReminder(ROUND, "reminder-1", "officer", null, List.of(ACTION)))
                .expectExceptionDetails(invalid("occasion"));
    }

    @Test
    void givenReminder_whenItsOutcomeIsRecordedOnceOrTwiceTheSame_thenOneEvent_andAnotherOutcomeConflicts() {
        ReminderRecorded reminder = new ReminderRecorded(
                ROUND, PLAN, "reminder-1", "officer", TODAY, ReminderOccasion.CHASED, List.of(ACTION));
        ReminderOutcomeRecorded sent =
                new ReminderOutcomeRecorded(ROUND, PLAN, "reminder-1", ReminderOutcome.SENT, "officer@example.org");
        fixture.given(OPENED, reminder)
                .when(new RecordReminderOutcome(ROUND, "reminder-1", ReminderOutcome.SENT, " officer@example.org "))
                .expectEvents(sent);
        fixture.given(OPENED, reminder, sent)
                .when(new RecordReminderOutcome(ROUND, "reminder-1", ReminderOutcome.SENT, "again"))
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
        fixture.given(OPENED, reminder, sent)
                .when(new RecordReminderOutcome(ROUND, "reminder-1", ReminderOutcome.FAILED, "later"))
                .expectNoEvents()
                .expectExceptionDetails(conflict());
        fixture.given(OPENED)
                .when(new RecordReminderOutcome(ROUND, "reminder-9", ReminderOutcome.SENT, null))
                .expectExceptionDetails(notFound());
    }
}
