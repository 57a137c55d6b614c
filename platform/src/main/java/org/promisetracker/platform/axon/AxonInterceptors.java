package org.promisetracker.platform.axon;

import org.axonframework.commandhandling.CommandBus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/** Kept apart from {@link AxonMessaging}: the command bus itself depends on the beans defined there. */
@Configuration(proxyBeanMethods = false)
public class AxonInterceptors {

    @Autowired
    void register(CommandBus commandBus) {
        commandBus.registerDispatchInterceptor(new MessageMetadata.CommandStamp());
    }
}
