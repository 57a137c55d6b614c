package org.promisetracker.app.support;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.promisetracker.query.projection.PlanProjection;

import java.time.Duration;

import static org.awaitility.Awaitility.await;

/** Waits, with Awaitility, until the plan projection has handled every event stored so far. */
public final class ProjectionSync {

    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;

    public ProjectionSync(EventStore eventStore, EventProcessingConfiguration processing) {
        this.eventStore = eventStore;
        this.processing = processing;
    }

    public void awaitCaughtUp() {
        TrackingToken head = eventStore.createHeadToken();
        StreamingEventProcessor processor = processing
                .eventProcessor(PlanProjection.GROUP, StreamingEventProcessor.class)
                .orElseThrow();
        await().atMost(Duration.ofSeconds(30)).until(() -> !processor.processingStatus().isEmpty()
                && processor.processingStatus().values().stream().allMatch(status -> {
                    TrackingToken token = status.getTrackingToken();
                    // covers, not a position compare: with gaps (events committed out of order) the
                    // token's index can pass the head while an earlier event is still to come
                    return token != null && token.covers(WrappedToken.unwrapUpperBound(head)) && !status.isReplaying();
                }));
    }
}
