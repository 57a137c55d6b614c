package org.promisetracker.query.projection;

import java.time.Duration;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.promisetracker.api.view.AwaitReadModel;
import org.promisetracker.api.view.ReadModelCaughtUp;
import org.promisetracker.platform.axon.LogHead;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How far the plan projection has committed, so a page that has just recorded something can wait for
 * the read model to show it (read your own writes), by asking {@link AwaitReadModel}, whichever node
 * projects.
 * <ul>
 *   <li>Where this node holds the projection's segment, the projection reports each position after
 *       its transaction commits and a waiting caller is woken at once, without polling.
 *   <li>Where another node holds it (several nodes on one PostgreSQL, a standby query node), the read
 *       tables are the shared ones, and the segment's token in {@code token_entry} is committed in the
 *       same transaction as the rows it covers: the wait reads it every {@value #POLL_MILLIS} ms. It
 *       reads the row without claiming it, so the holder keeps the segment.
 * </ul>
 */
@Component
public class ProjectionProgress {

    /** A caller cannot hold a query thread longer than this, whatever it asks. */
    private static final long MAX_WAIT_MILLIS = 10_000;

    /** How often a node without the segment reads the token table while someone waits. */
    static final long POLL_MILLIS = 20;

    private static final String STORED_TOKENS = "SELECT token, token_type FROM token_entry WHERE processor_name = ?";

    private final EventStore eventStore;
    private final ObjectProvider<EventProcessingConfiguration> processing;
    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private long committed = -1;

    ProjectionProgress(
            EventStore eventStore,
            ObjectProvider<EventProcessingConfiguration> processing,
            JdbcTemplate jdbc,
            Serializer serializer) {
        this.eventStore = eventStore;
        this.processing = processing;
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    synchronized void committed(long position) {
        if (position > committed) {
            committed = position;
            notifyAll();
        }
    }

    @QueryHandler
    ReadModelCaughtUp handle(AwaitReadModel query) {
        return new ReadModelCaughtUp(
                awaitCaughtUp(Duration.ofMillis(Math.max(0, Math.min(query.waitMillis(), MAX_WAIT_MILLIS)))));
    }

    /**
     * Waits until the projection, here or on another node, has committed every event stored so far, or
     * the timeout passes. Answers whether it caught up.
     */
    public boolean awaitCaughtUp(Duration timeout) {
        long head = LogHead.position(eventStore);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            boolean local = holdsSegment();
            long left = deadline - System.nanoTime();
            if (awaitCommittedHere(head, local ? left : Math.min(left, POLL_MILLIS * 1_000_000))) {
                return true;
            }
            if (!local && storedPosition() >= head) {
                return true;
            }
            if (deadline - System.nanoTime() <= 0 || Thread.currentThread().isInterrupted()) {
                return false;
            }
        }
    }

    private synchronized boolean awaitCommittedHere(long head, long nanos) {
        long until = System.nanoTime() + nanos;
        while (committed < head) {
            long left = until - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private boolean holdsSegment() {
        EventProcessingConfiguration configuration = processing.getIfAvailable();
        return configuration != null
                && configuration
                        .eventProcessor(PlanProjection.GROUP, StreamingEventProcessor.class)
                        .map(processor -> !processor.processingStatus().isEmpty())
                        .orElse(false);
    }

    /** The lowest position the projection's segments have committed, as the token table says (-1: none yet). */
    public long storedPosition() {
        List<Long> positions = jdbc.query(
                STORED_TOKENS,
                (row, number) -> position(row.getBytes("token"), row.getString("token_type")),
                PlanProjection.GROUP);
        return positions.stream().mapToLong(Long::longValue).min().orElse(-1);
    }

    private long position(byte[] token, String type) {
        if (token == null || type == null) {
            return -1;
        }
        TrackingToken stored = serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
        return stored == null ? -1 : stored.position().orElse(-1);
    }
}
