package org.promisetracker.command.directory;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DirectoryConfiguration {

    /**
     * Subscribing, never tracking: the directory is written in the command's own transaction, and a
     * unique-key violation rolls the command back, event included (handler failures propagate; see
     * platform's AxonMessaging).
     */
    @Bean
    ConfigurerModule planDirectoryInCommandTransaction() {
        return configurer -> configurer.eventProcessing().registerSubscribingEventProcessor(PlanDirectoryUpdater.GROUP);
    }
}
