package org.promisetracker.query.replay;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.promisetracker.platform.axon.EventChain;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Replays a plan's events from the event store up to and including a given position and folds
 * them. Reads the event store only, never the projection tables.
 * <p>
 * Where the log is in this database (the embedded store), only the plan's own events are read:
 * those of the aggregates whose first event names the plan, found by the event table's own index
 * (platform's V4). Nothing of the plan is missed that way: every event is applied by an aggregate
 * (plan, action, benefit or report); every aggregate's first event, at sequence number 0, is the
 * one that creates it and names its plan (its other commands refuse an aggregate not yet recorded);
 * and PostgreSQL keeps that index with the event row, so no event is committed without the entry
 * that finds it. With Axon Server the log is elsewhere, so the whole log is read, as before.
 */
@Component
public class ReportReplay {

    /**
     * {@code chain}: the plan's chain walked over the same rows, every event up to the position, left
     * out or not (none where the whole log was read from Axon Server).
     */
    public record Replayed(PlanFold fold, long eventsRead, EventChain.Walk chain) {}

    /**
     * A plan's events up to a position ({@code ?, ?}: the plan, the position), in log order, with
     * their chain columns: every column of the event table the fold and the chain need.
     */
    public static final String PLAN_EVENTS = """
            SELECT global_index, event_identifier, aggregate_identifier, sequence_number, type,
                   payload_type, payload_revision, time_stamp, payload, meta_data, chain_ordinal, chain_hash
              FROM domain_event_entry
             WHERE aggregate_identifier IN (SELECT aggregate_identifier FROM domain_event_entry
                                             WHERE sequence_number = 0 AND event_plan_id(payload) = ?)
               AND global_index <= ?
             ORDER BY global_index
            """;

    private final EventStore eventStore;
    private final JdbcClient jdbc;
    private final Serializer serializer;
    private final ObjectProvider<org.axonframework.config.Configuration> axon;

    ReportReplay(
            EventStore eventStore,
            JdbcClient jdbc,
            @Qualifier("eventSerializer") Serializer serializer,
            ObjectProvider<org.axonframework.config.Configuration> axon) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.serializer = serializer;
        // asked for when a replay runs: Axon's configuration is built after the query handlers' beans
        this.axon = axon;
    }

    /** Whether the log is this database's event table (the embedded store), not Axon Server's. */
    public boolean logInThisDatabase() {
        return eventStore instanceof EmbeddedEventStore;
    }

    public Replayed upTo(String planId, long lastPosition) {
        return upTo(planId, lastPosition, Set.of());
    }

    /** As {@link #upTo(String, long)}, leaving out the events at {@code excluded} positions. */
    public Replayed upTo(String planId, long lastPosition, Set<Long> excluded) {
        return logInThisDatabase()
                ? planEventsUpTo(planId, lastPosition, excluded)
                : wholeLogUpTo(planId, lastPosition, excluded);
    }

    /** The plan's events only, those of its aggregates, in log order. */
    private Replayed planEventsUpTo(String planId, long lastPosition, Set<Long> excluded) {
        PlanFold fold = new PlanFold(planId);
        EventChain.Walk chain = new EventChain.Walk();
        long read = 0;
        try (Stream<TrackedDomainEventData<byte[]>> rows = jdbc
                        .sql(PLAN_EVENTS)
                        .params(planId, lastPosition)
                        .query((rs, row) -> {
                            EventChain.Content content = EventChain.Content.of(rs, 2);
                            chain.next(rs.getLong(1), content, rs.getObject(11, Long.class), rs.getBytes(12));
                            return new TrackedDomainEventData<>(
                                    new GlobalSequenceTrackingToken(rs.getLong(1)),
                                    new StoredEvent(
                                            content.type(),
                                            content.aggregateIdentifier(),
                                            content.sequenceNumber(),
                                            content.eventIdentifier(),
                                            DateTimeUtils.parseInstant(content.timestamp()),
                                            new SimpleSerializedObject<>(
                                                    content.payload(),
                                                    byte[].class,
                                                    content.payloadType(),
                                                    content.payloadRevision()),
                                            new SerializedMetaData<>(content.metaData(), byte[].class)));
                        })
                        .stream();
                Stream<TrackedEventMessage<?>> events = EventUtils.upcastAndDeserializeTrackedEvents(
                        rows, serializer, axon.getObject().upcasterChain())) {
            for (TrackedEventMessage<?> event : (Iterable<TrackedEventMessage<?>>) events::iterator) {
                long position = event.trackingToken().position().orElseThrow();
                if (!excluded.contains(position)) {
                    read++;
                    fold.apply(event.getPayload(), event.getTimestamp(), position);
                }
            }
        }
        return new Replayed(fold, read, chain);
    }

    /** Every event of the log from its start, the plan's folded: the reference the plan's own read is checked against. */
    public Replayed wholeLogUpTo(String planId, long lastPosition, Set<Long> excluded) {
        PlanFold fold = new PlanFold(planId);
        long read = 0;
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            while (stream.hasNextAvailable(5, TimeUnit.SECONDS)) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                long position = event.trackingToken().position().orElseThrow();
                if (position > lastPosition) {
                    break;
                }
                if (excluded.contains(position)) {
                    continue;
                }
                read++;
                fold.apply(event.getPayload(), event.getTimestamp(), position);
                if (position == lastPosition) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while replaying the event log", e);
        }
        return new Replayed(fold, read, null);
    }

    /** A row of the event table as Axon's readers take it (Axon's own entry classes are JPA entities). */
    private record StoredEvent(
            String type,
            String aggregateIdentifier,
            long sequenceNumber,
            String eventIdentifier,
            Instant timestamp,
            SerializedObject<byte[]> payload,
            SerializedObject<byte[]> metaData)
            implements DomainEventData<byte[]> {

        @Override
        public String getType() {
            return type;
        }

        @Override
        public String getAggregateIdentifier() {
            return aggregateIdentifier;
        }

        @Override
        public long getSequenceNumber() {
            return sequenceNumber;
        }

        @Override
        public String getEventIdentifier() {
            return eventIdentifier;
        }

        @Override
        public Instant getTimestamp() {
            return timestamp;
        }

        @Override
        public SerializedObject<byte[]> getPayload() {
            return payload;
        }

        @Override
        public SerializedObject<byte[]> getMetaData() {
            return metaData;
        }
    }
}
