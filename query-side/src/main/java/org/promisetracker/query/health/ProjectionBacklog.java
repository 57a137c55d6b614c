package org.promisetracker.query.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.promisetracker.api.admin.ParkedList;
import org.promisetracker.platform.axon.LogHead;
import org.promisetracker.query.parked.ParkedEvents;
import org.promisetracker.query.projection.PlanProjection;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code parkedEvents} in the health answer, and the metrics an operator alerts on: how many items
 * and events of the plan projection are parked, and how far the projection is behind the log. Kept
 * out of readiness: a node with parked events still answers every read correctly for everything
 * else, and says in each read which items are parked. Each look reads the queue's table and the
 * log's head, two small queries.
 */
@Component("parkedEventsHealthIndicator")
class ProjectionBacklog implements HealthIndicator {

    private final ParkedEvents parked;
    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;

    ProjectionBacklog(
            ParkedEvents parked, EventStore eventStore, EventProcessingConfiguration processing, MeterRegistry meters) {
        this.parked = parked;
        this.eventStore = eventStore;
        this.processing = processing;
        Gauge.builder(
                        "promise_tracker.projection.parked.items",
                        () -> parked.all().size())
                .description("Items (plans, actions, benefits, reports) with events the plan projection has parked")
                .register(meters);
        Gauge.builder("promise_tracker.projection.parked.events", () -> events(parked.all()))
                .description("Events the plan projection has parked in its dead-letter queue")
                .register(meters);
        Gauge.builder("promise_tracker.projection.lag.events", () -> lag().orElse(-1))
                .description("Events in the log that the plan projection on this node has not handled yet (-1: it "
                        + "does not run here)")
                .register(meters);
    }

    @Override
    public Health health() {
        List<ParkedList.Parked> items = parked.all();
        Health.Builder health =
                Health.up().withDetail("parkedItems", items.size()).withDetail("parkedEvents", events(items));
        items.stream()
                .findFirst()
                .ifPresent(oldest ->
                        health.withDetail("oldestParkedAt", oldest.item().parkedAt()));
        lag().ifPresent(lag -> health.withDetail("lagEvents", lag));
        return health.build();
    }

    private static int events(List<ParkedList.Parked> items) {
        return items.stream().mapToInt(item -> item.item().events()).sum();
    }

    /** The head's position less the lowest this node's segments have reached. */
    private OptionalLong lag() {
        List<EventTrackerStatus> statuses = processing
                .eventProcessor(PlanProjection.GROUP, StreamingEventProcessor.class)
                .map(processor -> List.copyOf(processor.processingStatus().values()))
                .orElse(List.of());
        if (statuses.isEmpty()) {
            return OptionalLong.empty();
        }
        long head = LogHead.position(eventStore);
        long reached = statuses.stream()
                .map(EventTrackerStatus::getTrackingToken)
                .mapToLong(token -> token == null ? -1 : position(token))
                .min()
                .orElse(-1);
        return OptionalLong.of(Math.max(0, head - reached));
    }

    private static long position(TrackingToken token) {
        return token.position().orElse(-1);
    }
}
