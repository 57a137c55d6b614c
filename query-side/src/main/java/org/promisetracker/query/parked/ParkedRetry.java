package org.promisetracker.query.parked;

import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.promisetracker.api.Rejection;
import org.promisetracker.api.admin.ParkedList;
import org.promisetracker.api.admin.ParkedRetried;
import org.promisetracker.api.admin.RetryParkedEvents;
import org.promisetracker.platform.axon.OwnTransactions;
import org.promisetracker.platform.axon.Refused;
import org.promisetracker.platform.persistence.DatabaseOutages;
import org.promisetracker.query.projection.PlanProjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tries every parked item again, oldest first, through Axon's dead-letter processor: the item's
 * events are handled in their order, each leaves the queue once projected, and the first that
 * fails again stays parked with the ones after it (and its cause of this try). Worth doing once
 * the reason is gone: a fixed projection, a database that has room again.
 */
@Component
public class ParkedRetry {

    private static final Logger log = LoggerFactory.getLogger(ParkedRetry.class);

    private final EventProcessingConfiguration processing;
    private final ParkedEvents parked;

    ParkedRetry(EventProcessingConfiguration processing, ParkedEvents parked) {
        this.processing = processing;
        this.parked = parked;
    }

    @CommandHandler
    ParkedRetried handle(RetryParkedEvents command) {
        return OwnTransactions.call("parked-retry", this::retryAll);
    }

    public synchronized ParkedRetried retryAll() {
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing
                .sequencedDeadLetterProcessor(PlanProjection.GROUP)
                .orElseThrow(() -> new Refused(
                        Rejection.Reason.UNAVAILABLE,
                        "The plan projection does not run on this node, so its parked events cannot be "
                                + "retried here. Try again on a node that runs it."));
        List<ParkedList.Parked> before = parked.all();
        for (ParkedList.Parked item : before) {
            try {
                processor.process(letter -> letter.message().getIdentifier().equals(item.firstEventId()));
            } catch (RuntimeException e) {
                if (DatabaseOutages.isUnreachable(e)) {
                    throw e;
                }
                log.warn(
                        "Parked {} {} still fails to project",
                        item.item().itemKind(),
                        item.item().itemId(),
                        e);
            }
        }
        List<ParkedList.Parked> after = parked.all();
        List<String> stillParked =
                after.stream().map(each -> each.item().itemId()).toList();
        int projected = (int) before.stream()
                .filter(each -> !stillParked.contains(each.item().itemId()))
                .count();
        log.info("Retried {} parked items: {} projected, {} still parked", before.size(), projected, after.size());
        return new ParkedRetried(before.size(), projected, after);
    }
}
