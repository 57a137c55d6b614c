package org.promisetracker.command.directory;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DirectoryConfiguration {

    /**
     * Subscribing, never tracking: the directory is written in the command's own transaction. And
     * propagating, never logging: a unique-key violation must roll the command back, event included.
     */
    @Bean
    ConfigurerModule planDirectoryInCommandTransaction() {
        return configurer -> configurer.eventProcessing()
                                       .registerSubscribingEventProcessor(PlanDirectoryUpdater.GROUP)
                                       .registerListenerInvocationErrorHandler(PlanDirectoryUpdater.GROUP,
                                               config -> PropagatingErrorHandler.instance());
    }
}
