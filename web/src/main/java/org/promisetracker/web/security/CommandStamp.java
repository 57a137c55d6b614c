package org.promisetracker.web.security;

import static org.promisetracker.platform.axon.MessageMetadata.CORRELATION_ID;
import static org.promisetracker.platform.axon.MessageMetadata.MDC_CORRELATION_ID;
import static org.promisetracker.platform.axon.MessageMetadata.RECORDED_BY;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Adds the signed-in user and the request's correlation id to commands that do not carry them yet. */
@Component
public final class CommandStamp implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Autowired
    void register(CommandBus commandBus) {
        commandBus.registerDispatchInterceptor(this);
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Map<String, Object> added = new HashMap<>();
            if (!command.getMetaData().containsKey(RECORDED_BY)) {
                Authentication authentication =
                        SecurityContextHolder.getContext().getAuthentication();
                if (authentication != null && authentication.isAuthenticated()) {
                    added.put(RECORDED_BY, authentication.getName());
                }
            }
            String correlationId = MDC.get(MDC_CORRELATION_ID);
            if (!command.getMetaData().containsKey(CORRELATION_ID) && correlationId != null) {
                added.put(CORRELATION_ID, correlationId);
            }
            return added.isEmpty() ? command : command.andMetaData(added);
        };
    }
}
