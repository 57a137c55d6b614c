package org.promisetracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.axonserver.connector.query.AxonServerQueryBus;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryBus;
import org.junit.jupiter.api.Test;
import org.promisetracker.platform.testing.TestPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one documented switch: {@code axon.axonserver.enabled=true} puts the event store and the
 * command and query buses on Axon Server. No Axon Server runs on the build machines, so this checks
 * the wiring, not a connection (the connector connects lazily and retries in the background).
 */
@SpringBootTest(properties = {"axon.axonserver.enabled=true", "axon.axonserver.servers=localhost:1"})
@DirtiesContext // close it: the connector would go on retrying in the background of later tests
class AxonServerSwitchTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }

    @Autowired
    EventStore eventStore;

    @Autowired
    CommandBus commandBus;

    @Autowired
    QueryBus queryBus;

    @Test
    void givenAxonServerEnabled_whenWired_thenEventStoreAndBusesAreAxonServers() {
        assertThat(eventStore).isInstanceOf(AxonServerEventStore.class);
        assertThat(commandBus).isInstanceOf(AxonServerCommandBus.class);
        assertThat(queryBus).isInstanceOf(AxonServerQueryBus.class);
    }
}
