package org.promisetracker.platform.axon;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Runs a command handler's work on a thread of its own when that work commits transactions of its
 * own (resetting a processor, retrying dead letters). On the caller's thread it would join the
 * transaction Axon's command bus opened around the handler, which commits only after the handler
 * returns: too late for a processor that must see the work while it runs, and one failed retry
 * would mark the whole of it for rollback.
 */
public final class OwnTransactions {

    private OwnTransactions() {}

    public static <T> T call(String name, Supplier<T> work) {
        try {
            return CompletableFuture.supplyAsync(work, task -> {
                        Thread thread = new Thread(task, name);
                        thread.setDaemon(true);
                        thread.start();
                    })
                    .join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
