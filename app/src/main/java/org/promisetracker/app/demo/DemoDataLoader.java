package org.promisetracker.app.demo;

import static org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.promisetracker.api.Recorded;
import org.promisetracker.api.report.PublishReport;
import org.promisetracker.platform.axon.MessageMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * With {@code tracker.demo-data=true}, records the demo data set through the command bus once the
 * application is ready, as user "demo-data", under the same rules as any officer's update.
 *
 * <p>Runs before readiness is reported, so nobody sees a half-loaded plan. Creates are idempotent
 * but status changes, notes and measurements are not, so the whole load is skipped once its first
 * plan exists. A load interrupted half way is not resumed: start again with an empty database.
 */
@Component
@ConditionalOnBooleanProperty("tracker.demo-data")
class DemoDataLoader {

    static final String RECORDED_BY = "demo-data";

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final Map<String, String> METADATA = Map.of(MessageMetadata.RECORDED_BY, RECORDED_BY);

    private final CommandGateway gateway;
    private final EventStore eventStore;
    private final List<DemoPlan> plans = DemoData.plans();

    DemoDataLoader(CommandGateway gateway, EventStore eventStore) {
        this.gateway = gateway;
        this.eventStore = eventStore;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        load();
    }

    /** The number of commands sent: none when the data set is already there. */
    int load() {
        String firstPlanId = plans.get(0).planId();
        if (eventStore.lastSequenceNumberFor(firstPlanId).isPresent()) {
            log.info("Demo data already present (plan {}); nothing loaded", firstPlanId);
            return 0;
        }
        int sent = 0;
        for (DemoPlan plan : plans) {
            for (Object command : plan.commands()) {
                send(command);
                sent++;
            }
            log.info(
                    "Demo data: loaded \"{}\" ({} commands)",
                    plan.definition().title(),
                    plan.commands().size());
        }
        return sent;
    }

    private void send(Object command) {
        Recorded recorded;
        try {
            recorded = gateway.sendAndWait(asCommandMessage(command).andMetaData(METADATA));
        } catch (CommandExecutionException e) {
            throw new IllegalStateException("The demo data set was refused at " + command + ": " + e.getMessage(), e);
        }
        if (command instanceof PublishReport) {
            waitForClockToPass(recorded.recordedAt());
        }
    }

    /**
     * Restatements recorded right after a report must be known later than the report: publication
     * instants are kept to the millisecond, so a change stored in the same millisecond would count as
     * known when the report was published. Waits at most a millisecond.
     */
    private static void waitForClockToPass(Instant publishedAt) {
        while (!Instant.now().truncatedTo(ChronoUnit.MILLIS).isAfter(publishedAt)) {
            Thread.onSpinWait();
        }
    }
}
