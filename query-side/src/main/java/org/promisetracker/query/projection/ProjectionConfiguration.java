package org.promisetracker.query.projection;

import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
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
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class ProjectionConfiguration {

    @Bean
    ConfigurerModule planProjectionInLogOrder(@Value("${tracker.projection.batch-size:1000}") int batchSize) {
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessor(
                PlanProjection.GROUP, Configuration::eventStore,
                config -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                                             .andInitialSegmentsCount(1)
                                                             .andBatchSize(batchSize)
                                                             // from the very first event; a null token needs no round
                                                             // trip to the event store at start-up, which may not be
                                                             // reachable yet (Axon Server)
                                                             .andInitialTrackingToken(source -> null));
    }
}
