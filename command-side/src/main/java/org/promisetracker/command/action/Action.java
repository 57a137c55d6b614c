package org.promisetracker.command.action;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.promisetracker.api.action.ActionAdded;
import org.promisetracker.api.action.ActionAssigned;
import org.promisetracker.api.action.ActionStatus;
import org.promisetracker.api.action.ActionStatusChanged;
import org.promisetracker.api.action.AddAction;
import org.promisetracker.api.action.AssignAction;
import org.promisetracker.api.action.ChangeActionStatus;
import org.promisetracker.api.action.ProgressNoteRecorded;
import org.promisetracker.api.action.RecordProgressNote;
import org.promisetracker.api.rules.CommandRejected;
import org.promisetracker.api.rules.EffectiveDates;
import org.promisetracker.api.rules.Texts;
import org.promisetracker.api.rules.Usernames;
import org.promisetracker.command.caching.AggregateCaching;
import org.promisetracker.command.directory.PlanDirectory;
import org.promisetracker.command.directory.PlanDirectory.Kind;
import org.promisetracker.command.directory.PlanDirectory.PlanDates;
import org.promisetracker.command.rules.Ids;
import org.promisetracker.command.rules.Recordings;

/**
 * An action of a plan and its dated status changes and notes. Its own aggregate, so officers
 * updating different actions of one plan never wait for each other.
 */
@Aggregate(cache = AggregateCaching.ACTIONS)
class Action {

    /** More people than any one item is updated by is a mistake. */
    static final int MOST_ASSIGNEES = 50;

    @AggregateIdentifier
    private String actionId;

    private ActionAdded definition;
    /** Who updates it, as last assigned. */
    private List<String> assignees = List.of();

    private Recorded created;
    /** Every status change in the order recorded; a later one wins a tie on effective date. */
    private final List<ActionStatusChanged> statusChanges = new ArrayList<>();
    /** The event applied last, which a command handler answers with. */
    private Recorded lastApplied;

    Action() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Recorded handle(AddAction command, PlanDirectory directory) {
        PlanDates plan = directory.plan(command.planId());
        ActionAdded event = new ActionAdded(
                command.actionId(),
                command.planId(),
                command.areaId(),
                Texts.required("ref", command.ref(), Texts.REF, "An action needs a reference such as 1.1."),
                Texts.required("title", command.title(), Texts.TITLE, "An action needs a title."),
                Texts.required(
                        "leadOfficer",
                        command.leadOfficer(),
                        Texts.NAME,
                        "An action needs a lead officer (a role, not a person's details)."),
                command.dueDate(),
                Texts.clean("outcomeMeasures", command.outcomeMeasures(), Texts.TEXT),
                Objects.requireNonNullElse(command.effectiveFrom(), plan.start()),
                command.foundations().stream().distinct().toList(),
                Texts.clean("phase", command.phase(), Texts.SHORT));
        if (definition != null) {
            Ids.assertSameAsRecorded(event, definition, "action");
            return created;
        }
        directory.assertIdFree(command.actionId());
        assertAreaOfPlan(directory, command.areaId(), command.planId());
        assertRefFree(directory, command.planId(), event.ref());
        EffectiveDates.assertEffectiveFromWithinPlan("An action", event.effectiveFrom(), plan.start(), plan.end());
        apply(event);
        return lastApplied;
    }

    @CommandHandler
    Recorded handle(ChangeActionStatus command, PlanDirectory directory, Clock clock) {
        Ids.assertRecorded(definition, "action", actionId);
        if (command.status() == null) {
            throw CommandRejected.invalid("status", "A status is required.");
        }
        EffectiveDates.assertWithinPlan(
                "effectiveDate",
                command.effectiveDate(),
                directory.plan(definition.planId()).start(),
                clock);
        assertSuccessor(command, directory);
        String comment = Texts.clean("comment", command.comment(), Texts.TEXT);
        String lateReason = Texts.clean("lateReason", command.lateReason(), Texts.TEXT);
        assertReasonToLeaveTerminal(command.status(), command.effectiveDate(), comment);
        directory.assertLateReasonIfReported(definition.planId(), command.effectiveDate(), lateReason);
        apply(new ActionStatusChanged(
                actionId,
                definition.planId(),
                command.status(),
                command.effectiveDate(),
                comment,
                command.supersededBy(),
                lateReason));
        return lastApplied;
    }

    @CommandHandler
    Recorded handle(RecordProgressNote command, PlanDirectory directory, Clock clock) {
        Ids.assertRecorded(definition, "action", actionId);
        EffectiveDates.assertWithinPlan(
                "effectiveDate",
                command.effectiveDate(),
                directory.plan(definition.planId()).start(),
                clock);
        String text = Texts.required("text", command.text(), Texts.TEXT, "A note needs some text.");
        String lateReason = Texts.clean("lateReason", command.lateReason(), Texts.TEXT);
        directory.assertLateReasonIfReported(definition.planId(), command.effectiveDate(), lateReason);
        apply(new ProgressNoteRecorded(actionId, definition.planId(), command.effectiveDate(), text, lateReason));
        return lastApplied;
    }

    /** The status in effect on {@code date} as known now: the latest effective on or before it, ties to the later recorded. */
    ActionStatus statusAsAt(LocalDate date) {
        ActionStatus status = ActionStatus.NOT_STARTED;
        LocalDate effective = null;
        for (ActionStatusChanged change : statusChanges) {
            if (!change.effectiveDate().isAfter(date)
                    && (effective == null || !change.effectiveDate().isBefore(effective))) {
                status = change.status();
                effective = change.effectiveDate();
            }
        }
        return status;
    }

    private static void assertAreaOfPlan(PlanDirectory directory, String areaId, String planId) {
        if (areaId == null) {
            throw CommandRejected.invalid("areaId", "An action belongs to one of the plan's areas.");
        }
        if (!directory.isPartOf(areaId, Kind.AREA, planId)) {
            throw CommandRejected.invalid("areaId", "The area " + areaId + " is not an area of this plan.");
        }
    }

    private static void assertRefFree(PlanDirectory directory, String planId, String ref) {
        if (directory.isKeyTaken(planId, Kind.ACTION, ref)) {
            throw CommandRejected.conflict("This plan already has an action " + ref + ".");
        }
    }

    private void assertSuccessor(ChangeActionStatus command, PlanDirectory directory) {
        String successor = command.supersededBy();
        if (command.status() != ActionStatus.SUPERSEDED) {
            if (successor != null) {
                throw CommandRejected.invalid(
                        "supersededBy", "Only a superseded action names the action that replaces it.");
            }
            return;
        }
        if (successor == null) {
            throw CommandRejected.invalid("supersededBy", "Name the new action that supersedes this one.");
        }
        if (successor.equals(actionId)) {
            throw CommandRejected.invalid("supersededBy", "An action cannot supersede itself.");
        }
        if (!directory.isPartOf(successor, Kind.ACTION, definition.planId())) {
            throw CommandRejected.invalid(
                    "supersededBy", "The action " + successor + " is not an action of this plan.");
        }
    }

    private void assertReasonToLeaveTerminal(ActionStatus next, LocalDate effectiveDate, String comment) {
        ActionStatus current = statusAsAt(effectiveDate);
        if (current.isTerminal() && next != current && comment == null) {
            throw CommandRejected.conflict(
                    "comment",
                    "As at " + EffectiveDates.spoken(effectiveDate) + " this action is "
                            + current.name().toLowerCase() + "; say in a comment why it is being reopened.");
        }
    }

    /** The people who update the action; the same list again records nothing. */
    @CommandHandler
    Recorded handle(AssignAction command) {
        Ids.assertRecorded(definition, "action", actionId);
        List<String> usernames = Usernames.checkedList("usernames", command.usernames(), MOST_ASSIGNEES);
        if (!usernames.equals(assignees)) {
            apply(new ActionAssigned(actionId, definition.planId(), usernames));
        }
        return lastApplied;
    }

    @EventSourcingHandler
    void on(ActionAdded event, EventMessage<?> message) {
        actionId = event.actionId();
        definition = event;
        created = Recordings.of(message);
        lastApplied = created;
    }

    @EventSourcingHandler
    void on(ActionStatusChanged event, EventMessage<?> message) {
        statusChanges.add(event);
        lastApplied = Recordings.of(message);
    }

    @EventSourcingHandler
    void on(ProgressNoteRecorded event, EventMessage<?> message) {
        lastApplied = Recordings.of(message);
    }

    @EventSourcingHandler
    void on(ActionAssigned event, EventMessage<?> message) {
        lastApplied = Recordings.of(message);
        assignees = event.usernames();
    }

    // Ids says why; each aggregate declares it, as Axon finds handlers only in the aggregate's class hierarchy
    @EventSourcingHandler
    void onAnotherKind(Object event, @SourceId String id) {
        actionId = id;
    }
}
