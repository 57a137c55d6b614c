package org.promisetracker.query.parked;

import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.promisetracker.platform.web.Unavailable;
import org.promisetracker.query.projection.PlanProjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Tries every parked item again, oldest first, through Axon's dead-letter processor: the item's
 * events are handled in their order, each leaves the queue once projected, and the first that
 * fails again stays parked with the ones after it (and its cause of this try). Worth doing once
 * the reason is gone: a fixed projection, a database that has room again.
 */
@Component
public class ParkedRetry {

    /** What one retry did: how many items were tried, and what is still parked after it. */
    public record Outcome(int tried, int projected, List<ParkedEvents.Parked> stillParked) {}

    private static final Logger log = LoggerFactory.getLogger(ParkedRetry.class);

    private final EventProcessingConfiguration processing;
    private final ParkedEvents parked;

    ParkedRetry(EventProcessingConfiguration processing, ParkedEvents parked) {
        this.processing = processing;
        this.parked = parked;
    }

    public synchronized Outcome retryAll() {
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing
                .sequencedDeadLetterProcessor(PlanProjection.GROUP)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "The plan projection does not run on this node, so its parked events cannot be "
                                + "retried here. Try again on a node that runs it."));
        List<ParkedEvents.Parked> before = parked.all();
        for (ParkedEvents.Parked item : before) {
            try {
                processor.process(letter -> letter.message().getIdentifier().equals(item.firstEventId()));
            } catch (RuntimeException e) {
                if (Unavailable.isDatabaseUnreachable(e)) {
                    throw e;
                }
                log.warn(
                        "Parked {} {} still fails to project",
                        item.item().itemKind(),
                        item.item().itemId(),
                        e);
            }
        }
        List<ParkedEvents.Parked> after = parked.all();
        List<String> stillParked =
                after.stream().map(each -> each.item().itemId()).toList();
        int projected = (int) before.stream()
                .filter(each -> !stillParked.contains(each.item().itemId()))
                .count();
        log.info("Retried {} parked items: {} projected, {} still parked", before.size(), projected, after.size());
        return new Outcome(before.size(), projected, after);
    }
}
