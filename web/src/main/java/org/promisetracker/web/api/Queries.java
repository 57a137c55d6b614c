package org.promisetracker.web.api;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
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

    private final QueryGateway gateway;

    Queries(QueryGateway gateway) {
        this.gateway = gateway;
    }

    public <R> R one(Object query, Class<R> type, String notFound) {
        R answer = await(gateway.query(query, ResponseTypes.instanceOf(type)));
        if (answer == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, notFound);
        }
        return answer;
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
