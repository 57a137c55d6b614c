package org.promisetracker.query.projection;

import java.time.Duration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.promisetracker.api.view.AwaitReadModel;
import org.promisetracker.api.view.ReadModelCaughtUp;
import org.promisetracker.platform.axon.LogHead;
import org.springframework.stereotype.Component;

/**
 * How far this node's plan projection has committed, so a page that has just recorded something
 * can wait for the read model to show it (read your own writes) without polling, by asking
 * {@link AwaitReadModel}. The projection
 * reports each position after its transaction commits.
 */
@Component
public class ProjectionProgress {

    /** A caller cannot hold a query thread longer than this, whatever it asks. */
    private static final long MAX_WAIT_MILLIS = 10_000;

    private final EventStore eventStore;
    private long committed = -1;

    ProjectionProgress(EventStore eventStore) {
        this.eventStore = eventStore;
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
     * Waits until the projection has committed every event stored so far, or the timeout passes
     * (as it will when the projection runs on another node). Answers whether it caught up.
     */
    public boolean awaitCaughtUp(Duration timeout) {
        long head = LogHead.position(eventStore);
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (committed < head) {
                long left = deadline - System.nanoTime();
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
    }
}
