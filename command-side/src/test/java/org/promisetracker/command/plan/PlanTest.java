package org.promisetracker.command.plan;

import static org.hamcrest.Matchers.containsString;
import static org.promisetracker.command.testing.FixtureSupport.CLOCK;
import static org.promisetracker.command.testing.FixtureSupport.conflict;
import static org.promisetracker.command.testing.FixtureSupport.invalid;
import static org.promisetracker.command.testing.FixtureSupport.notFound;
import static org.promisetracker.command.testing.FixtureSupport.recorded;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.promisetracker.api.action.ActionAdded;
import org.promisetracker.api.plan.AddArea;
import org.promisetracker.api.plan.AreaAdded;
import org.promisetracker.api.plan.CreatePlan;
import org.promisetracker.api.plan.GrantPlanMembership;
import org.promisetracker.api.plan.MemberRole;
import org.promisetracker.api.plan.PlanCreated;
import org.promisetracker.api.plan.PlanMember;
import org.promisetracker.api.plan.PlanMemberGranted;
import org.promisetracker.api.plan.PlanMemberRevoked;
import org.promisetracker.api.plan.PlanMembers;
import org.promisetracker.api.plan.RevokePlanMembership;
import org.promisetracker.api.plan.SetPlanMembers;
import org.promisetracker.api.rules.CommandRejected;
import org.promisetracker.command.directory.InMemoryPlanDirectory;

class PlanTest {

    private static final String PLAN = "plan-south-ayrshire";
    private static final String OTHER_PLAN = "plan-south-lanarkshire";
    private static final String AREA_1 = "area-1";
    private static final String AREA_2 = "area-2";
    private static final LocalDate START = LocalDate.of(2021, 4, 1);
    private static final LocalDate END = LocalDate.of(2030, 3, 31);

    private static final CreatePlan CREATE = new CreatePlan(
            PLAN,
            "South Ayrshire's Parenting Promise 2021-2030",
            "South Ayrshire Council",
            START,
            END,
            "Improvement area");
    private static final PlanCreated CREATED = new PlanCreated(
            PLAN,
            "South Ayrshire's Parenting Promise 2021-2030",
            "South Ayrshire Council",
            START,
            END,
            "Improvement area");
    private static final AreaAdded AREA_1_ADDED = new AreaAdded(PLAN, AREA_1, 1, "Voice");

    private FixtureConfiguration<Plan> fixture;
    private final InMemoryPlanDirectory directory = new InMemoryPlanDirectory();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Plan.class);
        fixture.registerInjectableResource(directory);
        fixture.registerInjectableResource(CLOCK);
    }

    /** The directory as the events given to the fixture would have left it. */
    private void planInDirectory() {
        directory.addPlan(PLAN, START, END);
    }

    @Test
    void givenNoPlan_whenCreatePlan_thenPlanCreatedAndItsEventAnswered() {
        fixture.givenNoPriorActivity()
                .when(CREATE)
                .expectEvents(CREATED)
                .expectResultMessagePayload(recorded(fixture, PLAN, 0));
    }

    @Test
    void givenNoPlan_whenCreatePlanWithPaddedTextsAndNoAreaLabel_thenTextsTrimmedAndLabelDefaultsToArea() {
        fixture.givenNoPriorActivity()
                .when(new CreatePlan(
                        PLAN,
                        "  South Lanarkshire Corporate Parenting Strategy ",
                        " South Lanarkshire Council ",
                        START,
                        END,
                        "   "))
                .expectEvents(new PlanCreated(
                        PLAN,
                        "South Lanarkshire Corporate Parenting Strategy",
                        "South Lanarkshire Council",
                        START,
                        END,
                        "Area"));
    }

    @Test
    void givenNoPlan_whenCreatePlanEndingTheDayItStarts_thenPlanCreated() {
        fixture.givenNoPriorActivity()
                .when(new CreatePlan(PLAN, "One day plan", "South Ayrshire Council", START, START, null))
                .expectEvents(new PlanCreated(PLAN, "One day plan", "South Ayrshire Council", START, START, "Area"));
    }

    @Test
    void givenPlanCreated_whenCreatePlanWithSameBody_thenNoEventsAndOriginalAnswered() {
        planInDirectory();
        fixture.given(CREATED).when(CREATE).expectNoEvents().expectResultMessagePayload(recorded(fixture, PLAN, 0));
    }

    @Test
    void givenPlanWithAreas_whenCreatePlanWithSameBody_thenTheCreationIsAnsweredNotTheLatestEvent() {
        planInDirectory();
        directory.addArea(AREA_1, PLAN, 1);
        fixture.given(CREATED, AREA_1_ADDED)
                .when(CREATE)
                .expectNoEvents()
                .expectResultMessagePayload(recorded(fixture, PLAN, 0));
    }

    @Test
    void givenPlanCreated_whenCreatePlanWithSameBodyPaddedDifferently_thenNoEventsAndOriginalAnswered() {
        planInDirectory();
        fixture.given(CREATED)
                .when(new CreatePlan(
                        PLAN,
                        " South Ayrshire's Parenting Promise 2021-2030 ",
                        "South Ayrshire Council ",
                        START,
                        END,
                        " Improvement area"))
                .expectNoEvents()
                .expectResultMessagePayload(recorded(fixture, PLAN, 0));
    }

    @Test
    void givenPlanCreated_whenCreatePlanWithDifferentBody_thenConflict() {
        planInDirectory();
        fixture.given(CREATED)
                .when(new CreatePlan(
                        PLAN, CREATE.title(), CREATE.organisation(), START, END.plusYears(1), CREATE.areaLabel()))
                .expectNoEvents()
                .expectException(CommandRejected.Conflict.class)
                .expectExceptionDetails(conflict())
                .expectExceptionMessage("A different plan is already recorded with this id.");
    }

    @Test
    void givenIdOfAnArea_whenCreatePlan_thenConflict() {
        directory.addPlan(OTHER_PLAN, START, END).addArea(PLAN, OTHER_PLAN, 1);
        fixture.givenNoPriorActivity()
                .when(CREATE)
                .expectNoEvents()
                .expectException(CommandRejected.Conflict.class)
                .expectExceptionDetails(conflict())
                .expectExceptionMessage(containsString("already in use"));
    }

    @Test
    void givenIdOfAnAction_whenCreatePlan_thenConflict() {
        directory.addPlan(OTHER_PLAN, START, END).addAction(PLAN, OTHER_PLAN, "1.1");
        fixture.given(actionStream(PLAN, OTHER_PLAN))
                .when(CREATE)
                .expectNoEvents()
                .expectException(CommandRejected.Conflict.class)
                .expectExceptionDetails(conflict())
                .expectExceptionMessage(containsString("already in use"));
    }

    @Test
    void givenNoPlan_whenCreatePlanWithoutTitle_thenInvalidTitle() {
        fixture.givenNoPriorActivity()
                .when(new CreatePlan(PLAN, "  ", "South Ayrshire Council", START, END, null))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("title"));
    }

    @Test
    void givenNoPlan_whenCreatePlanWithoutOrganisation_thenInvalidOrganisation() {
        fixture.givenNoPriorActivity()
                .when(new CreatePlan(PLAN, "A plan", null, START, END, null))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("organisation"));
    }

    @Test
    void givenNoPlan_whenCreatePlanWithoutStartDate_thenInvalidStartDate() {
        fixture.givenNoPriorActivity()
                .when(new CreatePlan(PLAN, "A plan", "South Ayrshire Council", null, END, null))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("startDate"));
    }

    @Test
    void givenNoPlan_whenCreatePlanWithoutEndDate_thenInvalidEndDate() {
        fixture.givenNoPriorActivity()
                .when(new CreatePlan(PLAN, "A plan", "South Ayrshire Council", START, null, null))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("endDate"));
    }

    @Test
    void givenNoPlan_whenCreatePlanEndingBeforeItStarts_thenInvalidEndDate() {
        fixture.givenNoPriorActivity()
                .when(new CreatePlan(PLAN, "A plan", "South Ayrshire Council", START, START.minusDays(1), null))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("endDate"))
                .expectExceptionMessage("The plan cannot end before it starts.");
    }

    @Test
    void givenPlanCreated_whenAddArea_thenAreaAddedAndItsEventAnswered() {
        planInDirectory();
        fixture.given(CREATED)
                .when(new AddArea(PLAN, AREA_1, 1, "  Voice "))
                .expectEvents(AREA_1_ADDED)
                .expectResultMessagePayload(recorded(fixture, PLAN, 1));
    }

    @Test
    void givenAreaAdded_whenAddAreaWithSameBody_thenNoEventsAndThatAreasEventAnswered() {
        planInDirectory();
        directory.addArea(AREA_1, PLAN, 1).addArea(AREA_2, PLAN, 2);
        fixture.given(CREATED, AREA_1_ADDED, new AreaAdded(PLAN, AREA_2, 2, "Family"))
                .when(new AddArea(PLAN, AREA_1, 1, "Voice"))
                .expectNoEvents()
                .expectResultMessagePayload(recorded(fixture, PLAN, 1));
    }

    @Test
    void givenAreaAdded_whenAddAreaWithSameIdAndDifferentBody_thenConflict() {
        planInDirectory();
        directory.addArea(AREA_1, PLAN, 1);
        fixture.given(CREATED, AREA_1_ADDED)
                .when(new AddArea(PLAN, AREA_1, 1, "Voices"))
                .expectNoEvents()
                .expectException(CommandRejected.Conflict.class)
                .expectExceptionDetails(conflict())
                .expectExceptionMessage("A different area is already recorded with this id.");
    }

    @Test
    void givenAreaIdUsedByAnotherPlan_whenAddArea_thenConflict() {
        planInDirectory();
        directory.addPlan(OTHER_PLAN, START, END).addArea(AREA_1, OTHER_PLAN, 1);
        fixture.given(CREATED)
                .when(new AddArea(PLAN, AREA_1, 1, "Voice"))
                .expectNoEvents()
                .expectException(CommandRejected.Conflict.class)
                .expectExceptionDetails(conflict())
                .expectExceptionMessage(containsString("already in use"));
    }

    @Test
    void givenAreaNumberedOne_whenAddAnotherAreaNumberedOne_thenConflict() {
        planInDirectory();
        directory.addArea(AREA_1, PLAN, 1);
        fixture.given(CREATED, AREA_1_ADDED)
                .when(new AddArea(PLAN, AREA_2, 1, "Family"))
                .expectNoEvents()
                .expectException(CommandRejected.Conflict.class)
                .expectExceptionDetails(conflict())
                .expectExceptionMessage("This plan already has an area numbered 1.");
    }

    @Test
    void givenPlanCreated_whenAddAreaNumberedZero_thenInvalidNumber() {
        planInDirectory();
        fixture.given(CREATED)
                .when(new AddArea(PLAN, AREA_1, 0, "Voice"))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("number"));
    }

    @Test
    void givenPlanCreated_whenAddAreaWithoutTitle_thenInvalidTitle() {
        planInDirectory();
        fixture.given(CREATED)
                .when(new AddArea(PLAN, AREA_1, 1, " "))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("title"));
    }

    @Test
    void givenNothingRecorded_whenAddArea_thenAggregateNotFound() {
        fixture.givenNoPriorActivity()
                .when(new AddArea(PLAN, AREA_1, 1, "Voice"))
                .expectNoEvents()
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void givenIdOfAnAction_whenAddArea_thenNotFound() {
        directory.addPlan(OTHER_PLAN, START, END).addAction(PLAN, OTHER_PLAN, "1.1");
        fixture.given(actionStream(PLAN, OTHER_PLAN))
                .when(new AddArea(PLAN, AREA_1, 1, "Voice"))
                .expectNoEvents()
                .expectException(CommandRejected.NotFound.class)
                .expectExceptionDetails(notFound())
                .expectExceptionMessage("There is no plan " + PLAN + ".");
    }

    @Test
    void givenPlan_whenSetMembers_thenEachGrantedInUsernameOrderWithRolesOnceInFixedOrder() {
        fixture.given(CREATED)
                .when(new SetPlanMembers(
                        PLAN,
                        List.of(
                                new PlanMember(
                                        " partner.officer@example.org ",
                                        List.of(MemberRole.VIEWER, MemberRole.OFFICER, MemberRole.VIEWER)),
                                new PlanMember("Area.Admin", List.of(MemberRole.ADMIN)))))
                .expectEvents(
                        new PlanMemberGranted(PLAN, "Area.Admin", List.of(MemberRole.ADMIN)),
                        new PlanMemberGranted(
                                PLAN, "partner.officer@example.org", List.of(MemberRole.OFFICER, MemberRole.VIEWER)))
                .expectResultMessagePayload(new PlanMembers(
                        PLAN,
                        List.of(
                                new PlanMember("Area.Admin", List.of(MemberRole.ADMIN)),
                                new PlanMember(
                                        "partner.officer@example.org",
                                        List.of(MemberRole.OFFICER, MemberRole.VIEWER)))));
    }

    @Test
    void givenMembers_whenSetMembers_thenOnlyTheDifferenceRecorded() {
        fixture.given(
                        CREATED,
                        new PlanMemberGranted(PLAN, "kept", List.of(MemberRole.VIEWER)),
                        new PlanMemberGranted(PLAN, "changed", List.of(MemberRole.VIEWER)),
                        new PlanMemberGranted(PLAN, "left.out", List.of(MemberRole.AUDITOR)))
                .when(new SetPlanMembers(
                        PLAN,
                        List.of(
                                new PlanMember("KEPT", List.of(MemberRole.VIEWER)),
                                new PlanMember("changed", List.of(MemberRole.OFFICER)),
                                new PlanMember("new", List.of(MemberRole.AUDITOR)))))
                .expectEvents(
                        new PlanMemberRevoked(PLAN, "left.out"),
                        new PlanMemberGranted(PLAN, "changed", List.of(MemberRole.OFFICER)),
                        // the same person, the username now spelt in capitals: recorded as now sent
                        new PlanMemberGranted(PLAN, "KEPT", List.of(MemberRole.VIEWER)),
                        new PlanMemberGranted(PLAN, "new", List.of(MemberRole.AUDITOR)));
    }

    @Test
    void givenMembers_whenSetTheSameMembersAgain_thenNothingRecorded() {
        fixture.given(CREATED, new PlanMemberGranted(PLAN, "kept", List.of(MemberRole.VIEWER)))
                .when(new SetPlanMembers(PLAN, List.of(new PlanMember("kept", List.of(MemberRole.VIEWER)))))
                .expectNoEvents()
                .expectResultMessagePayload(
                        new PlanMembers(PLAN, List.of(new PlanMember("kept", List.of(MemberRole.VIEWER)))));
    }

    @Test
    void givenMembers_whenSetNoMembers_thenEveryoneRevoked() {
        fixture.given(
                        CREATED,
                        new PlanMemberGranted(PLAN, "a", List.of(MemberRole.VIEWER)),
                        new PlanMemberGranted(PLAN, "b", List.of(MemberRole.ADMIN)),
                        new PlanMemberRevoked(PLAN, "a"))
                .when(new SetPlanMembers(PLAN, List.of()))
                .expectEvents(new PlanMemberRevoked(PLAN, "b"));
    }

    @Test
    void givenPlan_whenSetMembersTwiceTheSameUserInOtherCase_thenInvalidAndNothingRecorded() {
        fixture.given(CREATED)
                .when(new SetPlanMembers(
                        PLAN,
                        List.of(
                                new PlanMember("j.smith", List.of(MemberRole.VIEWER)),
                                new PlanMember("J.Smith", List.of(MemberRole.OFFICER)))))
                .expectNoEvents()
                .expectExceptionDetails(invalid("members[1].username"));
    }

    @Test
    void givenPlan_whenSetMembersWithoutRolesOrUsernameOrWithSpaces_thenInvalid() {
        fixture.given(CREATED)
                .when(new SetPlanMembers(PLAN, List.of(new PlanMember("j.smith", List.of()))))
                .expectNoEvents()
                .expectExceptionDetails(invalid("members[0].roles"));
        fixture.given(CREATED)
                .when(new SetPlanMembers(PLAN, List.of(new PlanMember("  ", List.of(MemberRole.VIEWER)))))
                .expectExceptionDetails(invalid("members[0].username"));
        fixture.given(CREATED)
                .when(new SetPlanMembers(PLAN, List.of(new PlanMember("j smith", List.of(MemberRole.VIEWER)))))
                .expectExceptionDetails(invalid("members[0].username"));
        fixture.given(CREATED)
                .when(new SetPlanMembers(PLAN, List.of(new PlanMember("j\u0000smith", List.of(MemberRole.VIEWER)))))
                .expectExceptionDetails(invalid("members[0].username"));
        fixture.given(CREATED).when(new SetPlanMembers(PLAN, null)).expectExceptionDetails(invalid("members"));
    }

    @Test
    void givenMembers_whenGrantingOne_thenOnlyTheirGrantRecordedAndTheOthersKept() {
        fixture.given(CREATED, new PlanMemberGranted(PLAN, "kept", List.of(MemberRole.VIEWER)))
                .when(new GrantPlanMembership(PLAN, " partner.officer ", List.of(MemberRole.OFFICER)))
                .expectEvents(new PlanMemberGranted(PLAN, "partner.officer", List.of(MemberRole.OFFICER)))
                .expectResultMessagePayload(new PlanMembers(
                        PLAN,
                        List.of(
                                new PlanMember("kept", List.of(MemberRole.VIEWER)),
                                new PlanMember("partner.officer", List.of(MemberRole.OFFICER)))));
        fixture.given(CREATED, new PlanMemberGranted(PLAN, "kept", List.of(MemberRole.VIEWER)))
                .when(new GrantPlanMembership(PLAN, "kept", List.of(MemberRole.VIEWER)))
                .expectNoEvents();
        fixture.given(CREATED)
                .when(new GrantPlanMembership(PLAN, "kept", List.of()))
                .expectNoEvents()
                .expectExceptionDetails(invalid("roles"));
    }

    @Test
    void givenMember_whenRevokingThemInOtherLetterCase_thenRevokedUnderTheirRecordedName() {
        fixture.given(CREATED, new PlanMemberGranted(PLAN, "Partner.Officer", List.of(MemberRole.OFFICER)))
                .when(new RevokePlanMembership(PLAN, "partner.officer"))
                .expectEvents(new PlanMemberRevoked(PLAN, "Partner.Officer"))
                .expectResultMessagePayload(new PlanMembers(PLAN, List.of()));
        fixture.given(CREATED)
                .when(new RevokePlanMembership(PLAN, "never.a.member"))
                .expectNoEvents();
    }

    @Test
    void givenNoPlan_whenSetMembers_thenNotFound() {
        fixture.givenNoPriorActivity()
                .when(new SetPlanMembers(PLAN, List.of()))
                .expectNoEvents()
                .expectException(AggregateNotFoundException.class);
    }

    /** The stream of an action stored under {@code actionId}, typed as the Action aggregate stores it. */
    private static GenericDomainEventMessage<ActionAdded> actionStream(String actionId, String planId) {
        return new GenericDomainEventMessage<>(
                "Action",
                actionId,
                0,
                new ActionAdded(
                        actionId,
                        planId,
                        "area-of-" + planId,
                        "1.1",
                        "Close the gap",
                        "Service Manager (Children and Justice)",
                        null,
                        null,
                        START,
                        List.of(),
                        null));
    }
}
