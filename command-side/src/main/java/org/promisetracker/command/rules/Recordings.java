package org.promisetracker.command.rules;

import java.time.temporal.ChronoUnit;
import org.axonframework.eventhandling.EventMessage;
import org.promisetracker.api.Recorded;

/**
 * An aggregate's event-sourcing handlers see each event message as it is applied, with the
 * identifier and timestamp it is stored under; this is how a command handler learns what to answer.
 */
public final class Recordings {

    private Recordings() {}

    /** To the millisecond, as the event store keeps it, so a repeated create answers exactly the same. */
    public static Recorded of(EventMessage<?> message) {
        return new Recorded(message.getIdentifier(), message.getTimestamp().truncatedTo(ChronoUnit.MILLIS));
    }
}
