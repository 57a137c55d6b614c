package org.promisetracker.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import org.axonframework.axonserver.connector.AxonServerException;
import org.axonframework.axonserver.connector.ErrorCode;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.messaging.RemoteExceptionDescription;
import org.axonframework.messaging.RemoteHandlingException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.NoHandlerForQueryException;
import org.axonframework.queryhandling.QueryExecutionException;
import org.junit.jupiter.api.Test;

/** Each failure as Axon (embedded or through Axon Server 2023.2) hands it to the web node. */
class NodeFailuresTest {

    @Test
    void givenAStaleAppendOnThisNodeOrReportedByTheNodeThatHandledIt_whenRead_thenStaleWrite() {
        ConcurrencyException local = new ConcurrencyException("sequence taken", new SQLException("duplicate key"));
        CommandExecutionException remote = new CommandExecutionException(
                "An exception was thrown by the remote message handling component: [AXONIQ-2000]",
                new RemoteHandlingException(new RemoteExceptionDescription(
                        List.of("ConcurrencyException: append failed", "Invalid sequence number 3 for aggregate a1"))));

        assertThat(NodeFailures.isStaleWrite(local)).isTrue();
        assertThat(NodeFailures.isStaleWrite(new CommandExecutionException("wrapped", local)))
                .isTrue();
        assertThat(NodeFailures.isStaleWrite(remote)).isTrue();
        assertThat(NodeFailures.isUndelivered(remote)).isFalse();
        assertThat(NodeFailures.isHandlerMissing(remote)).isFalse();
    }

    @Test
    void givenNoCommandHandlerHereOrOnAxonServer_whenRead_thenUndeliveredAndMissing() {
        NoHandlerForCommandException embedded = new NoHandlerForCommandException("No handler for AddAction");
        AxonServerException server = new AxonServerException(
                ErrorCode.NO_HANDLER_FOR_COMMAND.errorCode(), "No Handler for command: AddAction");

        for (RuntimeException failure : List.of(embedded, server, new CommandExecutionException("w", server))) {
            assertThat(NodeFailures.isUndelivered(failure))
                    .as(failure.toString())
                    .isTrue();
            assertThat(NodeFailures.isHandlerMissing(failure))
                    .as(failure.toString())
                    .isTrue();
            assertThat(NodeFailures.isStaleWrite(failure))
                    .as(failure.toString())
                    .isFalse();
        }
    }

    @Test
    void givenTheQueryNodeWentAwayOrNoneIsConnected_whenRead_thenMissingButNotUndelivered() {
        AxonServerException lost = new AxonServerException("AXONIQ-4001", "Connection to handler lost");
        NoHandlerForQueryException none = new NoHandlerForQueryException("No handler for PlanList");

        assertThat(NodeFailures.isHandlerMissing(new QueryExecutionException("failed", lost)))
                .isTrue();
        assertThat(NodeFailures.isHandlerMissing(none)).isTrue();
        assertThat(NodeFailures.isUndelivered(lost)).isFalse();
    }

    @Test
    void givenTheCommandNodeDiedWithTheCommandInHand_whenRead_thenLostInFlightNotUndelivered() {
        // Axon Server 2023.2's answer, as the 4.13 connector hands it on: its code has no constant there
        AxonServerException lost = new AxonServerException(
                ErrorCode.OTHER.errorCode(), "Connection lost while executing command on: 23153@vm");

        assertThat(NodeFailures.isLostInFlight(lost)).isTrue();
        assertThat(NodeFailures.isHandlerMissing(lost)).isTrue();
        assertThat(NodeFailures.isUndelivered(lost)).isFalse();
        assertThat(NodeFailures.isLostInFlight(new AxonServerException(ErrorCode.OTHER.errorCode(), "Disk full")))
                .isFalse();
    }

    @Test
    void givenARefusalOrAnOrdinaryFault_whenRead_thenNoneOfThem() {
        RuntimeException refusal = new IllegalArgumentException("There is no plan p1.");
        CommandExecutionException other = new CommandExecutionException(
                "remote failure",
                new RemoteHandlingException(new RemoteExceptionDescription(List.of("NullPointerException: x"))));

        for (RuntimeException failure : List.of(refusal, other)) {
            assertThat(NodeFailures.isStaleWrite(failure)).isFalse();
            assertThat(NodeFailures.isUndelivered(failure)).isFalse();
            assertThat(NodeFailures.isHandlerMissing(failure)).isFalse();
        }
    }

    @Test
    void givenACauseChainWithACycle_whenRead_thenItEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        assertThat(NodeFailures.isStaleWrite(first)).isFalse();
    }
}
