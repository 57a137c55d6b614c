package org.promisetracker.query.projection;

import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.promisetracker.api.action.ActionAdded;
import org.promisetracker.api.action.ActionStatusChanged;
import org.promisetracker.api.action.Foundation;
import org.promisetracker.api.action.ProgressNoteRecorded;
import org.promisetracker.api.benefit.BenefitAdded;
import org.promisetracker.api.benefit.MeasurementCorrected;
import org.promisetracker.api.benefit.MeasurementRecorded;
import org.promisetracker.api.benefit.RagAssessed;
import org.promisetracker.api.plan.AreaAdded;
import org.promisetracker.api.plan.PlanCreated;
import org.promisetracker.api.plan.PlanMemberGranted;
import org.promisetracker.api.plan.PlanMemberRevoked;
import org.promisetracker.api.report.ReportPublished;
import org.promisetracker.platform.axon.MessageMetadata;
import org.promisetracker.query.readmodel.FactKind;
import org.promisetracker.query.readmodel.ReadSchemas;
import org.promisetracker.query.report.ReportFreezer;
import org.springframework.stereotype.Component;

/**
 * Projects every event into the read schema(s): structure rows, and one immutable row per dated
 * fact carrying both its effective date and its recorded-at instant and global position. Every
 * insert is keyed by the event (ON CONFLICT DO NOTHING), and Axon commits the token in the same
 * transaction, so a batch replayed after a crash changes nothing.
 * <p>
 * Events are handled one at a time in log order (one segment): a report is frozen from the facts
 * before it, so they must all be in. The rows of a batch of events go in together when the batch
 * commits ({@link BatchWriter}), or earlier when a report in the batch needs them; the batch reads
 * which schemas to write to, and the events' positions, once ({@link ReadSchemas}, {@link EventPositions}).
 * <p>
 * An event that cannot be projected is parked, with the later events of its item, and the others
 * go on ({@link ProjectionConfiguration}, {@link BatchWriter}).
 */
@Component
@ProcessingGroup(PlanProjection.GROUP)
public class PlanProjection {

    public static final String GROUP = "plan-projection";

    private final BatchWriter writer;
    private final EventPositions positions;
    private final ReadSchemas schemas;
    private final ReportFreezer freezer;
    private final ProjectionProgress progress;
    private final Savepoints savepoints;

    PlanProjection(
            BatchWriter writer,
            EventPositions positions,
            ReadSchemas schemas,
            ReportFreezer freezer,
            ProjectionProgress progress,
            Savepoints savepoints) {
        this.writer = writer;
        this.positions = positions;
        this.schemas = schemas;
        this.freezer = freezer;
        this.progress = progress;
        this.savepoints = savepoints;
    }

    @EventHandler
    void on(PlanCreated event, EventMessage<?> message, TrackingToken token, ReplayStatus replay) {
        reportAfterCommit(token);
        for (String schema : schemas.targetsFor(replay.isReplay())) {
            writer.insert(
                    "INSERT INTO " + schema + ".plan (plan_id, title, organisation, start_date, end_date, area_label, "
                            + "recorded_at, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    event.planId(),
                    event.title(),
                    event.organisation(),
                    event.startDate(),
                    event.endDate(),
                    event.areaLabel(),
                    recordedAt(message),
                    positions.of(message, token));
            writer.touch(schema, event.planId(), recordedAt(message));
        }
    }

    @EventHandler
    void on(AreaAdded event, EventMessage<?> message, TrackingToken token, ReplayStatus replay) {
        reportAfterCommit(token);
        for (String schema : schemas.targetsFor(replay.isReplay())) {
            writer.insert(
                    "INSERT INTO " + schema + ".area (area_id, plan_id, number, title, recorded_at, position) "
                            + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    event.areaId(),
                    event.planId(),
                    event.number(),
                    event.title(),
                    recordedAt(message),
                    positions.of(message, token));
            writer.touch(schema, event.planId(), recordedAt(message));
        }
    }

    @EventHandler
    void on(PlanMemberGranted event, EventMessage<?> message, TrackingToken token, ReplayStatus replay) {
        reportAfterCommit(token);
        insertMembership(event.planId(), event.username(), event.roles(), message, token, replay);
    }

    @EventHandler
    void on(PlanMemberRevoked event, EventMessage<?> message, TrackingToken token, ReplayStatus replay) {
        reportAfterCommit(token);
        insertMembership(event.planId(), event.username(), List.of(), message, token, replay);
    }

    private void insertMembership(
            String planId,
            String username,
            List<? extends Enum<?>> roles,
            EventMessage<?> message,
            TrackingToken token,
            ReplayStatus replay) {
        for (String schema : schemas.targetsFor(replay.isReplay())) {
            writer.insert(
                    "INSERT INTO " + schema + ".plan_member (event_id, plan_id, username, username_key, roles, "
                            + "recorded_at, recorded_by, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    message.getIdentifier(),
                    planId,
                    username,
                    username.toLowerCase(Locale.ROOT),
                    roles.stream().map(Enum::name).collect(Collectors.joining(",")),
                    recordedAt(message),
                    recordedBy(message),
                    positions.of(message, token));
        }
    }

    @EventHandler
    void on(ActionAdded event, EventMessage<?> message, TrackingToken token, ReplayStatus replay) {
        reportAfterCommit(token);
        String foundations = event.foundations().stream().map(Foundation::name).collect(Collectors.joining(","));
        for (String schema : schemas.targetsFor(replay.isReplay())) {
            writer.insert(
                    "INSERT INTO " + schema
                            + ".action (action_id, event_id, plan_id, area_id, ref, title, lead_officer, "
                            + "due_date, outcome_measures, effective_from, foundations, phase, recorded_at, recorded_by, position) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    event.actionId(),
                    message.getIdentifier(),
                    event.planId(),
                    event.areaId(),
                    event.ref(),
                    event.title(),
                    event.leadOfficer(),
                    event.dueDate(),
                    event.outcomeMeasures(),
                    event.effectiveFrom(),
                    foundations,
                    event.phase(),
                    recordedAt(message),
                    recordedBy(message),
                    positions.of(message, token));
            writer.touch(schema, event.planId(), recordedAt(message));
        }
    }

    @EventHandler
    void on(BenefitAdded event, EventMessage<?> message, TrackingToken token, ReplayStatus replay) {
        reportAfterCommit(token);
        for (String schema : schemas.targetsFor(replay.isReplay())) {
            writer.insert(
                    "INSERT INTO " + schema
                            + ".benefit (benefit_id, event_id, plan_id, ref, action_ids, title, type, measure, "
                            + "collection_method, data_source, unit, direction, baseline_value, baseline_evidence, baseline_date, "
                            + "target_value, target_date, effective_from, recorded_at, recorded_by, position) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    event.benefitId(),
                    message.getIdentifier(),
                    event.planId(),
                    event.ref(),
                    String.join(",", event.actionIds()),
                    event.title(),
                    event.type().name(),
                    event.measure(),
                    event.collectionMethod(),
                    event.dataSource(),
                    event.unit(),
                    event.direction().name(),
                    event.baseline() == null ? null : event.baseline().value(),
                    event.baseline() == null ? null : event.baseline().evidence(),
                    event.baseline() == null ? null : event.baseline().date(),
                    event.target() == null ? null : event.target().value(),
                    event.target() == null ? null : event.target().date(),
                    event.effectiveFrom(),
                    recordedAt(message),
                    recordedBy(message),
                    positions.of(message, token));
            writer.touch(schema, event.planId(), recordedAt(message));
        }
    }

    @EventHandler
    void on(ActionStatusChanged event, EventMessage<?> message, TrackingToken token, ReplayStatus replay) {
        reportAfterCommit(token);
        insertFact(
                new Fact(event.planId(), event.actionId(), FactKind.STATUS, event.effectiveDate())
                        .status(event.status().name())
                        .text(event.comment())
                        .supersededBy(event.supersededBy())
                        .lateReason(event.lateReason()),
                message,
                token,
                replay);
    }

    @EventHandler
    void on(ProgressNoteRecorded event, EventMessage<?> message, TrackingToken token, ReplayStatus replay) {
        reportAfterCommit(token);
        insertFact(
                new Fact(event.planId(), event.actionId(), FactKind.NOTE, event.effectiveDate())
                        .text(event.text())
                        .lateReason(event.lateReason()),
                message,
                token,
                replay);
    }

    @EventHandler
    void on(MeasurementRecorded event, EventMessage<?> message, TrackingToken token, ReplayStatus replay) {
        reportAfterCommit(token);
        insertFact(
                new Fact(event.planId(), event.benefitId(), FactKind.MEASUREMENT, event.effectiveDate())
                        .measurement(event.measurementId(), event.value(), event.evidence(), event.source())
                        .lateReason(event.lateReason()),
                message,
                token,
                replay);
    }

    @EventHandler
    void on(MeasurementCorrected event, EventMessage<?> message, TrackingToken token, ReplayStatus replay) {
        reportAfterCommit(token);
        insertFact(
                new Fact(event.planId(), event.benefitId(), FactKind.CORRECTION, event.effectiveDate())
                        .measurement(event.measurementId(), event.value(), event.evidence(), null)
                        .text(event.reason()),
                message,
                token,
                replay);
    }

    @EventHandler
    void on(RagAssessed event, EventMessage<?> message, TrackingToken token, ReplayStatus replay) {
        reportAfterCommit(token);
        insertFact(
                new Fact(event.planId(), event.benefitId(), FactKind.RAG, event.effectiveDate())
                        .rag(event.rag().name())
                        .text(event.rationale())
                        .lateReason(event.lateReason()),
                message,
                token,
                replay);
    }

    @EventHandler
    void on(ReportPublished event, EventMessage<?> message, TrackingToken token, ReplayStatus replay) {
        reportAfterCommit(token);
        writer.commitDurably();
        // the report is frozen from the facts before it, some perhaps still held back in this batch
        writer.flush();
        long position = positions.of(message, token);
        Set<Long> open = openBelow(token, position);
        // replayed in a rebuild, a report is copied as it was frozen in the live schema
        String frozenIn = replay.isReplay() ? schemas.live() : null;
        for (String schema : schemas.targetsFor(replay.isReplay())) {
            // a report that cannot be frozen is parked, and must not abort the batch's transaction
            savepoints.run(() -> freezer.freeze(
                    schema, event, message.getTimestamp(), recordedBy(message), position, open, frozenIn));
        }
    }

    private void insertFact(Fact fact, EventMessage<?> message, TrackingToken token, ReplayStatus replay) {
        for (String schema : schemas.targetsFor(replay.isReplay())) {
            // a correction keeps the source of the measurement it corrects
            // (through the same statement, so its row goes in first even when both are in one batch)
            writer.insert(
                    "INSERT INTO " + schema + ".fact (position, event_id, plan_id, subject_id, kind, effective_date, "
                            + "recorded_at, recorded_by, status, rag, measurement_id, value, evidence, source, text, superseded_by, late_reason) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, COALESCE(?, (SELECT source FROM " + schema
                            + ".fact WHERE subject_id = ? AND measurement_id = ? AND kind = 'MEASUREMENT')), ?, ?, ?) "
                            + "ON CONFLICT DO NOTHING",
                    positions.of(message, token),
                    message.getIdentifier(),
                    fact.planId,
                    fact.subjectId,
                    fact.kind.name(),
                    fact.effectiveDate,
                    recordedAt(message),
                    recordedBy(message),
                    fact.status,
                    fact.rag,
                    fact.measurementId,
                    fact.value,
                    fact.evidence,
                    fact.source,
                    fact.subjectId,
                    fact.measurementId,
                    fact.text,
                    fact.supersededBy,
                    fact.lateReason);
            writer.touch(schema, fact.planId, recordedAt(message));
        }
    }

    /**
     * Positions below the report's that the stream has not delivered yet: transactions numbered
     * before the report and still open (the embedded store's gaps; Axon Server has none).
     */
    private static Set<Long> openBelow(TrackingToken token, long position) {
        if (WrappedToken.unwrapLowerBound(token) instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getGaps().stream().filter(gap -> gap < position).collect(Collectors.toSet());
        }
        return Set.of();
    }

    /** Tells waiting pages once this event's batch has committed, never before. */
    private void reportAfterCommit(TrackingToken token) {
        // the highest position handled, which is what a page waiting for "everything so far" needs
        long position = token.position().orElse(-1);
        CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.afterCommit(committed -> progress.committed(position)));
    }

    private static Timestamp recordedAt(EventMessage<?> message) {
        return Timestamp.from(message.getTimestamp());
    }

    private static String recordedBy(EventMessage<?> message) {
        Object by = message.getMetaData().get(MessageMetadata.RECORDED_BY);
        return by == null ? null : by.toString();
    }
}
