package org.promisetracker.query.dashboard;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A few threads for a read that one answer needs beside its main read, so the two go to the
 * database at once. Bounded: when every thread is busy and the short queue is full, the caller
 * runs the read itself, so under load this adds no work and no waiting, only loses the overlap.
 */
@Component
class SideReads {

    private final ThreadPoolExecutor threads;

    SideReads(@Value("${tracker.query.side-read-threads:4}") int size) {
        AtomicInteger count = new AtomicInteger();
        this.threads = new ThreadPoolExecutor(
                size,
                size,
                30,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(size),
                runnable -> {
                    Thread thread = new Thread(runnable, "side-read-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                },
                new ThreadPoolExecutor.CallerRunsPolicy());
        this.threads.allowCoreThreadTimeOut(true);
    }

    <T> CompletableFuture<T> supply(Supplier<T> read) {
        return CompletableFuture.supplyAsync(read, threads);
    }

    /** The read's answer, or its own exception as the main read would have thrown it. */
    static <T> T join(CompletableFuture<T> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }
}
