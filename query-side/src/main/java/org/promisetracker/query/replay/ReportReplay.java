package org.promisetracker.query.replay;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Replays the event log from the beginning up to and including a given position, folding one
 * plan's events. Reads the event store only, never the projection tables.
 */
@Component
public class ReportReplay {

    public record Replayed(PlanFold fold, long eventsRead) {}

    private final EventStore eventStore;

    ReportReplay(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public Replayed upTo(String planId, long lastPosition) {
        return upTo(planId, lastPosition, Set.of());
    }

    /** As {@link #upTo(String, long)}, leaving out the events at {@code excluded} positions. */
    public Replayed upTo(String planId, long lastPosition, Set<Long> excluded) {
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
        return new Replayed(fold, read);
    }
}
