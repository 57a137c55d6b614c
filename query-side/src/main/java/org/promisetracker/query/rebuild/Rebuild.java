package org.promisetracker.query.rebuild;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.promisetracker.api.Rejection;
import org.promisetracker.api.admin.FindRebuildProgress;
import org.promisetracker.api.admin.RebuildProgress;
import org.promisetracker.api.admin.StartRebuild;
import org.promisetracker.platform.axon.LogHead;
import org.promisetracker.platform.axon.OwnTransactions;
import org.promisetracker.platform.axon.Refused;
import org.promisetracker.query.projection.PlanProjection;
import org.promisetracker.query.readmodel.ReadSchemas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Replays every event into the read schema that is not live, while queries go on answering from
 * the live one; when the replay has caught up, the rebuilt schema becomes live in one statement.
 * Events that arrive during the rebuild go into both schemas, so neither falls behind.
 * <p>
 * It resets this node's projection processor: in a split deployment, start it on the node that
 * holds the projection's segment.
 */
@Component
public class Rebuild {

    private static final Logger log = LoggerFactory.getLogger(Rebuild.class);

    /** A rebuild was asked for while one is running: 409. */
    public static final class AlreadyRebuilding extends Refused {
        AlreadyRebuilding() {
            super(
                    Rejection.Reason.CONFLICT,
                    "A rebuild is already running; its progress is at GET /api/v1/admin/rebuild.");
        }
    }

    /**
     * The processor runs here but holds no segment: it is still starting (claiming its segment), or
     * another node holds it. Stopping it now could leave its starting worker running beside the
     * rebuild's (seen once: a rebuild asked for the moment the service started never completed).
     */
    public static final class NotProjectingHere extends Refused {
        NotProjectingHere() {
            super(
                    Rejection.Reason.UNAVAILABLE,
                    "The projection here holds no segment of the event stream yet: it is "
                            + "starting, or another node runs it. Try again in a few seconds, on "
                            + "the node that runs the projection.");
        }
    }

    private final ReadSchemas schemas;
    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;
    private final Clock clock;
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "projection-rebuild-watcher");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> watching;

    Rebuild(
            ReadSchemas schemas,
            EventStore eventStore,
            EventProcessingConfiguration processing,
            Clock clock,
            MeterRegistry meters) {
        this.schemas = schemas;
        this.eventStore = eventStore;
        this.processing = processing;
        this.clock = clock;
        Gauge.builder("promise_tracker.rebuild.active", () -> progress().rebuilding() ? 1 : 0)
                .description("1 while the projections are being rebuilt")
                .register(meters);
        Gauge.builder("promise_tracker.rebuild.events.total", () -> progress().eventsTotal())
                .description("Events to replay in the running rebuild")
                .register(meters);
        Gauge.builder("promise_tracker.rebuild.events.done", () -> progress().eventsDone())
                .description("Events replayed so far in the running rebuild")
                .register(meters);
        Gauge.builder("promise_tracker.rebuild.events.rate", () -> progress().eventsPerSecond())
                .description("Events replayed per second in the running rebuild")
                .baseUnit("events/s")
                .register(meters);
    }

    @CommandHandler
    RebuildProgress handle(StartRebuild command) {
        return OwnTransactions.call("projection-rebuild", this::start);
    }

    @QueryHandler
    RebuildProgress handle(FindRebuildProgress query) {
        return progress();
    }

    public synchronized RebuildProgress start() {
        if (schemas.state().rebuilding() != null) {
            throw new AlreadyRebuilding();
        }
        StreamingEventProcessor processor = processor();
        if (processor.isRunning() && processor.processingStatus().isEmpty()) {
            throw new NotProjectingHere();
        }
        long total = LogHead.position(eventStore) + 1;
        processor.shutDown();
        String target = schemas.beginRebuild(total);
        processor.resetTokens();
        processor.start();
        log.info("Rebuilding the projections into {} from {} events", target, total);
        watching = watcher.scheduleWithFixedDelay(this::completeWhenCaughtUp, 200, 200, TimeUnit.MILLISECONDS);
        return progress();
    }

    public RebuildProgress progress() {
        ReadSchemas.State state = schemas.state();
        if (state.rebuilding() == null) {
            return new RebuildProgress(false, state.live(), null, null, 0, 0, 0, null);
        }
        long total = state.rebuildTotal() == null ? 0 : state.rebuildTotal();
        long done = Math.min(total, position(processor().processingStatus().values()) + 1);
        double seconds = Math.max(
                0.001,
                Duration.between(state.rebuildStartedAt(), clock.instant()).toMillis() / 1000.0);
        double rate = done / seconds;
        Long left = rate > 0 ? (long) Math.ceil((total - done) / rate) : null;
        return new RebuildProgress(
                true, state.live(), state.rebuilding(), state.rebuildStartedAt(), total, done, rate, left);
    }

    /**
     * Switches once the projection has handled every event up to the head the rebuild started from.
     * Not "replay finished": Axon keeps the replay token until an event beyond that head arrives,
     * which on a quiet day may be hours; events are handled in log order, so the position suffices.
     */
    private synchronized void completeWhenCaughtUp() {
        try {
            ReadSchemas.State state = schemas.state();
            if (state.rebuilding() == null) {
                stopWatching();
                return;
            }
            Collection<EventTrackerStatus> statuses =
                    processor().processingStatus().values();
            boolean caughtUp = !statuses.isEmpty() && position(statuses) + 1 >= state.rebuildTotal();
            if (caughtUp) {
                schemas.completeRebuild();
                log.info("Rebuild complete: {} is live", state.rebuilding());
                stopWatching();
            }
        } catch (RuntimeException e) {
            log.warn("Could not check the rebuild's progress; will try again", e);
        }
    }

    private void stopWatching() {
        if (watching != null) {
            watching.cancel(false);
            watching = null;
        }
    }

    private static long position(Collection<EventTrackerStatus> statuses) {
        return statuses.stream()
                .mapToLong(status -> status.getCurrentPosition().orElse(-1))
                .min()
                .orElse(-1);
    }

    private StreamingEventProcessor processor() {
        return processing
                .eventProcessor(PlanProjection.GROUP, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("No " + PlanProjection.GROUP + " processor here"));
    }

    @PreDestroy
    void stop() {
        watcher.shutdownNow();
    }
}
