package org.promisetracker.app.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.promisetracker.platform.axon.LogHead;

/**
 * What the event store holds, read through Axon's own API rather than its tables, so that the same
 * test checks the JPA store on PostgreSQL and Axon Server alike.
 */
public final class StoredEvents {

    private final EventStore store;

    public StoredEvents(EventStore store) {
        this.store = store;
    }

    /** The event {@code eventId} of aggregate {@code aggregateId}, as stored. */
    public Optional<DomainEventMessage<?>> byId(String aggregateId, String eventId) {
        return store.readEvents(aggregateId)
                .asStream()
                .filter(event -> event.getIdentifier().equals(eventId))
                .findFirst()
                .map(event -> (DomainEventMessage<?>) event);
    }

    /** Every event stored up to now, in log order. */
    public List<TrackedEventMessage<?>> all() {
        long head = LogHead.position(store);
        List<TrackedEventMessage<?>> events = new ArrayList<>();
        if (head < 0) {
            return events;
        }
        try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(null)) {
            while (stream.hasNextAvailable(10, TimeUnit.SECONDS)) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                events.add(event);
                if (event.trackingToken().position().orElse(-1) >= head) {
                    return events;
                }
            }
            throw new IllegalStateException("The log's head " + head + " was not reached in 10 s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public long count() {
        return all().size();
    }
}
