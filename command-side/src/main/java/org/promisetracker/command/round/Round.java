package org.promisetracker.command.round;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.SourceId;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.promisetracker.api.Recorded;
import org.promisetracker.api.round.ItemWaived;
import org.promisetracker.api.round.OpenRound;
import org.promisetracker.api.round.RecordReminder;
import org.promisetracker.api.round.RecordReminderOutcome;
import org.promisetracker.api.round.ReminderDecision;
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
import org.promisetracker.api.round.UpdateState;
import org.promisetracker.api.round.UpdateSubmitted;
import org.promisetracker.api.round.WaiveItem;
import org.promisetracker.api.rules.CommandRejected;
import org.promisetracker.api.rules.EffectiveDates;
import org.promisetracker.api.rules.Texts;
import org.promisetracker.api.rules.Usernames;
import org.promisetracker.command.directory.PlanDirectory;
import org.promisetracker.command.directory.PlanDirectory.Kind;
import org.promisetracker.command.directory.PlanDirectory.PlanDates;
import org.promisetracker.command.rules.Ids;
import org.promisetracker.command.rules.Recordings;

/**
 * A reporting round: the updates a plan's report asks for, each submitted, then approved or
 * returned (due again) or waived, until the round is signed off. Once signed off nothing in it
 * changes; the report published from it names the sign-off. Its reminders are recorded here too,
 * before they are sent, at most one a person a day, so that no restart or second node sends one twice.
 */
@Aggregate
class Round {

    @AggregateIdentifier
    private String roundId;

    private RoundOpened definition;
    private Recorded opened;
    private final Map<String, UpdateState> items = new LinkedHashMap<>();
    private boolean signedOff;
    /** Who was reminded on which day, by {@link #reminded}'s key. */
    private final Set<String> reminded = new HashSet<>();
    /** Each recorded reminder's outcome, null until it is recorded. */
    private final Map<String, ReminderOutcome> reminders = new HashMap<>();

    private Recorded lastApplied;

    Round() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Recorded handle(OpenRound command, PlanDirectory directory, Clock clock) {
        PlanDates plan = directory.plan(command.planId());
        RoundOpened event = new RoundOpened(
                command.roundId(),
                command.planId(),
                Texts.required("title", command.title(), Texts.LINE, "A round needs a title."),
                Texts.required("committee", command.committee(), Texts.NAME, "Name the committee the report goes to."),
                command.reportDate(),
                command.updatesDue(),
                command.items());
        if (definition != null) {
            Ids.assertSameAsRecorded(event, definition, "round");
            return opened;
        }
        if (command.reportDate() == null) {
            throw CommandRejected.invalid("reportDate", "A round needs the report date it prepares.");
        }
        if (command.updatesDue() == null) {
            throw CommandRejected.invalid("updatesDue", "Say by when the updates are due.");
        }
        EffectiveDates.assertWithinPlan("reportDate", command.reportDate(), plan.start(), clock);
        if (command.updatesDue().isAfter(command.reportDate())) {
            throw CommandRejected.invalid("updatesDue", "Updates are due on or before the report date.");
        }
        assertItemsOfPlan(command.items(), command.planId(), directory);
        directory.assertIdFree(command.roundId());
        apply(event);
        return lastApplied;
    }

    @CommandHandler
    Recorded handle(SubmitUpdate command) {
        UpdateState state = openItem(command.itemId());
        if (state != UpdateState.DUE && state != UpdateState.RETURNED) {
            throw CommandRejected.conflict(
                    "This item's update is " + state.name().toLowerCase() + " already.");
        }
        String comment = Texts.clean("comment", command.comment(), Texts.TEXT);
        if (command.latestFact() == null && comment == null) {
            throw CommandRejected.invalid(
                    "comment",
                    "Nothing is recorded for this item since the round opened: record its update first, "
                            + "or say in a comment that nothing has changed.");
        }
        apply(new UpdateSubmitted(roundId, definition.planId(), command.itemId(), comment, command.latestFact()));
        return lastApplied;
    }

    @CommandHandler
    Recorded handle(ReviewUpdate command) {
        UpdateState state = openItem(command.itemId());
        if (state != UpdateState.SUBMITTED) {
            throw CommandRejected.conflict("Only a submitted update can be reviewed; this one is "
                    + state.name().toLowerCase() + ".");
        }
        if (command.approved()) {
            String comment = Texts.clean("comment", command.comment(), Texts.TEXT);
            apply(new UpdateApproved(roundId, definition.planId(), command.itemId(), comment));
        } else {
            String comment = Texts.required(
                    "comment",
                    command.comment(),
                    Texts.TEXT,
                    "Say what is missing, so that the officer knows what to do.");
            apply(new UpdateReturned(roundId, definition.planId(), command.itemId(), comment));
        }
        return lastApplied;
    }

    @CommandHandler
    Recorded handle(WaiveItem command) {
        UpdateState state = openItem(command.itemId());
        if (state == UpdateState.APPROVED || state == UpdateState.WAIVED) {
            throw CommandRejected.conflict(
                    "This item's update is " + state.name().toLowerCase() + " already.");
        }
        String reason = Texts.required(
                "reason", command.reason(), Texts.TEXT, "Say why no update is needed; the report shows it.");
        apply(new ItemWaived(roundId, definition.planId(), command.itemId(), reason));
        return lastApplied;
    }

    @CommandHandler
    Recorded handle(SignOffRound command) {
        assertOpen();
        List<String> waiting = items.entrySet().stream()
                .filter(item -> item.getValue() != UpdateState.APPROVED && item.getValue() != UpdateState.WAIVED)
                .map(Map.Entry::getKey)
                .toList();
        if (!waiting.isEmpty()) {
            throw CommandRejected.conflict(waiting.size() + (waiting.size() == 1 ? " item is" : " items are")
                    + " not approved or waived yet; every item must be before the round is signed off.");
        }
        apply(new RoundSignedOff(roundId, definition.planId()));
        return lastApplied;
    }

    /**
     * Records a reminder of those of {@code itemIds} still due or returned, unless the person was
     * reminded of this round today (in the service's zone) or the round is signed off: then nothing
     * is recorded, and the answer names no items.
     */
    @CommandHandler
    ReminderDecision handle(RecordReminder command, Clock clock) {
        Ids.assertRecorded(definition, "round", roundId);
        String username = Usernames.checked("username", command.username());
        if (command.reminderId() == null || command.reminderId().isBlank()) {
            throw CommandRejected.invalid("reminderId", "A reminder needs its id.");
        }
        if (command.occasion() == null) {
            throw CommandRejected.invalid("occasion", "Say which point of the round the reminder is for.");
        }
        if (command.itemIds() == null) {
            throw CommandRejected.invalid("itemIds", "Name the items the reminder is of.");
        }
        if (reminders.containsKey(command.reminderId())) {
            throw CommandRejected.conflict("The reminder " + command.reminderId() + " is recorded already.");
        }
        LocalDate today = LocalDate.now(clock);
        List<String> due = command.itemIds().stream()
                .distinct()
                .filter(itemId -> {
                    UpdateState state = items.get(itemId);
                    return state == UpdateState.DUE || state == UpdateState.RETURNED;
                })
                .toList();
        if (signedOff || due.isEmpty() || reminded.contains(remindedKey(username, today))) {
            return ReminderDecision.none(command.reminderId());
        }
        apply(new ReminderRecorded(
                roundId, definition.planId(), command.reminderId(), username, today, command.occasion(), due));
        return new ReminderDecision(command.reminderId(), due);
    }

    /** Records a reminder's outcome once; the same outcome again changes nothing. */
    @CommandHandler
    Recorded handle(RecordReminderOutcome command) {
        Ids.assertRecorded(definition, "round", roundId);
        if (!reminders.containsKey(command.reminderId())) {
            throw CommandRejected.notFound("The round has no reminder " + command.reminderId() + ".");
        }
        if (command.outcome() == null) {
            throw CommandRejected.invalid("outcome", "Say whether the reminder was sent.");
        }
        ReminderOutcome recorded = reminders.get(command.reminderId());
        if (recorded == command.outcome()) {
            return lastApplied;
        }
        if (recorded != null) {
            throw CommandRejected.conflict("The reminder's outcome is recorded already: "
                    + recorded.name().toLowerCase() + ".");
        }
        String detail = Texts.clean("detail", command.detail(), Texts.TEXT);
        apply(new ReminderOutcomeRecorded(
                roundId, definition.planId(), command.reminderId(), command.outcome(), detail));
        return lastApplied;
    }

    private static String remindedKey(String username, LocalDate day) {
        return Usernames.key(username) + " " + day;
    }

    private UpdateState openItem(String itemId) {
        assertOpen();
        UpdateState state = items.get(itemId);
        if (state == null) {
            throw CommandRejected.notFound("The round has no item " + itemId + ".");
        }
        return state;
    }

    private void assertOpen() {
        Ids.assertRecorded(definition, "round", roundId);
        if (signedOff) {
            throw CommandRejected.conflict("The round is signed off; nothing in it can change.");
        }
    }

    private static void assertItemsOfPlan(List<RoundItem> items, String planId, PlanDirectory directory) {
        if (items.isEmpty()) {
            throw CommandRejected.invalid("items", "A round needs at least one action or benefit to update.");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            RoundItem item = items.get(i);
            String field = "items[" + i + "]";
            if (item == null || item.itemId() == null || item.kind() == null) {
                throw CommandRejected.invalid(field, "An item needs its id and kind (ACTION or BENEFIT).");
            }
            Kind kind = switch (item.kind()) {
                case ACTION -> Kind.ACTION;
                case BENEFIT -> Kind.BENEFIT;
                default -> null;
            };
            if (kind == null || !directory.isPartOf(item.itemId(), kind, planId)) {
                throw CommandRejected.invalid(
                        field, "The plan has no " + item.kind().name().toLowerCase() + " " + item.itemId() + ".");
            }
            if (!seen.add(item.itemId())) {
                throw CommandRejected.invalid(field, "The item " + item.itemId() + " is listed twice.");
            }
        }
    }

    @EventSourcingHandler
    void on(RoundOpened event, EventMessage<?> message) {
        roundId = event.roundId();
        definition = event;
        opened = Recordings.of(message);
        lastApplied = opened;
        event.items().forEach(item -> items.put(item.itemId(), UpdateState.DUE));
    }

    @EventSourcingHandler
    void on(UpdateSubmitted event, EventMessage<?> message) {
        lastApplied = Recordings.of(message);
        items.put(event.itemId(), UpdateState.SUBMITTED);
    }

    @EventSourcingHandler
    void on(UpdateApproved event, EventMessage<?> message) {
        lastApplied = Recordings.of(message);
        items.put(event.itemId(), UpdateState.APPROVED);
    }

    @EventSourcingHandler
    void on(UpdateReturned event, EventMessage<?> message) {
        lastApplied = Recordings.of(message);
        items.put(event.itemId(), UpdateState.RETURNED);
    }

    @EventSourcingHandler
    void on(ItemWaived event, EventMessage<?> message) {
        lastApplied = Recordings.of(message);
        items.put(event.itemId(), UpdateState.WAIVED);
    }

    @EventSourcingHandler
    void on(ReminderRecorded event, EventMessage<?> message) {
        lastApplied = Recordings.of(message);
        reminded.add(remindedKey(event.username(), event.day()));
        reminders.put(event.reminderId(), null);
    }

    @EventSourcingHandler
    void on(ReminderOutcomeRecorded event, EventMessage<?> message) {
        lastApplied = Recordings.of(message);
        reminders.put(event.reminderId(), event.outcome());
    }

    @EventSourcingHandler
    void on(RoundSignedOff event, EventMessage<?> message) {
        lastApplied = Recordings.of(message);
        signedOff = true;
    }

    // Ids says why; each aggregate declares it, as Axon finds handlers only in the aggregate's class hierarchy
    @EventSourcingHandler
    void onAnotherKind(Object event, @SourceId String id) {
        roundId = id;
    }
}
