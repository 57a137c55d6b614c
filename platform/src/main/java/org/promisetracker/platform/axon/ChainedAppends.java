package org.promisetracker.platform.axon;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * Axon's append of events, with each event's place in its plan's {@link EventChain}, in the append's
 * own transaction. The plan's chain head is locked first, so a plan's appends take their turn: the
 * event table numbers the rows as they are inserted, after the lock, and a plan's events are
 * chained in the order of their positions. Appends to different plans do not wait for each other.
 * <p>
 * An event's plan is the one its aggregate's first event names, as the event table's own index
 * finds it (platform's V4), so the walk that checks a chain reads exactly the events chained in it.
 */
final class ChainedAppends implements AppendEventsStatementBuilder {

    /**
     * Creates the plan's head on its first event and locks it either way, answering what it holds.
     * One command appends the events of one aggregate, so an append locks one head and two appends
     * never wait for each other in a circle.
     */
    private static final String LOCK_HEAD = """
            INSERT INTO event_chain_head AS head (plan_id, events)
            VALUES (coalesce(CASE WHEN ? = 0 THEN event_plan_id(?)
                                  ELSE (SELECT event_plan_id(payload) FROM domain_event_entry
                                         WHERE aggregate_identifier = ? AND sequence_number = 0) END, ?), 0)
            ON CONFLICT (plan_id) DO UPDATE SET events = head.events
            RETURNING plan_id, events, hash
            """;

    private static final String MOVE_HEAD =
            "UPDATE event_chain_head SET events = ?, event_identifier = ?, hash = ? WHERE plan_id = ?";

    private record Head(long events, byte[] hash, String eventIdentifier) {}

    @Override
    public PreparedStatement build(
            Connection connection,
            EventSchema schema,
            Class<?> dataType,
            List<? extends EventMessage<?>> events,
            Serializer serializer,
            TimestampWriter timestampWriter)
            throws SQLException {
        Map<String, String> planOfAggregate = new HashMap<>();
        Map<String, Head> heads = new LinkedHashMap<>();
        PreparedStatement insert = connection.prepareStatement("INSERT INTO " + schema.domainEventTable() + " ("
                + schema.domainEventFields() + ", chain_ordinal, chain_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
        for (EventMessage<?> message : events) {
            DomainEventMessage<?> event = (DomainEventMessage<?>) message;
            SerializedObject<?> payload = event.serializePayload(serializer, dataType);
            SerializedObject<?> metaData = event.serializeMetaData(serializer, dataType);
            String plan = planOfAggregate.get(event.getAggregateIdentifier());
            if (plan == null) {
                plan = lock(connection, event, (byte[]) payload.getData(), heads);
                planOfAggregate.put(event.getAggregateIdentifier(), plan);
            }
            Head head = heads.get(plan);
            EventChain.Content content = new EventChain.Content(
                    head.events() + 1,
                    event.getIdentifier(),
                    event.getAggregateIdentifier(),
                    event.getSequenceNumber(),
                    event.getType(),
                    payload.getType().getName(),
                    payload.getType().getRevision(),
                    // as Axon's JDBC engine writes every timestamp
                    DateTimeUtils.formatInstant(event.getTimestamp()),
                    (byte[]) payload.getData(),
                    (byte[]) metaData.getData());
            byte[] hash = EventChain.link(head.hash() == null ? EventChain.GENESIS : head.hash(), content);
            heads.put(plan, new Head(content.ordinal(), hash, content.eventIdentifier()));
            insert.setString(1, content.eventIdentifier());
            insert.setString(2, content.aggregateIdentifier());
            insert.setLong(3, content.sequenceNumber());
            insert.setString(4, content.type());
            insert.setString(5, content.timestamp());
            insert.setString(6, content.payloadType());
            insert.setString(7, content.payloadRevision());
            insert.setBytes(8, content.payload());
            insert.setBytes(9, content.metaData());
            insert.setLong(10, content.ordinal());
            insert.setBytes(11, hash);
            insert.addBatch();
        }
        try (PreparedStatement move = connection.prepareStatement(MOVE_HEAD)) {
            for (Map.Entry<String, Head> entry : heads.entrySet()) {
                move.setLong(1, entry.getValue().events());
                move.setString(2, entry.getValue().eventIdentifier());
                move.setBytes(3, entry.getValue().hash());
                move.setString(4, entry.getKey());
                move.addBatch();
            }
            move.executeBatch();
        }
        return insert;
    }

    private static String lock(
            Connection connection, DomainEventMessage<?> event, byte[] payload, Map<String, Head> heads)
            throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(LOCK_HEAD)) {
            lock.setLong(1, event.getSequenceNumber());
            lock.setBytes(2, payload);
            lock.setString(3, event.getAggregateIdentifier());
            lock.setString(4, EventChain.NO_PLAN);
            try (ResultSet head = lock.executeQuery()) {
                head.next();
                String plan = head.getString(1);
                // a second aggregate of a plan already locked in this append goes on from where the first left it
                heads.putIfAbsent(plan, new Head(head.getLong(2), head.getBytes(3), null));
                return plan;
            }
        }
    }
}
