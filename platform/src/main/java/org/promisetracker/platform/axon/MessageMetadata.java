package org.promisetracker.platform.axon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who asked and under which correlation id: stamped on every command when it is sent, and copied
 * by Axon onto every event the command causes, so each stored fact says who recorded it.
 */
public final class MessageMetadata {

    public static final String RECORDED_BY = "recordedBy";
    public static final String CORRELATION_ID = "correlationId";
    /** The MDC key under which the HTTP layer keeps the request's correlation id. */
    public static final String MDC_CORRELATION_ID = "correlationId";

    private MessageMetadata() {}

    /** Adds the signed-in user and the request's correlation id to commands that do not carry them yet. */
    public static final class CommandStamp implements MessageDispatchInterceptor<CommandMessage<?>> {

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

    /**
     * Copies {@code recordedBy} and {@code correlationId} from the command to its events. A message
     * sent without a correlation id correlates by its own identifier, as Axon's default does.
     */
    public static final class Propagation implements CorrelationDataProvider {

        @Override
        public Map<String, ?> correlationDataFor(Message<?> message) {
            Map<String, Object> data = new HashMap<>();
            Object recordedBy = message.getMetaData().get(RECORDED_BY);
            if (recordedBy != null) {
                data.put(RECORDED_BY, recordedBy);
            }
            data.put(CORRELATION_ID, message.getMetaData().getOrDefault(CORRELATION_ID, message.getIdentifier()));
            return data;
        }
    }
}
