package org.promisetracker.query.health;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.promisetracker.query.projection.PlanProjection;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code projection} in the health and readiness groups: DOWN while the plan projection cannot
 * work, so reads here would go stale without saying so. That is when its processor has stopped, or
 * has given up on an unrecoverable error, or a segment is in Axon's retry mode (the database went
 * away, or an event fails to project): Axon then retries on its own, waiting 1 s, 2 s, 4 s and so
 * on up to a minute between tries, and the indicator is UP again at the first batch that succeeds.
 * Holding no segment is normal on a second query node, which waits for the first to let go of it.
 * <p>
 * Only what the processor knows in memory: no database round trip, so the health endpoint does not
 * wait twice for a database that is down (the {@code db} indicator already does).
 */
@Component("projectionHealthIndicator")
class ProjectionHealth implements HealthIndicator {

    private final EventProcessingConfiguration processing;

    ProjectionHealth(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @Override
    public Health health() {
        Optional<StreamingEventProcessor> found =
                processing.eventProcessor(PlanProjection.GROUP, StreamingEventProcessor.class);
        if (found.isEmpty()) {
            return Health.unknown()
                    .withDetail("processor", PlanProjection.GROUP + " does not run here")
                    .build();
        }
        StreamingEventProcessor processor = found.get();
        Map<Integer, EventTrackerStatus> statuses = processor.processingStatus();
        Health.Builder health = processor.isRunning()
                        && !processor.isError()
                        && statuses.values().stream().noneMatch(EventTrackerStatus::isErrorState)
                ? Health.up()
                : Health.down();
        health.withDetail("processor", processor.getName())
                .withDetail("running", processor.isRunning())
                .withDetail("error", processor.isError());
        Map<String, Object> segments = new LinkedHashMap<>();
        statuses.forEach((id, status) -> segments.put(Integer.toString(id), segment(status)));
        return health.withDetail("segments", segments).build();
    }

    private static Map<String, Object> segment(EventTrackerStatus status) {
        Map<String, Object> segment = new LinkedHashMap<>();
        status.getCurrentPosition().ifPresent(position -> segment.put("position", position));
        segment.put("caughtUp", status.isCaughtUp());
        segment.put("replaying", status.isReplaying());
        segment.put("errorState", status.isErrorState());
        if (status.getError() != null) {
            segment.put("error", String.valueOf(status.getError().getMessage()));
        }
        return segment;
    }
}
