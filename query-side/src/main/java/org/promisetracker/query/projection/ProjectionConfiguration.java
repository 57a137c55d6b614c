package org.promisetracker.query.projection;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.axonframework.eventhandling.deadletter.jpa.JpaSequencedDeadLetterQueue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;

/**
 * The plan projection reads the log in order on one segment: a report is frozen from the facts
 * recorded before it, so none may still be in flight on another thread. Batches commit their rows
 * and the token together.
 * <p>
 * A tracking processor, not a pooled one. With one segment the pooled processor's thread pool buys
 * nothing, and on the embedded (JPA) event store it cannot be woken: that store's streams offer no
 * availability callback, so the pooled coordinator looks for new events every 500 ms, and the
 * benchmark measured a 2xx-to-read lag of 390-490 ms at the median (docs/PERFORMANCE.md). A tracking
 * processor waits on the stream itself and is woken as soon as an event is committed.
 * <p>
 * An event that fails to project is parked in Axon's dead-letter queue, in PostgreSQL
 * ({@code dead_letter_entry}), sequenced per aggregate: the later events of the same plan, action,
 * benefit or report are parked behind it, to keep their order, and everything else goes on. A
 * rebuild empties the queue and tries every event again ({@code allowReset}).
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class ProjectionConfiguration {

    /** Far more than a plan has items; past it the processor stops and retries, rather than drop an event. */
    private static final int MAX_PARKED_ITEMS = 100_000;

    private static final int MAX_PARKED_EVENTS_PER_ITEM = 10_000;

    @Bean
    ConfigurerModule planProjectionInLogOrder(
            @Value("${tracker.projection.batch-size:1000}") int batchSize,
            @Value("${tracker.projection.token-claim-interval:1s}") Duration claimInterval) {
        return configurer -> configurer
                .eventProcessing()
                .registerTrackingEventProcessor(
                        PlanProjection.GROUP,
                        Configuration::eventStore,
                        config -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andInitialSegmentsCount(1)
                                .andBatchSize(batchSize)
                                // how often a node without the segment tries to claim it: with
                                // the token store's claim timeout (5 s), a standby takes over
                                // some 5-6 s after the holder dies
                                .andTokenClaimInterval(claimInterval.toMillis(), TimeUnit.MILLISECONDS)
                                // from the very first event; a null token needs
                                // no round trip to the event store at start-up,
                                // which may not be reachable yet (Axon Server)
                                .andInitialTrackingToken(source -> null))
                // what BatchWriter assumes when it tells the queue's sequences apart
                .registerSequencingPolicy(PlanProjection.GROUP, config -> SequentialPerAggregatePolicy.instance())
                .registerDeadLetterQueue(
                        PlanProjection.GROUP,
                        config -> JpaSequencedDeadLetterQueue.builder()
                                .processingGroup(PlanProjection.GROUP)
                                .maxSequences(MAX_PARKED_ITEMS)
                                .maxSequenceSize(MAX_PARKED_EVENTS_PER_ITEM)
                                .entityManagerProvider(config.getComponent(EntityManagerProvider.class))
                                .transactionManager(config.getComponent(TransactionManager.class))
                                .serializer(config.serializer())
                                .build())
                .registerDeadLetterPolicy(PlanProjection.GROUP, config -> new ParkingPolicy())
                .registerDeadLetteringEventHandlerInvokerConfiguration(
                        PlanProjection.GROUP,
                        // the cache spares a query per event while nothing of a sequence is parked
                        (config, invoker) ->
                                invoker.enableSequenceIdentifierCache().allowReset(true));
    }
}
