package org.promisetracker.platform.axon;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

/** The position of the last event stored, or -1 while the log is empty. */
public final class LogHead {

    private LogHead() {}

    public static long position(StreamableMessageSource<?> log) {
        // Axon Server answers an empty log's head with no token at all; its JPA store with an empty one
        TrackingToken head = log.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }
}
