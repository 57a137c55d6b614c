package org.promisetracker.platform.axon;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;
import org.axonframework.axonserver.connector.AxonServerException;
import org.axonframework.axonserver.connector.ErrorCode;
import org.axonframework.axonserver.connector.command.AxonServerRemoteCommandHandlingException;
import org.axonframework.axonserver.connector.query.AxonServerRemoteQueryHandlingException;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.messaging.RemoteHandlingException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.NoHandlerForQueryException;

/**
 * What a failure of a command or query says about the nodes, read from its whole cause chain, so a
 * web node can try again where trying again is safe and answer 503 where a node is missing.
 * <ul>
 *   <li>A <b>stale write</b> stored nothing: the event store refused the append because the
 *       aggregate had moved on since the handling node loaded it (another node's write, a cached copy
 *       out of date after an ownership change). Axon evicts the cached copy on the rollback, so the
 *       same command sent again is decided on the aggregate as it now is.
 *   <li>A <b>missing handler</b>: no node of the kind needed is connected just now (none started yet,
 *       or the one that was died and the others have not taken over), or the connection to the one
 *       handling it broke. For a command, only "no handler" is known to have stored nothing.
 * </ul>
 */
public final class NodeFailures {

    /**
     * Axon Server's refusal of an append whose sequence number is taken ({@code AXONIQ-2000}). On the
     * node that handled the command it is a {@link ConcurrencyException}; on the node that sent it, it
     * arrives as the text of a remote failure, which is all that crosses the wire.
     */
    private static final String SEQUENCE_REFUSED = "Invalid sequence number";

    /** Axon Server's code for "connection to handler lost" (2023.2); the connector has no constant for it. */
    private static final String HANDLER_LOST = "AXONIQ-4001";

    /**
     * What Axon Server 2023.2 says when the node handling a command disconnects before answering. The
     * connector knows no code for it and hands it on as {@link ErrorCode#OTHER}, with this text.
     */
    private static final String LOST_TEXT = "Connection lost while executing";

    /** Axon Server's codes for no handler of either kind, a lost handler, and a dispatch or connection failure. */
    private static final Set<String> NODES_AWAY = Set.of(
            HANDLER_LOST,
            ErrorCode.NO_HANDLER_FOR_COMMAND.errorCode(),
            ErrorCode.NO_HANDLER_FOR_QUERY.errorCode(),
            ErrorCode.COMMAND_DISPATCH_ERROR.errorCode(),
            ErrorCode.QUERY_DISPATCH_ERROR.errorCode(),
            ErrorCode.CONNECTION_FAILED.errorCode());

    private static final int MAX_DEPTH = 32;

    private NodeFailures() {}

    public static boolean isStaleWrite(Throwable failure) {
        return anyCause(
                failure,
                cause -> cause instanceof ConcurrencyException
                        || cause instanceof RemoteHandlingException remote
                                && remote.getExceptionDescriptions().stream()
                                        .anyMatch(text -> text != null && text.contains(SEQUENCE_REFUSED)));
    }

    /** A command no node took: nothing was handled, so sending it again is safe. */
    public static boolean isUndelivered(Throwable failure) {
        return anyCause(
                failure,
                cause -> cause instanceof NoHandlerForCommandException
                        || cause instanceof AxonServerException server
                                && ErrorCode.NO_HANDLER_FOR_COMMAND.errorCode().equals(server.code()));
    }

    /** No node can handle this just now, or the one handling it went away. */
    public static boolean isHandlerMissing(Throwable failure) {
        return isLostInFlight(failure)
                || anyCause(
                        failure,
                        cause -> cause instanceof NoHandlerForCommandException
                                || cause instanceof NoHandlerForQueryException
                                || cause instanceof AxonServerException server && NODES_AWAY.contains(server.code())
                                || cause instanceof AxonServerRemoteQueryHandlingException query
                                        && NODES_AWAY.contains(query.getErrorCode())
                                || cause instanceof AxonServerRemoteCommandHandlingException command
                                        && NODES_AWAY.contains(command.getErrorCode()));
    }

    /**
     * The node handling it went away before it answered: a command may or may not have been recorded,
     * so it is not sent again.
     */
    public static boolean isLostInFlight(Throwable failure) {
        return anyCause(
                failure,
                cause -> cause instanceof AxonServerException server
                                && (HANDLER_LOST.equals(server.code())
                                        || server.getMessage() != null
                                                && server.getMessage().startsWith(LOST_TEXT))
                        || cause instanceof AxonServerRemoteCommandHandlingException command
                                && HANDLER_LOST.equals(command.getErrorCode())
                        || cause instanceof AxonServerRemoteQueryHandlingException query
                                && HANDLER_LOST.equals(query.getErrorCode()));
    }

    private static boolean anyCause(Throwable failure, Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure;
                cause != null && seen.size() < MAX_DEPTH && seen.add(cause);
                cause = cause.getCause()) {
            if (test.test(cause)) {
                return true;
            }
        }
        return false;
    }
}
