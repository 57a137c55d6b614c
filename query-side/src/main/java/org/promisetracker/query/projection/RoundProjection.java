package org.promisetracker.query.projection;

import java.sql.Timestamp;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.promisetracker.api.action.ActionAssigned;
import org.promisetracker.api.benefit.BenefitAssigned;
import org.promisetracker.api.report.ReportPublished;
import org.promisetracker.api.round.ItemWaived;
import org.promisetracker.api.round.ReminderOutcomeRecorded;
import org.promisetracker.api.round.ReminderRecorded;
import org.promisetracker.api.round.RoundItem;
import org.promisetracker.api.round.RoundOpened;
import org.promisetracker.api.round.RoundSignedOff;
import org.promisetracker.api.round.UpdateApproved;
import org.promisetracker.api.round.UpdateReturned;
import org.promisetracker.api.round.UpdateSubmitted;
import org.promisetracker.platform.axon.MessageMetadata;
import org.promisetracker.query.readmodel.ReadSchemas;
import org.springframework.stereotype.Component;

/**
 * The reporting rounds and who updates which item, in the plan projection's processing group (one segment, log order, the same
 * batches and rebuilds): a round and its items as opened, then one row per step.
 */
@Component
@ProcessingGroup(PlanProjection.GROUP)
class RoundProjection {

    private final BatchWriter writer;
    private final EventPositions positions;
    private final ReadSchemas schemas;
    private final ProjectionProgress progress;

    RoundProjection(BatchWriter writer, EventPositions positions, ReadSchemas schemas, ProjectionProgress progress) {
        this.writer = writer;
        this.positions = positions;
        this.schemas = schemas;
        this.progress = progress;
    }

    @EventHandler
    void on(RoundOpened event, EventMessage<?> message, TrackingToken token, ReplayStatus replay) {
        reportAfterCommit(token);
        for (String schema : schemas.targetsFor(replay.isReplay())) {
            writer.insert(
                    "INSERT INTO " + schema + ".round (round_id, plan_id, title, committee, report_date, updates_due, "
                            + "opened_at, opened_by, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    event.roundId(),
                    event.planId(),
                    event.title(),
                    event.committee(),
                    event.reportDate(),
                    event.updatesDue(),
                    Timestamp.from(message.getTimestamp()),
                    recordedBy(message),
                    positions.of(message, token));
            for (int i = 0; i < event.items().size(); i++) {
                RoundItem item = event.items().get(i);
                writer.insert(
                        "INSERT INTO " + schema + ".round_item (round_id, item_id, kind, ordinal) VALUES (?, ?, ?, ?) "
                                + "ON CONFLICT DO NOTHING",
                        event.roundId(),
                        item.itemId(),
                        item.kind().name(),
                        i);
            }
        }
    }

    @EventHandler
    void on(UpdateSubmitted event, EventMessage<?> message, TrackingToken token, ReplayStatus replay) {
        step(
                event.roundId(),
                event.itemId(),
                "SUBMITTED",
                event.comment(),
                event.latestFact(),
                null,
                message,
                token,
                replay);
    }

    @EventHandler
    void on(UpdateApproved event, EventMessage<?> message, TrackingToken token, ReplayStatus replay) {
        step(event.roundId(), event.itemId(), "APPROVED", event.comment(), null, null, message, token, replay);
    }

    @EventHandler
    void on(UpdateReturned event, EventMessage<?> message, TrackingToken token, ReplayStatus replay) {
        step(event.roundId(), event.itemId(), "RETURNED", event.comment(), null, null, message, token, replay);
    }

    @EventHandler
    void on(ItemWaived event, EventMessage<?> message, TrackingToken token, ReplayStatus replay) {
        step(event.roundId(), event.itemId(), "WAIVED", event.reason(), null, null, message, token, replay);
    }

    @EventHandler
    void on(RoundSignedOff event, EventMessage<?> message, TrackingToken token, ReplayStatus replay) {
        step(event.roundId(), null, "SIGNED_OFF", null, null, null, message, token, replay);
    }

    @EventHandler
    void on(ActionAssigned event, EventMessage<?> message, TrackingToken token, ReplayStatus replay) {
        assign(event.actionId(), event.planId(), event.usernames(), message, token, replay);
    }

    @EventHandler
    void on(BenefitAssigned event, EventMessage<?> message, TrackingToken token, ReplayStatus replay) {
        assign(event.benefitId(), event.planId(), event.usernames(), message, token, replay);
    }

    /** Item ids have no spaces, so a space separates them. */
    @EventHandler
    void on(ReminderRecorded event, EventMessage<?> message, TrackingToken token, ReplayStatus replay) {
        reportAfterCommit(token);
        for (String schema : schemas.targetsFor(replay.isReplay())) {
            writer.insert(
                    "INSERT INTO " + schema
                            + ".round_reminder (reminder_id, round_id, plan_id, username, day, occasion, "
                            + "item_ids, recorded_at, recorded_by, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                            + "ON CONFLICT DO NOTHING",
                    event.reminderId(),
                    event.roundId(),
                    event.planId(),
                    event.username(),
                    event.day(),
                    event.occasion().name(),
                    String.join(" ", event.itemIds()),
                    Timestamp.from(message.getTimestamp()),
                    recordedBy(message),
                    positions.of(message, token));
        }
    }

    @EventHandler
    void on(ReminderOutcomeRecorded event, EventMessage<?> message, TrackingToken token, ReplayStatus replay) {
        reportAfterCommit(token);
        for (String schema : schemas.targetsFor(replay.isReplay())) {
            writer.insert(
                    "INSERT INTO " + schema + ".round_reminder_outcome (event_id, reminder_id, outcome, detail, "
                            + "recorded_at, position) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    message.getIdentifier(),
                    event.reminderId(),
                    event.outcome().name(),
                    event.detail(),
                    Timestamp.from(message.getTimestamp()),
                    positions.of(message, token));
        }
    }

    /** Usernames have no spaces, so a space separates them. */
    private void assign(
            String itemId,
            String planId,
            List<String> usernames,
            EventMessage<?> message,
            TrackingToken token,
            ReplayStatus replay) {
        reportAfterCommit(token);
        for (String schema : schemas.targetsFor(replay.isReplay())) {
            writer.insert(
                    "INSERT INTO " + schema + ".assignment (event_id, item_id, plan_id, usernames, position) "
                            + "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    message.getIdentifier(),
                    itemId,
                    planId,
                    String.join(" ", usernames),
                    positions.of(message, token));
        }
    }

    /** A report published from a round marks the round published (the plan projection freezes the report). */
    @EventHandler
    void on(ReportPublished event, EventMessage<?> message, TrackingToken token, ReplayStatus replay) {
        if (event.roundId() != null) {
            step(event.roundId(), null, "PUBLISHED", null, null, event.reportId(), message, token, replay);
        }
    }

    private void step(
            String roundId,
            String itemId,
            String step,
            String comment,
            String latestFact,
            String reportId,
            EventMessage<?> message,
            TrackingToken token,
            ReplayStatus replay) {
        reportAfterCommit(token);
        for (String schema : schemas.targetsFor(replay.isReplay())) {
            writer.insert(
                    "INSERT INTO " + schema + ".round_step (event_id, round_id, item_id, step, comment, latest_fact, "
                            + "report_id, recorded_at, recorded_by, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                            + "ON CONFLICT DO NOTHING",
                    message.getIdentifier(),
                    roundId,
                    itemId,
                    step,
                    comment,
                    latestFact,
                    reportId,
                    Timestamp.from(message.getTimestamp()),
                    recordedBy(message),
                    positions.of(message, token));
        }
    }

    /** Tells waiting pages once this event's batch has committed, as the plan projection does. */
    private void reportAfterCommit(TrackingToken token) {
        long position = token.position().orElse(-1);
        CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.afterCommit(committed -> progress.committed(position)));
    }

    private static String recordedBy(EventMessage<?> message) {
        Object by = message.getMetaData().get(MessageMetadata.RECORDED_BY);
        return by == null ? null : by.toString();
    }
}
