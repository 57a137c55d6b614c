package org.promisetracker.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.monitoring.MessageMonitor;
import org.junit.jupiter.api.Test;

class AxonMetricsTest {

    private final MockClock clock = new MockClock();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AxonMetrics metrics = new AxonMetrics(registry, clock);

    @Test
    void givenACommandHandledForThirtySeconds_whenTheWindowHasPassed_thenItNoLongerCountsTowardsCapacity() {
        MessageMonitor<? super CommandMessage<?>> bus =
                metrics.registerCommandBus("commandBus", message -> Tags.empty());

        MessageMonitor.MonitorCallback handling =
                bus.onMessageIngested(GenericCommandMessage.asCommandMessage("record"));
        clock.add(Duration.ofSeconds(30));
        handling.reportSuccess();

        assertThat(capacity("commandBus")).isPositive();
        // Axon's own registry would still count it for another eight minutes (a ten-minute window)
        clock.add(AxonMetrics.CAPACITY_WINDOW.plusSeconds(1));
        assertThat(capacity("commandBus")).isZero();
    }

    @Test
    void givenAnEventProcessor_whenItHandlesAnEvent_thenTimerCounterLatencyAndCapacityAreAllThere() {
        MessageMonitor<? super EventMessage<?>> processor =
                metrics.registerEventProcessor("plan-projection", message -> Tags.empty(), message -> Tags.empty());

        MessageMonitor.MonitorCallback handling =
                processor.onMessageIngested(GenericEventMessage.asEventMessage("fact"));
        clock.add(Duration.ofMillis(5));
        handling.reportSuccess();

        assertThat(registry.getMeters())
                .extracting(meter -> meter.getId().getName())
                .contains(
                        "plan-projection.capacity", "plan-projection.latency",
                        "plan-projection.successTimer", "plan-projection.processedCounter");
    }

    private double capacity(String prefix) {
        Gauge gauge = registry.find(prefix + ".capacity").gauge();
        assertThat(gauge).as("capacity gauge").isNotNull();
        return gauge.value();
    }
}
