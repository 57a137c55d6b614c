package org.promisetracker.command.action;

import static org.hamcrest.Matchers.containsString;
import static org.promisetracker.api.action.ActionStatus.COMPLETED;
import static org.promisetracker.api.action.ActionStatus.NOT_STARTED;
import static org.promisetracker.api.action.ActionStatus.ON_TARGET;
import static org.promisetracker.api.action.ActionStatus.PROGRESSING;
import static org.promisetracker.api.action.ActionStatus.SUPERSEDED;
import static org.promisetracker.command.testing.FixtureSupport.CLOCK;
import static org.promisetracker.command.testing.FixtureSupport.TODAY;
import static org.promisetracker.command.testing.FixtureSupport.ZONE;
import static org.promisetracker.command.testing.FixtureSupport.conflict;
import static org.promisetracker.command.testing.FixtureSupport.invalid;
import static org.promisetracker.command.testing.FixtureSupport.notFound;
import static org.promisetracker.command.testing.FixtureSupport.recorded;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.promisetracker.api.action.ActionAdded;
import org.promisetracker.api.action.ActionStatus;
import org.promisetracker.api.action.ActionStatusChanged;
import org.promisetracker.api.action.AddAction;
import org.promisetracker.api.action.ChangeActionStatus;
import org.promisetracker.api.action.Foundation;
import org.promisetracker.api.action.ProgressNoteRecorded;
import org.promisetracker.api.action.RecordProgressNote;
import org.promisetracker.api.benefit.BenefitAdded;
import org.promisetracker.api.benefit.BenefitType;
import org.promisetracker.api.benefit.Direction;
import org.promisetracker.api.rules.CommandRejected;
import org.promisetracker.command.directory.InMemoryPlanDirectory;

class ActionTest {

    private static final String PLAN = "plan-south-lanarkshire";
    private static final String OTHER_PLAN = "plan-south-ayrshire";
    private static final String AREA = "area-1";
    private static final String OTHER_PLANS_AREA = "area-ayrshire-1";
    private static final String ACTION = "action-1-1";
    private static final String SUCCESSOR = "action-1-2";
    private static final String OTHER_PLANS_ACTION = "action-ayrshire-1-1";
    private static final String BENEFIT = "benefit-1";
    private static final LocalDate START = LocalDate.of(2018, 4, 1);
    private static final LocalDate END = LocalDate.of(2030, 3, 31);
    private static final String LEAD = "Service Manager (Children and Justice)";
    private static final String TITLE = "Close the gap between care experienced children and young people's views"
            + " and how and which services are provided";
    private static final LocalDate DUE = LocalDate.of(2019, 8, 31);

    private static final AddAction ADD = new AddAction(
            ACTION,
            PLAN,
            AREA,
            "1.1",
            TITLE,
            LEAD,
            DUE,
            "Views of care experienced young people inform service design",
            null,
            List.of(Foundation.VOICE, Foundation.PEOPLE),
            "short");
    private static final ActionAdded ADDED = new ActionAdded(
            ACTION,
            PLAN,
            AREA,
            "1.1",
            TITLE,
            LEAD,
            DUE,
            "Views of care experienced young people inform service design",
            START,
            List.of(Foundation.VOICE, Foundation.PEOPLE),
            "short");

    private static final LocalDate JAN_31 = LocalDate.of(2023, 1, 31);
    private static final LocalDate FEB_15 = LocalDate.of(2023, 2, 15);

    private FixtureConfiguration<Action> fixture;
    private final InMemoryPlanDirectory directory = new InMemoryPlanDirectory();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Action.class);
        fixture.registerInjectableResource(directory);
        fixture.registerInjectableResource(CLOCK);
        directory
                .addPlan(PLAN, START, END)
                .addArea(AREA, PLAN, 1)
                .addAction(SUCCESSOR, PLAN, "1.2")
                .addBenefit(BENEFIT, PLAN)
                .addPlan(OTHER_PLAN, START, END)
                .addArea(OTHER_PLANS_AREA, OTHER_PLAN, 1)
                .addAction(OTHER_PLANS_ACTION, OTHER_PLAN, "1.1");
    }

    /** The directory as ActionAdded would have left it. */
    private void actionInDirectory() {
        directory.addAction(ACTION, PLAN, "1.1");
    }

    private static ActionStatusChanged changed(ActionStatus status, LocalDate effectiveDate, String comment) {
        return new ActionStatusChanged(ACTION, PLAN, status, effectiveDate, comment, null);
    }

    private static ChangeActionStatus change(ActionStatus status, LocalDate effectiveDate, String comment) {
        return new ChangeActionStatus(ACTION, status, effectiveDate, comment, null);
    }

    // AddAction

    @Test
    void givenPlanWithArea_whenAddAction_thenActionAddedFromPlanStartAndItsEventAnswered() {
        fixture.givenNoPriorActivity()
                .when(ADD)
                .expectEvents(ADDED)
                .expectResultMessagePayload(recorded(fixture, ACTION, 0));
    }

    @Test
    void givenPlanWithArea_whenAddActionWithPaddedTextsAndRepeatedFoundations_thenTrimmedAndDistinct() {
        LocalDate from = LocalDate.of(2022, 4, 1);
        fixture.givenNoPriorActivity()
                .when(new AddAction(
                        ACTION,
                        PLAN,
                        AREA,
                        " 1.1 ",
                        " " + TITLE + " ",
                        " " + LEAD,
                        null,
                        "  ",
                        from,
                        List.of(Foundation.VOICE, Foundation.CARE, Foundation.VOICE),
                        " "))
                .expectEvents(new ActionAdded(
                        ACTION,
                        PLAN,
                        AREA,
                        "1.1",
                        TITLE,
                        LEAD,
                        null,
                        null,
                        from,
                        List.of(Foundation.VOICE, Foundation.CARE),
                        null));
    }

    @Test
    void givenPlanWithArea_whenAddActionEffectiveOnTheLastDayOfThePlan_thenActionAdded() {
        fixture.givenNoPriorActivity()
                .when(new AddAction(ACTION, PLAN, AREA, "1.1", TITLE, LEAD, null, null, END, null, null))
                .expectEvents(
                        new ActionAdded(ACTION, PLAN, AREA, "1.1", TITLE, LEAD, null, null, END, List.of(), null));
    }

    @Test
    void givenActionAdded_whenAddActionWithSameBody_thenNoEventsAndOriginalAnswered() {
        actionInDirectory();
        fixture.given(ADDED, changed(ON_TARGET, JAN_31, null))
                .when(ADD)
                .expectNoEvents()
                .expectResultMessagePayload(recorded(fixture, ACTION, 0));
    }

    @Test
    void givenActionAdded_whenAddActionWithSameBodyAndExplicitPlanStart_thenNoEventsAndOriginalAnswered() {
        actionInDirectory();
        fixture.given(ADDED)
                .when(new AddAction(
                        ACTION,
                        PLAN,
                        AREA,
                        "1.1",
                        TITLE,
                        LEAD,
                        DUE,
                        ADD.outcomeMeasures(),
                        START,
                        ADD.foundations(),
                        "short"))
                .expectNoEvents()
                .expectResultMessagePayload(recorded(fixture, ACTION, 0));
    }

    @Test
    void givenActionAdded_whenAddActionWithSameIdAndDifferentBody_thenConflict() {
        actionInDirectory();
        fixture.given(ADDED)
                .when(new AddAction(
                        ACTION,
                        PLAN,
                        AREA,
                        "1.1",
                        TITLE,
                        "Corporate Parenting Lead Officer",
                        DUE,
                        ADD.outcomeMeasures(),
                        null,
                        ADD.foundations(),
                        "short"))
                .expectNoEvents()
                .expectException(CommandRejected.Conflict.class)
                .expectExceptionDetails(conflict())
                .expectExceptionMessage("A different action is already recorded with this id.");
    }

    @Test
    void givenIdOfAnArea_whenAddAction_thenConflict() {
        fixture.givenNoPriorActivity()
                .when(new AddAction(OTHER_PLANS_AREA, PLAN, AREA, "1.1", TITLE, LEAD, null, null, null, null, null))
                .expectNoEvents()
                .expectException(CommandRejected.Conflict.class)
                .expectExceptionDetails(conflict())
                .expectExceptionMessage(containsString("already in use"));
    }

    @Test
    void givenIdOfABenefit_whenAddAction_thenConflict() {
        fixture.given(benefitStream())
                .when(new AddAction(BENEFIT, PLAN, AREA, "1.1", TITLE, LEAD, null, null, null, null, null))
                .expectNoEvents()
                .expectException(CommandRejected.Conflict.class)
                .expectExceptionDetails(conflict())
                .expectExceptionMessage(containsString("already in use"));
    }

    @Test
    void givenNoSuchPlan_whenAddAction_thenNotFound() {
        fixture.givenNoPriorActivity()
                .when(new AddAction(ACTION, "plan-unknown", AREA, "1.1", TITLE, LEAD, null, null, null, null, null))
                .expectNoEvents()
                .expectException(CommandRejected.NotFound.class)
                .expectExceptionDetails(notFound())
                .expectExceptionMessage("There is no plan plan-unknown.");
    }

    @Test
    void givenAreaOfAnotherPlan_whenAddAction_thenInvalidAreaId() {
        fixture.givenNoPriorActivity()
                .when(new AddAction(ACTION, PLAN, OTHER_PLANS_AREA, "1.1", TITLE, LEAD, null, null, null, null, null))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("areaId"))
                .expectExceptionMessage(containsString("is not an area of this plan"));
    }

    @Test
    void givenUnknownArea_whenAddAction_thenInvalidAreaId() {
        fixture.givenNoPriorActivity()
                .when(new AddAction(ACTION, PLAN, "area-unknown", "1.1", TITLE, LEAD, null, null, null, null, null))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("areaId"));
    }

    @Test
    void givenActionOfThePlan_whenAddActionNamingItAsArea_thenInvalidAreaId() {
        fixture.givenNoPriorActivity()
                .when(new AddAction(ACTION, PLAN, SUCCESSOR, "1.1", TITLE, LEAD, null, null, null, null, null))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("areaId"));
    }

    @Test
    void givenPlanWithArea_whenAddActionWithoutArea_thenInvalidAreaId() {
        fixture.givenNoPriorActivity()
                .when(new AddAction(ACTION, PLAN, null, "1.1", TITLE, LEAD, null, null, null, null, null))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("areaId"));
    }

    @Test
    void givenRefTakenInThePlan_whenAddActionWithThatRef_thenConflict() {
        fixture.givenNoPriorActivity()
                .when(new AddAction(ACTION, PLAN, AREA, " 1.2 ", TITLE, LEAD, null, null, null, null, null))
                .expectNoEvents()
                .expectException(CommandRejected.Conflict.class)
                .expectExceptionDetails(conflict())
                .expectExceptionMessage("This plan already has an action 1.2.");
    }

    @Test
    void givenRefTakenInAnotherPlan_whenAddActionWithThatRef_thenActionAdded() {
        fixture.givenNoPriorActivity().when(ADD).expectEvents(ADDED);
    }

    @Test
    void givenPlan_whenAddActionEffectiveBeforeThePlanStarts_thenInvalidEffectiveFrom() {
        fixture.givenNoPriorActivity()
                .when(new AddAction(ACTION, PLAN, AREA, "1.1", TITLE, LEAD, null, null, START.minusDays(1), null, null))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("effectiveFrom"))
                .expectExceptionMessage("An action counts from a date within the plan, 1 April 2018 to 31 March 2030.");
    }

    @Test
    void givenPlan_whenAddActionEffectiveAfterThePlanEnds_thenInvalidEffectiveFrom() {
        fixture.givenNoPriorActivity()
                .when(new AddAction(ACTION, PLAN, AREA, "1.1", TITLE, LEAD, null, null, END.plusDays(1), null, null))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("effectiveFrom"));
    }

    @Test
    void givenPlan_whenAddActionWithoutRef_thenInvalidRef() {
        fixture.givenNoPriorActivity()
                .when(new AddAction(ACTION, PLAN, AREA, " ", TITLE, LEAD, null, null, null, null, null))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("ref"));
    }

    @Test
    void givenPlan_whenAddActionWithoutTitle_thenInvalidTitle() {
        fixture.givenNoPriorActivity()
                .when(new AddAction(ACTION, PLAN, AREA, "1.1", null, LEAD, null, null, null, null, null))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("title"));
    }

    @Test
    void givenPlan_whenAddActionWithoutLeadOfficer_thenInvalidLeadOfficer() {
        fixture.givenNoPriorActivity()
                .when(new AddAction(ACTION, PLAN, AREA, "1.1", TITLE, "", null, null, null, null, null))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("leadOfficer"));
    }

    // ChangeActionStatus

    @Test
    void givenActionAdded_whenChangeStatus_thenStatusChangedAndItsEventAnswered() {
        actionInDirectory();
        fixture.given(ADDED)
                .when(change(ON_TARGET, JAN_31, "  Views gathered through the Champions Board  "))
                .expectEvents(changed(ON_TARGET, JAN_31, "Views gathered through the Champions Board"))
                .expectResultMessagePayload(recorded(fixture, ACTION, 1));
    }

    @Test
    void givenActionAdded_whenChangeStatusWithBlankComment_thenCommentDropped() {
        actionInDirectory();
        fixture.given(ADDED).when(change(PROGRESSING, JAN_31, "   ")).expectEvents(changed(PROGRESSING, JAN_31, null));
    }

    @Test
    void givenActionAdded_whenChangeStatusWithoutStatus_thenInvalidStatus() {
        actionInDirectory();
        fixture.given(ADDED)
                .when(change(null, JAN_31, null))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("status"));
    }

    @Test
    void givenActionAdded_whenSupersededByAnActionOfThePlan_thenStatusChangedNamingTheSuccessor() {
        actionInDirectory();
        fixture.given(ADDED)
                .when(new ChangeActionStatus(ACTION, SUPERSEDED, JAN_31, null, SUCCESSOR))
                .expectEvents(new ActionStatusChanged(ACTION, PLAN, SUPERSEDED, JAN_31, null, SUCCESSOR));
    }

    @Test
    void givenActionAdded_whenSupersededWithoutSuccessor_thenInvalidSupersededBy() {
        actionInDirectory();
        fixture.given(ADDED)
                .when(new ChangeActionStatus(ACTION, SUPERSEDED, JAN_31, null, null))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("supersededBy"))
                .expectExceptionMessage("Name the new action that supersedes this one.");
    }

    @Test
    void givenActionAdded_whenSupersededByItself_thenInvalidSupersededBy() {
        actionInDirectory();
        fixture.given(ADDED)
                .when(new ChangeActionStatus(ACTION, SUPERSEDED, JAN_31, null, ACTION))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("supersededBy"))
                .expectExceptionMessage("An action cannot supersede itself.");
    }

    @Test
    void givenActionAdded_whenSupersededByAnActionOfAnotherPlan_thenInvalidSupersededBy() {
        actionInDirectory();
        fixture.given(ADDED)
                .when(new ChangeActionStatus(ACTION, SUPERSEDED, JAN_31, null, OTHER_PLANS_ACTION))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("supersededBy"))
                .expectExceptionMessage(containsString("is not an action of this plan"));
    }

    @Test
    void givenActionAdded_whenSupersededByABenefitOfThePlan_thenInvalidSupersededBy() {
        actionInDirectory();
        fixture.given(ADDED)
                .when(new ChangeActionStatus(ACTION, SUPERSEDED, JAN_31, null, BENEFIT))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("supersededBy"));
    }

    @Test
    void givenActionAdded_whenSupersededByAnUnknownAction_thenInvalidSupersededBy() {
        actionInDirectory();
        fixture.given(ADDED)
                .when(new ChangeActionStatus(ACTION, SUPERSEDED, JAN_31, null, "action-unknown"))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("supersededBy"));
    }

    @Test
    void givenActionAdded_whenCompletedNamingASuccessor_thenInvalidSupersededBy() {
        actionInDirectory();
        fixture.given(ADDED)
                .when(new ChangeActionStatus(ACTION, COMPLETED, JAN_31, null, SUCCESSOR))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("supersededBy"))
                .expectExceptionMessage("Only a superseded action names the action that replaces it.");
    }

    @Test
    void givenActionCompleted_whenChangeStatusLaterWithoutComment_thenConflictNamingComment() {
        actionInDirectory();
        fixture.given(ADDED, changed(COMPLETED, JAN_31, null))
                .when(change(ON_TARGET, FEB_15, null))
                .expectNoEvents()
                .expectException(CommandRejected.Conflict.class)
                .expectExceptionDetails(conflict("comment"))
                .expectExceptionMessage("As at 15 February 2023 this action is completed; "
                        + "say in a comment why it is being reopened.");
    }

    @Test
    void givenActionCompleted_whenChangeStatusLaterWithBlankComment_thenConflictNamingComment() {
        actionInDirectory();
        fixture.given(ADDED, changed(COMPLETED, JAN_31, null))
                .when(change(PROGRESSING, FEB_15, "   "))
                .expectNoEvents()
                .expectException(CommandRejected.Conflict.class)
                .expectExceptionDetails(conflict("comment"));
    }

    @Test
    void givenActionCompleted_whenChangeStatusLaterWithComment_thenReopened() {
        actionInDirectory();
        fixture.given(ADDED, changed(COMPLETED, JAN_31, null))
                .when(change(PROGRESSING, FEB_15, "Reopened: the survey was not returned by two teams"))
                .expectEvents(changed(PROGRESSING, FEB_15, "Reopened: the survey was not returned by two teams"))
                .expectResultMessagePayload(recorded(fixture, ACTION, 2));
    }

    @Test
    void givenActionCompleted_whenCompletedAgainWithoutComment_thenStatusChanged() {
        actionInDirectory();
        fixture.given(ADDED, changed(COMPLETED, JAN_31, null))
                .when(change(COMPLETED, FEB_15, null))
                .expectEvents(changed(COMPLETED, FEB_15, null));
    }

    @Test
    void givenActionSuperseded_whenChangeStatusLaterWithoutComment_thenConflictNamingComment() {
        actionInDirectory();
        fixture.given(ADDED, new ActionStatusChanged(ACTION, PLAN, SUPERSEDED, JAN_31, null, SUCCESSOR))
                .when(change(ON_TARGET, FEB_15, null))
                .expectNoEvents()
                .expectException(CommandRejected.Conflict.class)
                .expectExceptionDetails(conflict("comment"))
                .expectExceptionMessage(containsString("this action is superseded"));
    }

    @Test
    void givenActionSuperseded_whenChangeStatusLaterWithComment_thenReopened() {
        actionInDirectory();
        fixture.given(ADDED, new ActionStatusChanged(ACTION, PLAN, SUPERSEDED, JAN_31, null, SUCCESSOR))
                .when(change(ON_TARGET, FEB_15, "The new action 1.2 was withdrawn by committee"))
                .expectEvents(changed(ON_TARGET, FEB_15, "The new action 1.2 was withdrawn by committee"));
    }

    @Test
    void givenActionCompleted_whenBackdatedChangeBeforeTheCompletionWithoutComment_thenStatusChanged() {
        actionInDirectory();
        LocalDate beforeCompletion = JAN_31.minusMonths(3);
        fixture.given(ADDED, changed(COMPLETED, JAN_31, null))
                .when(change(PROGRESSING, beforeCompletion, null))
                .expectEvents(changed(PROGRESSING, beforeCompletion, null));
    }

    @Test
    void givenActionCompleted_whenChangeEffectiveTheSameDayWithoutComment_thenConflictNamingComment() {
        actionInDirectory();
        fixture.given(ADDED, changed(COMPLETED, JAN_31, null))
                .when(change(ON_TARGET, JAN_31, null))
                .expectNoEvents()
                .expectException(CommandRejected.Conflict.class)
                .expectExceptionDetails(conflict("comment"));
    }

    @Test
    void
            givenOnTargetThenCompletedOnTheSameDay_whenChangeThatDayWithoutComment_thenConflictNamingCommentAsTheLaterRecordedWins() {
        actionInDirectory();
        fixture.given(ADDED, changed(ON_TARGET, JAN_31, null), changed(COMPLETED, JAN_31, null))
                .when(change(PROGRESSING, JAN_31, null))
                .expectNoEvents()
                .expectException(CommandRejected.Conflict.class)
                .expectExceptionDetails(conflict("comment"));
    }

    @Test
    void
            givenCompletedThenReopenedOnTheSameDay_whenChangeThatDayWithoutComment_thenStatusChangedAsTheLaterRecordedWins() {
        actionInDirectory();
        fixture.given(ADDED, changed(COMPLETED, JAN_31, null), changed(ON_TARGET, JAN_31, "Completed in error"))
                .when(change(PROGRESSING, JAN_31, null))
                .expectEvents(changed(PROGRESSING, JAN_31, null));
    }

    @Test
    void givenCompletedLaterRecordedButEffectiveEarlier_whenChangeAfterBothWithoutComment_thenStatusChanged() {
        actionInDirectory();
        // the completion is restated by the later-effective ON_TARGET, whatever the recording order
        fixture.given(ADDED, changed(ON_TARGET, FEB_15, null), changed(COMPLETED, JAN_31, null))
                .when(change(PROGRESSING, TODAY, null))
                .expectEvents(changed(PROGRESSING, TODAY, null));
    }

    @Test
    void givenActionAdded_whenChangeStatusEffectiveToday_thenStatusChanged() {
        actionInDirectory();
        fixture.given(ADDED).when(change(ON_TARGET, TODAY, null)).expectEvents(changed(ON_TARGET, TODAY, null));
    }

    @Test
    void givenActionAdded_whenChangeStatusEffectiveTomorrow_thenInvalidEffectiveDate() {
        actionInDirectory();
        fixture.given(ADDED)
                .when(change(ON_TARGET, TODAY.plusDays(1), null))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("effectiveDate"))
                .expectExceptionMessage("The effective date 2 March 2023 is in the future; record facts on or after "
                        + "the date they apply to (today is 1 March 2023).");
    }

    @Test
    void givenActionAdded_whenChangeStatusEffectiveOnThePlanStart_thenStatusChanged() {
        actionInDirectory();
        fixture.given(ADDED).when(change(NOT_STARTED, START, null)).expectEvents(changed(NOT_STARTED, START, null));
    }

    @Test
    void givenActionAdded_whenChangeStatusEffectiveBeforeThePlanStarts_thenInvalidEffectiveDate() {
        actionInDirectory();
        fixture.given(ADDED)
                .when(change(ON_TARGET, START.minusDays(1), null))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("effectiveDate"))
                .expectExceptionMessage("The effective date 31 March 2018 is before the plan starts on 1 April 2018.");
    }

    @Test
    void givenActionAdded_whenChangeStatusWithoutEffectiveDate_thenInvalidEffectiveDate() {
        actionInDirectory();
        fixture.given(ADDED)
                .when(change(ON_TARGET, null, null))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("effectiveDate"));
    }

    @Test
    void givenLondonPastMidnightInSummerTime_whenChangeStatusEffectiveThatLondonDate_thenStatusChanged() {
        // 23:30 UTC on 30 June is already 1 July in London: "today" is the date in the service's zone
        LocalDate londonToday = LocalDate.of(2023, 7, 1);
        FixtureConfiguration<Action> summer = new AggregateTestFixture<>(Action.class);
        summer.registerInjectableResource(directory);
        summer.registerInjectableResource(Clock.fixed(Instant.parse("2023-06-30T23:30:00Z"), ZONE));
        actionInDirectory();
        summer.given(ADDED)
                .when(change(ON_TARGET, londonToday, null))
                .expectEvents(changed(ON_TARGET, londonToday, null));
    }

    @Test
    void givenNothingRecorded_whenChangeStatus_thenAggregateNotFound() {
        fixture.givenNoPriorActivity()
                .when(change(ON_TARGET, JAN_31, null))
                .expectNoEvents()
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void givenIdOfABenefit_whenChangeStatus_thenNotFound() {
        fixture.given(benefitStream())
                .when(new ChangeActionStatus(BENEFIT, ON_TARGET, JAN_31, null, null))
                .expectNoEvents()
                .expectException(CommandRejected.NotFound.class)
                .expectExceptionDetails(notFound())
                .expectExceptionMessage("There is no action " + BENEFIT + ".");
    }

    // RecordProgressNote

    @Test
    void givenActionAdded_whenRecordProgressNote_thenNoteRecordedAndItsEventAnswered() {
        actionInDirectory();
        fixture.given(ADDED, changed(ON_TARGET, JAN_31, null))
                .when(new RecordProgressNote(ACTION, FEB_15, "  Champions Board met twice this quarter "))
                .expectEvents(new ProgressNoteRecorded(ACTION, PLAN, FEB_15, "Champions Board met twice this quarter"))
                .expectResultMessagePayload(recorded(fixture, ACTION, 2));
    }

    @Test
    void givenActionCompleted_whenRecordProgressNoteWithoutComment_thenNoteRecorded() {
        actionInDirectory();
        fixture.given(ADDED, changed(COMPLETED, JAN_31, null))
                .when(new RecordProgressNote(ACTION, FEB_15, "Evaluation report published"))
                .expectEvents(new ProgressNoteRecorded(ACTION, PLAN, FEB_15, "Evaluation report published"));
    }

    @Test
    void givenActionAdded_whenRecordProgressNoteWithoutText_thenInvalidText() {
        actionInDirectory();
        fixture.given(ADDED)
                .when(new RecordProgressNote(ACTION, FEB_15, "  "))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("text"));
    }

    @Test
    void givenActionAdded_whenRecordProgressNoteEffectiveTomorrow_thenInvalidEffectiveDate() {
        actionInDirectory();
        fixture.given(ADDED)
                .when(new RecordProgressNote(ACTION, TODAY.plusDays(1), "Planned for tomorrow"))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("effectiveDate"))
                .expectExceptionMessage(containsString("is in the future"));
    }

    @Test
    void givenActionAdded_whenRecordProgressNoteEffectiveBeforeThePlanStarts_thenInvalidEffectiveDate() {
        actionInDirectory();
        fixture.given(ADDED)
                .when(new RecordProgressNote(ACTION, START.minusYears(1), "Before the plan"))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("effectiveDate"))
                .expectExceptionMessage(containsString("is before the plan starts"));
    }

    @Test
    void givenActionAdded_whenRecordProgressNoteWithoutEffectiveDate_thenInvalidEffectiveDate() {
        actionInDirectory();
        fixture.given(ADDED)
                .when(new RecordProgressNote(ACTION, null, "Undated"))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("effectiveDate"));
    }

    @Test
    void givenIdOfABenefit_whenRecordProgressNote_thenNotFound() {
        fixture.given(benefitStream())
                .when(new RecordProgressNote(BENEFIT, FEB_15, "Wrong id"))
                .expectNoEvents()
                .expectException(CommandRejected.NotFound.class)
                .expectExceptionDetails(notFound());
    }

    // A published report locks the period up to its date

    private static final LocalDate REPORT_DATE = LocalDate.of(2023, 2, 20);
    private static final String COMMITTEE = "Performance and Audit Committee";
    private static final String LOCKED = "The period to 20 February 2023 was reported to the Performance and Audit"
            + " Committee; give a lateReason to record this.";

    private void reported(String planId, LocalDate reportDate) {
        directory.addReport("report-" + planId + "-" + reportDate, planId, COMMITTEE, reportDate);
    }

    @Test
    void
            givenAReportToTheTwentiethOfFebruary_whenStatusDatedBeforeItWithoutLateReason_thenConflictNamingCommitteeAndDate() {
        actionInDirectory();
        reported(PLAN, REPORT_DATE);
        fixture.given(ADDED)
                .when(change(PROGRESSING, FEB_15, "Sign-off slipped"))
                .expectNoEvents()
                .expectException(CommandRejected.Conflict.class)
                .expectExceptionDetails(conflict("lateReason"))
                .expectExceptionMessage(LOCKED);
    }

    @Test
    void givenAReport_whenStatusDatedOnTheReportDateWithoutLateReason_thenConflict() {
        actionInDirectory();
        reported(PLAN, REPORT_DATE);
        fixture.given(ADDED)
                .when(change(PROGRESSING, REPORT_DATE, null))
                .expectNoEvents()
                .expectExceptionDetails(conflict("lateReason"));
    }

    @Test
    void givenAReport_whenStatusDatedBeforeItWithLateReason_thenRecordedWithTheReason() {
        actionInDirectory();
        reported(PLAN, REPORT_DATE);
        fixture.given(ADDED)
                .when(new ChangeActionStatus(
                        ACTION,
                        PROGRESSING,
                        FEB_15,
                        null,
                        null,
                        "  The team's February update arrived after the paper.  "))
                .expectEvents(new ActionStatusChanged(
                        ACTION,
                        PLAN,
                        PROGRESSING,
                        FEB_15,
                        null,
                        null,
                        "The team's February update arrived after the paper."));
    }

    @Test
    void givenAReport_whenStatusDatedTheDayAfterIt_thenRecordedWithoutReason() {
        actionInDirectory();
        reported(PLAN, REPORT_DATE);
        fixture.given(ADDED)
                .when(change(PROGRESSING, REPORT_DATE.plusDays(1), null))
                .expectEvents(changed(PROGRESSING, REPORT_DATE.plusDays(1), null));
    }

    @Test
    void givenAReportOfAnotherPlan_whenStatusDatedBeforeItWithoutLateReason_thenRecorded() {
        actionInDirectory();
        reported(OTHER_PLAN, REPORT_DATE);
        fixture.given(ADDED).when(change(PROGRESSING, FEB_15, null)).expectEvents(changed(PROGRESSING, FEB_15, null));
    }

    @Test
    void givenAnEarlierReportPublishedAfterALaterOne_whenStatusBetweenTheirDates_thenTheLaterReportDateStillLocks() {
        actionInDirectory();
        reported(PLAN, REPORT_DATE);
        reported(PLAN, JAN_31);
        fixture.given(ADDED)
                .when(change(PROGRESSING, FEB_15, null))
                .expectNoEvents()
                .expectExceptionMessage(LOCKED);
    }

    @Test
    void givenAReport_whenLockedStatusIsAlsoInvalid_thenTheInvalidFieldIsRefusedFirst() {
        actionInDirectory();
        reported(PLAN, REPORT_DATE);
        fixture.given(ADDED)
                .when(new ChangeActionStatus(ACTION, null, FEB_15, null, null))
                .expectNoEvents()
                .expectExceptionDetails(invalid("status"));
    }

    @Test
    void givenAReport_whenLateReasonHasAControlCharacter_thenInvalidLateReason() {
        actionInDirectory();
        reported(PLAN, REPORT_DATE);
        fixture.given(ADDED)
                .when(new ChangeActionStatus(ACTION, PROGRESSING, FEB_15, null, null, "late\u0007"))
                .expectNoEvents()
                .expectExceptionDetails(invalid("lateReason"));
    }

    @Test
    void givenAReport_whenLateReasonIsBlank_thenConflictAsIfNoneWasGiven() {
        actionInDirectory();
        reported(PLAN, REPORT_DATE);
        fixture.given(ADDED)
                .when(new ChangeActionStatus(ACTION, PROGRESSING, FEB_15, null, null, "   "))
                .expectNoEvents()
                .expectExceptionDetails(conflict("lateReason"));
    }

    @Test
    void givenCompletedActionAndAReport_whenReopenedBeforeTheReportDateWithoutComment_thenTheCommentIsAskedForFirst() {
        actionInDirectory();
        reported(PLAN, REPORT_DATE);
        fixture.given(ADDED, changed(COMPLETED, JAN_31, null))
                .when(change(ON_TARGET, FEB_15, null))
                .expectNoEvents()
                .expectExceptionDetails(conflict("comment"));
    }

    @Test
    void givenAReport_whenNoteDatedBeforeItWithoutLateReason_thenConflict() {
        actionInDirectory();
        reported(PLAN, REPORT_DATE);
        fixture.given(ADDED)
                .when(new RecordProgressNote(ACTION, FEB_15, "Late news"))
                .expectNoEvents()
                .expectExceptionDetails(conflict("lateReason"))
                .expectExceptionMessage(LOCKED);
    }

    @Test
    void givenAReport_whenNoteDatedBeforeItWithLateReason_thenRecordedWithTheReason() {
        actionInDirectory();
        reported(PLAN, REPORT_DATE);
        fixture.given(ADDED)
                .when(new RecordProgressNote(ACTION, FEB_15, "Late news", "Notes of the February meeting came late."))
                .expectEvents(new ProgressNoteRecorded(
                        ACTION, PLAN, FEB_15, "Late news", "Notes of the February meeting came late."));
    }

    @Test
    void givenAReport_whenNoteWithoutTextDatedBeforeIt_thenInvalidTextFirst() {
        actionInDirectory();
        reported(PLAN, REPORT_DATE);
        fixture.given(ADDED)
                .when(new RecordProgressNote(ACTION, FEB_15, " "))
                .expectNoEvents()
                .expectExceptionDetails(invalid("text"));
    }

    @Test
    void givenAReportAndNoSuchAction_whenNoteDatedBeforeIt_thenNotFoundFirst() {
        reported(PLAN, REPORT_DATE);
        fixture.given(benefitStream())
                .when(new RecordProgressNote(BENEFIT, FEB_15, "Wrong id"))
                .expectNoEvents()
                .expectExceptionDetails(notFound());
    }

    /** The stream of a benefit of the plan, typed as the Benefit aggregate stores it. */
    private static GenericDomainEventMessage<BenefitAdded> benefitStream() {
        return new GenericDomainEventMessage<>(
                "Benefit",
                BENEFIT,
                0,
                new BenefitAdded(
                        BENEFIT,
                        PLAN,
                        null,
                        List.of(SUCCESSOR),
                        "Young people's views inform services",
                        BenefitType.QUALITATIVE,
                        "Survey",
                        "Annual survey",
                        null,
                        null,
                        Direction.HIGHER_IS_BETTER,
                        null,
                        null,
                        START));
    }
}
