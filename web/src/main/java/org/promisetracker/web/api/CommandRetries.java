package org.promisetracker.web.api;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.ExponentialBackOffIntervalRetryScheduler;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.promisetracker.platform.axon.NodeFailures;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The command gateway of every web node (API and pages), in place of Axon's plain one: a command that
 * stored nothing because of the nodes, not because of what it asked, is sent again before anyone
 * sees an error. That is a stale write (another node changed the aggregate since this command's
 * handler loaded it; Axon evicted the stale copy on the rollback) or a command no node took (the
 * command nodes are changing hands). Anything else, a refusal above all, is answered at once.
 * <p>
 * Bounded: six tries in all, 20, 40, 80, 160 and 320 ms apart (620 ms at most). A stale write that
 * still loses then is real contention and answers 409; a command that found no handler answers 503.
 */
@Configuration(proxyBeanMethods = false)
class CommandRetries implements DisposableBean {

    static final int MAX_RETRIES = 5;
    static final long FIRST_INTERVAL_MILLIS = 20;

    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "command-retry");
        thread.setDaemon(true);
        return thread;
    });

    @Bean
    CommandGateway commandGateway(CommandBus commandBus) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(retryScheduler())
                .build();
    }

    /**
     * Decided on the whole failure, not cause by cause: Axon's own predicate marks a failure non-transient
     * when any one of its causes is, and a stale write's innermost cause is the database's key violation.
     */
    private RetryScheduler retryScheduler() {
        RetryScheduler backOff = ExponentialBackOffIntervalRetryScheduler.builder()
                .retryExecutor(retries)
                .maxRetryCount(MAX_RETRIES)
                .backoffFactor(FIRST_INTERVAL_MILLIS)
                .nonTransientFailurePredicate(cause -> false)
                .build();
        return (command, failure, failures, dispatch) ->
                isSafeToSendAgain(failure) && backOff.scheduleRetry(command, failure, failures, dispatch);
    }

    static boolean isSafeToSendAgain(Throwable failure) {
        return NodeFailures.isStaleWrite(failure) || NodeFailures.isUndelivered(failure);
    }

    @Override
    public void destroy() {
        retries.shutdownNow();
    }
}
