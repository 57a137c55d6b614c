package org.promisetracker.command.directory;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DirectoryConfiguration {

    /** Subscribing, never tracking: the directory must be written in the command's own transaction. */
    @Bean
    ConfigurerModule planDirectoryInCommandTransaction() {
        return configurer -> configurer.eventProcessing()
                                       .registerSubscribingEventProcessor(PlanDirectoryUpdater.GROUP);
    }
}
