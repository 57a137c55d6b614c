package org.promisetracker.query.rebuild;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
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
import org.promisetracker.query.projection.ProjectionProgress;
import org.promisetracker.query.readmodel.ReadSchemas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replays every event into the read schema that is not live, while queries go on answering from
 * the live one; when the replay has caught up, the rebuilt schema becomes live in one statement.
 * Events that arrive during the rebuild go into both schemas, so neither falls behind.
 * <p>
 * Only the node that holds the projection's segment can reset it. Asked of another (several nodes
 * on one PostgreSQL, a standby query node), the rebuild is recorded in {@code read_state}, and
 * every query node looks twice a second: the holder starts a recorded request, and whichever node
 * holds the segment while a rebuild runs makes the rebuilt schema live once it has caught up, so a
 * rebuild survives the death of the node that began it. Emptying the schema, marking the rebuild
 * and resetting the token commit in one transaction: a node killed half-way leaves either no
 * rebuild or a whole one.
 */
@Component
public class Rebuild {

    private static final Logger log = LoggerFactory.getLogger(Rebuild.class);

    /** How often each query node looks for a rebuild to start or to complete. */
    private static final long WATCH_MILLIS = 500;

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
    private final TransactionTemplate transactions;
    private final ProjectionProgress progress;

    Rebuild(
            ReadSchemas schemas,
            EventStore eventStore,
            EventProcessingConfiguration processing,
            Clock clock,
            MeterRegistry meters,
            PlatformTransactionManager transactionManager,
            ProjectionProgress progress) {
        this.schemas = schemas;
        this.eventStore = eventStore;
        this.processing = processing;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.progress = progress;
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

    @PostConstruct
    void watch() {
        watcher.scheduleWithFixedDelay(this::look, WATCH_MILLIS, WATCH_MILLIS, TimeUnit.MILLISECONDS);
    }

    @CommandHandler
    RebuildProgress handle(StartRebuild command) {
        return OwnTransactions.call("projection-rebuild", this::request);
    }

    /** Starts the rebuild here if the segment is here, or records it for the node that holds it. */
    public synchronized RebuildProgress request() {
        ReadSchemas.State state = schemas.state();
        if (state.rebuilding() != null || state.rebuildRequestedAt() != null) {
            throw new AlreadyRebuilding();
        }
        if (holdsSegment()) {
            return start();
        }
        if (!schemas.requestRebuild()) {
            throw new AlreadyRebuilding();
        }
        log.info("Rebuild asked for; the node holding the projection's segment will start it");
        return progress();
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
        String target;
        try {
            target = transactions.execute(status -> {
                String emptied = schemas.beginRebuild(total);
                processor.resetTokens();
                return emptied;
            });
        } finally {
            processor.start();
        }
        log.info("Rebuilding the projections into {} from {} events", target, total);
        return progress();
    }

    public RebuildProgress progress() {
        ReadSchemas.State state = schemas.state();
        if (state.rebuilding() == null && state.rebuildRequestedAt() != null) { // asked for, not begun
            return new RebuildProgress(
                    true,
                    state.live(),
                    ReadSchemas.other(state.live()),
                    state.rebuildRequestedAt(),
                    LogHead.position(eventStore) + 1,
                    0,
                    0,
                    null);
        }
        if (state.rebuilding() == null) {
            return new RebuildProgress(false, state.live(), null, null, 0, 0, 0, null);
        }
        long total = state.rebuildTotal() == null ? 0 : state.rebuildTotal();
        Collection<EventTrackerStatus> here = processor().processingStatus().values();
        long reached = here.isEmpty() ? progress.storedPosition() : position(here);
        long done = Math.min(total, reached + 1);
        double seconds = Math.max(
                0.001,
                Duration.between(state.rebuildStartedAt(), clock.instant()).toMillis() / 1000.0);
        double rate = done / seconds;
        Long left = rate > 0 ? (long) Math.ceil((total - done) / rate) : null;
        return new RebuildProgress(
                true, state.live(), state.rebuilding(), state.rebuildStartedAt(), total, done, rate, left);
    }

    /** Where the segment is held: starts a recorded request, or completes a rebuild that has caught up. */
    private synchronized void look() {
        try {
            if (!holdsSegment()) {
                return;
            }
            ReadSchemas.State state = schemas.state();
            if (state.rebuilding() == null && state.rebuildRequestedAt() != null) {
                start();
            } else if (state.rebuilding() != null) {
                completeWhenCaughtUp(state);
            }
        } catch (RuntimeException e) {
            log.debug("Could not look at the rebuild's state; will look again", e);
        }
    }

    /**
     * Switches once the projection has handled every event up to the head the rebuild started from.
     * Not "replay finished": Axon keeps the replay token until an event beyond that head arrives,
     * which on a quiet day may be hours; events are handled in log order, so the position suffices.
     */
    private void completeWhenCaughtUp(ReadSchemas.State state) {
        Collection<EventTrackerStatus> statuses = processor().processingStatus().values();
        if (!statuses.isEmpty() && position(statuses) + 1 >= state.rebuildTotal()) {
            schemas.completeRebuild();
            log.info("Rebuild complete: {} is live", state.rebuilding());
        }
    }

    private boolean holdsSegment() {
        return processing
                .eventProcessor(PlanProjection.GROUP, StreamingEventProcessor.class)
                .map(processor ->
                        processor.isRunning() && !processor.processingStatus().isEmpty())
                .orElse(false);
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
