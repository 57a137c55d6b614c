package org.promisetracker.query.projection;

import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An event's own place in the log, which keys its rows. Not the token's position: with Axon's JPA
 * store, an event that fills a gap (committed after a later-numbered one) arrives with a token still
 * at the highest index seen, and keying its fact by that would collide with the later event's row
 * and drop it. There the event store says where the event stands; Axon Server's tokens are exact.
 * <p>
 * Asking the store once per event would cost a round trip each, so the first question in a batch
 * asks for every event of the batch at once; an event the answer lacks is asked for on its own.
 */
@Component
class EventPositions {

    private static final String BATCH = EventPositions.class.getName() + ".batch";

    private final JdbcClient jdbc;

    EventPositions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long of(EventMessage<?> message, TrackingToken token) {
        if (!(WrappedToken.unwrapUpperBound(token) instanceof GapAwareTrackingToken)) {
            return token.position()
                    .orElseThrow(() -> new IllegalStateException("Events are projected from a positioned stream"));
        }
        Long position = ofBatch().get(message.getIdentifier());
        if (position != null) {
            return position;
        }
        return jdbc.sql("SELECT global_index FROM domain_event_entry WHERE event_identifier = ?")
                .param(message.getIdentifier())
                .query(Long.class)
                .single();
    }

    /** The positions of every event in the current batch, looked up on first use; none outside a batch. */
    private Map<String, Long> ofBatch() {
        if (!CurrentUnitOfWork.isStarted()
                || !(CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork<?> batch)) {
            return Map.of();
        }
        return batch.getOrComputeResource(BATCH, key -> lookUp(batch));
    }

    private Map<String, Long> lookUp(BatchingUnitOfWork<?> batch) {
        String[] ids = batch.getMessages().stream().map(Message::getIdentifier).toArray(String[]::new);
        return jdbc
                .sql("SELECT event_identifier, global_index FROM domain_event_entry WHERE event_identifier = ANY(?)")
                .param(ids)
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
