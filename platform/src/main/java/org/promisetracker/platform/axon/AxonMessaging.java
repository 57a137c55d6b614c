package org.promisetracker.platform.axon;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.ListenerInvocationErrorHandler;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class AxonMessaging {

    /** In place of Axon's own registry: the same meters, a capacity window of one minute ({@link AxonMetrics}). */
    @Bean
    public GlobalMetricRegistry globalMetricRegistry(MeterRegistry meterRegistry) {
        return new AxonMetrics(meterRegistry);
    }

    @Bean
    public CorrelationDataProvider metadataPropagation() {
        return new MessageMetadata.Propagation();
    }

    /**
     * An event handler that fails must never be skipped, which is what Axon's default (log and go
     * on) does. Propagated, a failure in a subscribing handler rolls back the command that caused
     * it, and a streaming processor retries the event instead of leaving a hole in a projection.
     */
    @Bean
    public ListenerInvocationErrorHandler propagateHandlerFailures() {
        return PropagatingErrorHandler.instance();
    }
}
