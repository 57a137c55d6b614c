package org.promisetracker.platform.axon;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

/**
 * Who asked and under which correlation id: stamped on every command when it is sent (by the web
 * node, which knows who is signed in), and copied by Axon onto every event the command causes, so
 * each stored fact says who recorded it.
 */
public final class MessageMetadata {

    public static final String RECORDED_BY = "recordedBy";
    public static final String CORRELATION_ID = "correlationId";
    /** The MDC key under which the HTTP layer keeps the request's correlation id. */
    public static final String MDC_CORRELATION_ID = "correlationId";

    private MessageMetadata() {}

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
