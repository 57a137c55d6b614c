package org.promisetracker.query.projection;

import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;

/**
 * The plan projection reads the log in order on one segment: a report is frozen from the facts
 * recorded before it, so none may still be in flight on another thread. Batches commit their rows
 * and the token together.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class ProjectionConfiguration {

    @Bean
    ConfigurerModule planProjectionInLogOrder() {
        return configurer -> configurer.eventProcessing().registerPooledStreamingEventProcessor(
                PlanProjection.GROUP, Configuration::eventStore,
                (config, builder) -> builder.initialSegmentCount(1).maxClaimedSegments(1).batchSize(100)
                                            // from the very first event; a null token needs no round trip to the
                                            // event store at start-up, which may not be reachable yet (Axon Server)
                                            .initialToken(source -> null));
    }
}
