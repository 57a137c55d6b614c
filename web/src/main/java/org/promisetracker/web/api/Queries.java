package org.promisetracker.web.api;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.promisetracker.platform.axon.NodeFailures;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Sends read queries through Axon's query gateway, so a split deployment can route them to any
 * query-side node. A query answered with nothing is a 404. Lists come back inside named records
 * ({@code PlanList}, {@code ReportList}): a bare list loses its element type on Axon Server.
 */
@Component
public class Queries {

    /** Pauses before the second, third and fourth try: 350 ms in all, within a browser's patience. */
    private static final long[] RETRY_PAUSES_MILLIS = {25, 75, 250};

    private final QueryGateway gateway;

    Queries(QueryGateway gateway) {
        this.gateway = gateway;
    }

    public <R> R one(Object query, Class<R> type, String notFound) {
        R answer = withRetries(query, type);
        if (answer == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, notFound);
        }
        return answer;
    }

    /**
     * A query changes nothing, so one whose handler went away (its query node died mid-way, or none is
     * connected for a moment) is sent again, to whichever node has one now; after the last try the
     * failure stands, and answers 503.
     */
    private <R> R withRetries(Object query, Class<R> type) {
        for (int attempt = 0; ; attempt++) {
            try {
                return await(gateway.query(query, ResponseTypes.instanceOf(type)));
            } catch (RuntimeException e) {
                if (attempt == RETRY_PAUSES_MILLIS.length || !NodeFailures.isHandlerMissing(e)) {
                    throw e;
                }
                pause(RETRY_PAUSES_MILLIS[attempt]);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to repeat a query", e);
        }
    }

    private static <R> R await(java.util.concurrent.CompletableFuture<R> answer) {
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a query", e);
        } catch (ExecutionException | CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
