package org.promisetracker.command.plan;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.SourceId;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.promisetracker.api.Recorded;
import org.promisetracker.api.plan.AddArea;
import org.promisetracker.api.plan.AreaAdded;
import org.promisetracker.api.plan.CreatePlan;
import org.promisetracker.api.plan.GrantPlanMembership;
import org.promisetracker.api.plan.PlanCreated;
import org.promisetracker.api.plan.PlanMember;
import org.promisetracker.api.plan.PlanMemberGranted;
import org.promisetracker.api.plan.PlanMemberRevoked;
import org.promisetracker.api.plan.PlanMembers;
import org.promisetracker.api.plan.RevokePlanMembership;
import org.promisetracker.api.plan.SetPlanMembers;
import org.promisetracker.api.rules.CommandRejected;
import org.promisetracker.api.rules.Texts;
import org.promisetracker.command.caching.AggregateCaching;
import org.promisetracker.command.directory.PlanDirectory;
import org.promisetracker.command.rules.Ids;
import org.promisetracker.command.rules.Recordings;

/** A corporate parenting plan, its numbered areas, and who may see and change it beyond the global roles. */
@Aggregate(cache = AggregateCaching.PLANS)
class Plan {

    static final String DEFAULT_AREA_LABEL = "Area";

    @AggregateIdentifier
    private String planId;

    private PlanCreated definition;
    private Recorded created;
    private final Map<String, Area> areas = new HashMap<>();
    private final Membership members = new Membership();
    /** The event applied last, which a command handler answers with. */
    private Recorded lastApplied;

    private record Area(AreaAdded definition, Recorded created) {}

    Plan() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Recorded handle(CreatePlan command, PlanDirectory directory) {
        PlanCreated event = new PlanCreated(
                command.planId(),
                Texts.required("title", command.title(), Texts.NAME, "A plan needs a title."),
                Texts.required(
                        "organisation",
                        command.organisation(),
                        Texts.NAME,
                        "A plan needs the organisation that keeps it."),
                command.startDate(),
                command.endDate(),
                Objects.requireNonNullElse(
                        Texts.clean("areaLabel", command.areaLabel(), Texts.SHORT), DEFAULT_AREA_LABEL));
        if (definition != null) {
            Ids.assertSameAsRecorded(event, definition, "plan");
            return created;
        }
        directory.assertIdFree(command.planId());
        assertDates(command);
        apply(event);
        return lastApplied;
    }

    @CommandHandler
    Recorded handle(AddArea command, PlanDirectory directory) {
        Ids.assertRecorded(definition, "plan", planId);
        AreaAdded event = new AreaAdded(
                planId,
                command.areaId(),
                command.number(),
                Texts.required("title", command.title(), Texts.TITLE, "An area needs a title."));
        Area existing = areas.get(command.areaId());
        if (existing != null) {
            Ids.assertSameAsRecorded(event, existing.definition(), "area");
            return existing.created();
        }
        directory.assertIdFree(command.areaId());
        assertNumberFree(command.number());
        apply(event);
        return lastApplied;
    }

    /**
     * Records the difference between the plan's members and {@code command.members()}: a revocation
     * for each user left out, a grant for each new user or changed set of roles, nothing for the rest.
     */
    @CommandHandler
    PlanMembers handle(SetPlanMembers command) {
        Ids.assertRecorded(definition, "plan", planId);
        List<PlanMember> wanted = Membership.checked(command.members());
        for (PlanMember held : members.members()) {
            if (wanted.stream()
                    .noneMatch(member -> Membership.key(member.username()).equals(Membership.key(held.username())))) {
                apply(new PlanMemberRevoked(planId, held.username()));
            }
        }
        for (PlanMember member : wanted) {
            PlanMember held = members.get(member.username());
            if (held == null || !held.equals(member)) {
                apply(new PlanMemberGranted(planId, member.username(), member.roles()));
            }
        }
        return new PlanMembers(planId, members.members());
    }

    @CommandHandler
    PlanMembers handle(GrantPlanMembership command) {
        Ids.assertRecorded(definition, "plan", planId);
        PlanMember member = Membership.checked("", new PlanMember(command.username(), command.roles()));
        if (!member.equals(members.get(member.username()))) {
            apply(new PlanMemberGranted(planId, member.username(), member.roles()));
        }
        return new PlanMembers(planId, members.members());
    }

    @CommandHandler
    PlanMembers handle(RevokePlanMembership command) {
        Ids.assertRecorded(definition, "plan", planId);
        PlanMember held = members.get(Membership.username("username", command.username()));
        if (held != null) {
            apply(new PlanMemberRevoked(planId, held.username()));
        }
        return new PlanMembers(planId, members.members());
    }

    private static void assertDates(CreatePlan command) {
        if (command.startDate() == null) {
            throw CommandRejected.invalid("startDate", "A plan needs a start date.");
        }
        if (command.endDate() == null) {
            throw CommandRejected.invalid("endDate", "A plan needs an end date.");
        }
        if (command.endDate().isBefore(command.startDate())) {
            throw CommandRejected.invalid("endDate", "The plan cannot end before it starts.");
        }
    }

    private void assertNumberFree(int number) {
        if (number < 1) {
            throw CommandRejected.invalid("number", "Areas are numbered from 1.");
        }
        if (areas.values().stream().anyMatch(area -> area.definition().number() == number)) {
            throw CommandRejected.conflict("This plan already has an area numbered " + number + ".");
        }
    }

    @EventSourcingHandler
    void on(PlanCreated event, EventMessage<?> message) {
        planId = event.planId();
        definition = event;
        created = Recordings.of(message);
        lastApplied = created;
    }

    @EventSourcingHandler
    void on(AreaAdded event, EventMessage<?> message) {
        lastApplied = Recordings.of(message);
        areas.put(event.areaId(), new Area(event, lastApplied));
    }

    @EventSourcingHandler
    void on(PlanMemberGranted event, EventMessage<?> message) {
        lastApplied = Recordings.of(message);
        members.grant(event.username(), event.roles());
    }

    @EventSourcingHandler
    void on(PlanMemberRevoked event, EventMessage<?> message) {
        lastApplied = Recordings.of(message);
        members.revoke(event.username());
    }

    // Ids says why; each aggregate declares it, as Axon finds handlers only in the aggregate's class hierarchy
    @EventSourcingHandler
    void onAnotherKind(Object event, @SourceId String id) {
        planId = id;
    }
}
