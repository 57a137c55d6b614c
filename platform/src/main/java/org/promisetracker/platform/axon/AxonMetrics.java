package org.promisetracker.platform.axon;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.CapacityMonitor;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.axonframework.queryhandling.QueryMessage;

/**
 * Axon's dimensional metrics for the buses and the event processors, the same meters as its own
 * registry makes, except that the capacity gauge looks back one minute instead of ten. The capacity
 * monitor keeps every message's processing time of its window on the heap (a skip list of boxed
 * longs, about 70 bytes a message): over ten minutes that was 3.7 million entries, 308 MB, two
 * thirds of the service's live heap in the benchmark's load (docs/PERFORMANCE.md).
 */
public class AxonMetrics extends GlobalMetricRegistry {

    /** How far back the capacity gauges look: the share of this time spent handling messages. */
    public static final Duration CAPACITY_WINDOW = Duration.ofMinutes(1);

    private final Clock clock;

    public AxonMetrics(MeterRegistry registry) {
        this(registry, Clock.SYSTEM);
    }

    AxonMetrics(MeterRegistry registry, Clock clock) {
        super(registry);
        this.clock = clock;
    }

    @Override
    public MessageMonitor<? super EventMessage<?>> registerEventProcessor(
            String name, Function<Message<?>, Iterable<Tag>> tags, Function<Message<?>, Iterable<Tag>> latencyTags) {
        return new MultiMessageMonitor<>(List.of(
                timer(name, tags),
                EventProcessorLatencyMonitor.builder()
                        .meterNamePrefix(name)
                        .meterRegistry(getRegistry())
                        .tagsBuilder(latencyTags)
                        .build(),
                capacity(name, tags),
                MessageCountingMonitor.buildMonitor(name, getRegistry(), tags)));
    }

    @Override
    public MessageMonitor<? super CommandMessage<?>> registerCommandBus(
            String name, Function<Message<?>, Iterable<Tag>> tags) {
        return handlers(name, tags);
    }

    @Override
    public MessageMonitor<? super QueryMessage<?, ?>> registerQueryBus(
            String name, Function<Message<?>, Iterable<Tag>> tags) {
        return handlers(name, tags);
    }

    private MessageMonitor<Message<?>> handlers(String name, Function<Message<?>, Iterable<Tag>> tags) {
        return new MultiMessageMonitor<>(List.of(
                timer(name, tags),
                capacity(name, tags),
                MessageCountingMonitor.buildMonitor(name, getRegistry(), tags)));
    }

    private MessageTimerMonitor timer(String name, Function<Message<?>, Iterable<Tag>> tags) {
        return MessageTimerMonitor.builder()
                .meterNamePrefix(name)
                .meterRegistry(getRegistry())
                .tagsBuilder(tags)
                .build();
    }

    private CapacityMonitor capacity(String name, Function<Message<?>, Iterable<Tag>> tags) {
        return CapacityMonitor.buildMonitor(
                name, getRegistry(), CAPACITY_WINDOW.toMillis(), TimeUnit.MILLISECONDS, clock, tags);
    }
}
