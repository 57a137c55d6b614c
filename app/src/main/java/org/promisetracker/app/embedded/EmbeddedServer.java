package org.promisetracker.app.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of one data directory, started so that a crash of the process before
 * cannot stop it: the directory locked to this process, whatever an earlier process left running
 * in it stopped, a new directory made whole ({@link NewDataDirectory}), then the server started
 * (replaying its WAL if it had crashed) and watched so that it stops with this process however
 * this process ends.
 */
final class EmbeddedServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);

    private final DataDirectoryLock lock;
    private final EmbeddedPostgres postgres;
    private final ServerWatchdog watchdog;

    private EmbeddedServer(DataDirectoryLock lock, EmbeddedPostgres postgres, ServerWatchdog watchdog) {
        this.lock = lock;
        this.postgres = postgres;
        this.watchdog = watchdog;
    }

    /** {@code watched} false leaves a server running after a crash: only for testing the next start. */
    static EmbeddedServer start(Path dataDirectory, EmbeddedPostgres.Builder builder, boolean watched)
            throws IOException {
        Files.createDirectories(dataDirectory.getParent());
        DataDirectoryLock lock = DataDirectoryLock.acquire(dataDirectory);
        EmbeddedPostgres postgres = null;
        try {
            new StaleServer().clear(dataDirectory);
            if (NewDataDirectory.needed(dataDirectory)) {
                NewDataDirectory.create(dataDirectory);
            }
            postgres = builder.setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .start();
            ServerWatchdog watchdog = null;
            if (watched) {
                watchdog = ServerWatchdog.watch(dataDirectory);
            } else {
                log.warn(
                        "tracker.embedded-postgres.watchdog=false: should this process die without stopping PostgreSQL, "
                                + "it keeps running until the next start stops it");
            }
            return new EmbeddedServer(lock, postgres, watchdog);
        } catch (IOException | RuntimeException e) {
            if (postgres != null) {
                postgres.close();
            }
            lock.close();
            throw e;
        }
    }

    EmbeddedPostgres postgres() {
        return postgres;
    }

    long watchdogPid() {
        return watchdog == null ? -1 : watchdog.pid();
    }

    @Override
    public void close() throws IOException {
        try {
            if (watchdog != null) {
                watchdog.close();
            }
            postgres.close();
        } finally {
            lock.close();
        }
    }
}
