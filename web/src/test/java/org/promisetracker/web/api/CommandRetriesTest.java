package org.promisetracker.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.RemoteExceptionDescription;
import org.axonframework.messaging.RemoteHandlingException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The web node's gateway on Axon's real command bus: what is sent again, how often, and what is not. */
class CommandRetriesTest {

    record Change(String id) {}

    private final CommandRetries retries = new CommandRetries();
    private final SimpleCommandBus bus = SimpleCommandBus.builder().build();
    private final CommandGateway gateway = retries.commandGateway(bus);
    private final AtomicInteger attempts = new AtomicInteger();

    @AfterEach
    void stopRetries() {
        retries.destroy();
    }

    @Test
    void givenAStaleAggregateTwice_whenSent_thenTheThirdTryIsRecordedAndNoErrorIsSeen() {
        handle(() -> {
            if (attempts.incrementAndGet() <= 2) {
                throw staleAppend();
            }
            return "recorded";
        });

        assertThat((String) gateway.sendAndWait(new Change("a1"))).isEqualTo("recorded");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void givenAStaleWriteReportedByAnotherNode_whenSent_thenItIsSentAgain() {
        handle(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new CommandExecutionException(
                        "An exception was thrown by the remote message handling component: [AXONIQ-2000]",
                        new RemoteHandlingException(new RemoteExceptionDescription(List.of(
                                "ConcurrencyException: An event for aggregate [a1] at sequence [3] could not be "
                                        + "persisted",
                                "Invalid sequence number 3 for aggregate a1, expected 4")))); // Axon Server's text
            }
            return "recorded";
        });

        assertThat((String) gateway.sendAndWait(new Change("a1"))).isEqualTo("recorded");
        assertThat(attempts).hasValue(2);
    }

    @Test
    void givenContentionThatNeverEnds_whenSent_thenItGivesUpAfterSixTriesWithTheConflict() {
        handle(() -> {
            attempts.incrementAndGet();
            throw staleAppend();
        });

        assertThatThrownBy(() -> gateway.sendAndWait(new Change("a1"))).isInstanceOf(ConcurrencyException.class);
        assertThat(attempts).hasValue(CommandRetries.MAX_RETRIES + 1);
    }

    @Test
    void givenARefusalOrAnUnknownFailure_whenSent_thenItIsAnsweredAtOnce() {
        handle(() -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("The action is completed.");
        });

        assertThatThrownBy(() -> gateway.sendAndWait(new Change("a1"))).isInstanceOf(IllegalStateException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void givenNoNodeTakesTheCommandAtFirst_whenSent_thenItIsSentAgainUntilOneDoes() {
        AtomicInteger sends = new AtomicInteger();
        CommandGateway gatewayBeforeHandler = retries.commandGateway(new SimpleCommandBus(SimpleCommandBus.builder()) {
            @Override
            public <C, R> void dispatch(CommandMessage<C> command, CommandCallback<? super C, ? super R> callback) {
                if (sends.incrementAndGet() == 2) { // a command node connects between the first and second try
                    bus.subscribe(Change.class.getName(), message -> "recorded");
                }
                bus.dispatch(command, callback);
            }
        });

        assertThat((String) gatewayBeforeHandler.sendAndWait(new Change("a1"))).isEqualTo("recorded");
        assertThat(sends).hasValue(2);
    }

    private void handle(java.util.function.Supplier<Object> handler) {
        bus.subscribe(Change.class.getName(), message -> handler.get());
    }

    /** As the JPA storage engine reports a taken sequence number: the key violation is its innermost cause. */
    private static ConcurrencyException staleAppend() {
        return new ConcurrencyException(
                "An event for aggregate [a1] at sequence [3] was already inserted",
                new SQLException("duplicate key value violates unique constraint", "23505"));
    }
}
