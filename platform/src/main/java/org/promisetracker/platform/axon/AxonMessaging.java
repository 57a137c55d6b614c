package org.promisetracker.platform.axon;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class AxonMessaging {

    @Bean
    public CorrelationDataProvider metadataPropagation() {
        return new MessageMetadata.Propagation();
    }
}
