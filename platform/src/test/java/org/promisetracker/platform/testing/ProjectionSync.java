package org.promisetracker.platform.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Waits, with Awaitility, until a projection (the streaming processor of a processing group) has
 * handled every event stored so far. Tests of the query side alone and of the whole app share it.
 */
public final class ProjectionSync {

    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;
    private final String processingGroup;

    public ProjectionSync(EventStore eventStore, EventProcessingConfiguration processing, String processingGroup) {
        this.eventStore = eventStore;
        this.processing = processing;
        this.processingGroup = processingGroup;
    }

    public void awaitCaughtUp() {
        awaitCaughtUp(Duration.ofSeconds(30));
    }

    public void awaitCaughtUp(Duration atMost) {
        TrackingToken head = WrappedToken.unwrapUpperBound(eventStore.createHeadToken());
        if (head == null) {
            return; // Axon Server's answer while the log is empty: nothing to catch up with
        }
        StreamingEventProcessor processor = processing
                .eventProcessor(processingGroup, StreamingEventProcessor.class)
                .orElseThrow();
        await().atMost(atMost)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> !processor.processingStatus().isEmpty()
                        && processor.processingStatus().values().stream().allMatch(status -> {
                            TrackingToken token = WrappedToken.unwrapUpperBound(status.getTrackingToken());
                            return token != null && !status.isReplaying() && covers(token, head);
                        }));
    }

    /**
     * Whether the token has passed every event stored up to the head. Not a position compare: with
     * concurrent writers an event can commit after a later-numbered one, and the token's index then
     * passes the head while the earlier event is still to come (a gap). Not {@code covers} either: a
     * command that rolled back leaves a gap that no event will ever fill, and covers would wait for
     * it until Axon's gap timeout. So a gap counts only if an event is stored at its position.
     */
    private boolean covers(TrackingToken token, TrackingToken head) {
        if (!(token instanceof GapAwareTrackingToken gapAware) || !(head instanceof GapAwareTrackingToken upTo)) {
            return token.covers(head);
        }
        return gapAware.getIndex() >= upTo.getIndex()
                && gapAware.getGaps().stream()
                        .filter(gap -> gap <= upTo.getIndex())
                        .noneMatch(this::stored);
    }

    private boolean stored(long position) {
        TrackingToken before = position == 0 ? null : GapAwareTrackingToken.newInstance(position - 1, Set.of());
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(before)) {
            // an event past the gap is always stored (the head is past it), so this returns as soon as
            // the stream has fetched; 100 ms was too short on a loaded machine, and a filled gap was
            // then taken for an empty one (seen in ReportGapTest)
            return stream.hasNextAvailable(5, TimeUnit.SECONDS)
                    && stream.nextAvailable().trackingToken().position().orElse(-1) == position;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
