package org.promisetracker.query.projection;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.promisetracker.platform.persistence.DatabaseOutages;
import org.springframework.dao.TransientDataAccessException;

/**
 * Decides whether an event that failed to project is parked in the dead-letter queue. It is, unless
 * the failure says nothing about the event: the database was away, a lock or a serialization
 * conflict, or a batch whose events must each be tried on their own first. Those are thrown on, so
 * that the processor rolls the batch back and handles it again (Axon waits 1 s, then longer), and
 * an event is never parked because PostgreSQL restarted.
 */
final class ParkingPolicy implements EnqueuePolicy<EventMessage<?>> {

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (isAboutTheDatabaseNotTheEvent(cause)) {
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        }
        // Axon's default, as the cause's message goes into a column of 1,023 characters
        return Decisions.enqueue(ThrowableCause.truncated(cause));
    }

    static boolean isAboutTheDatabaseNotTheEvent(Throwable cause) {
        return cause instanceof BatchWriter.BatchFailed
                || cause instanceof TransientDataAccessException
                || DatabaseOutages.isUnreachable(cause);
    }
}
