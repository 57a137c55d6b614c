package org.promisetracker.app.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears a data directory of what a process that died without stopping its server left behind,
 * so the next start comes up instead of failing on {@code postmaster.pid}. Only call it holding
 * the {@link DataDirectoryLock}: then no live process of ours owns a server found here.
 * <p>
 * A server still running gets the fast shutdown (SIGINT), which rolls back open transactions and
 * writes a checkpoint; only if it does not stop in time the immediate one (SIGQUIT), then SIGKILL.
 * Neither loses a committed transaction: with {@code fsync} on, the next start replays the WAL.
 * A {@code postmaster.pid} no live server stands behind is removed, since PostgreSQL itself
 * refuses to start while its PID is taken, by a zombie or by a program that reused the number;
 * shared memory still attached is PostgreSQL's own second guard against two servers.
 */
final class StaleServer {

    private static final Logger log = LoggerFactory.getLogger(StaleServer.class);

    private final Duration fastShutdown;
    private final Duration immediateShutdown;

    StaleServer(Duration fastShutdown, Duration immediateShutdown) {
        this.fastShutdown = fastShutdown;
        this.immediateShutdown = immediateShutdown;
    }

    StaleServer() {
        this(Duration.ofSeconds(30), Duration.ofSeconds(5));
    }

    /** Stops what runs in {@code dataDirectory} and removes a stale pid file; true if there was either. */
    boolean clear(Path dataDirectory) throws IOException {
        boolean found = false;
        List<ProcessHandle> running = ServerProcesses.in(dataDirectory);
        if (!running.isEmpty()) {
            found = true;
            long started = System.nanoTime();
            log.warn(
                    "PostgreSQL is still running in {} (PID {}), left by a run that ended without stopping it; stopping it",
                    dataDirectory,
                    pids(ServerProcesses.roots(running)));
            stop(dataDirectory);
            log.info(
                    "Stopped the earlier PostgreSQL in {} ms",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        }
        Path pidFile = ServerProcesses.pidFile(dataDirectory);
        String stalePid =
                ServerProcesses.pidFilePid(dataDirectory).map(String::valueOf).orElse("unknown");
        if (Files.deleteIfExists(pidFile)) {
            found = true;
            log.info("Removed the stale {} of PID {}, which is no PostgreSQL server any more", pidFile, stalePid);
        }
        return found;
    }

    private void stop(Path dataDirectory) throws IOException {
        for (Signal signal : List.of(
                new Signal("INT", fastShutdown),
                new Signal("QUIT", immediateShutdown),
                new Signal("KILL", immediateShutdown))) {
            List<ProcessHandle> running = ServerProcesses.in(dataDirectory);
            if (running.isEmpty()) {
                return;
            }
            // the server passes the signal on to its backends; SIGKILL it cannot, so every process gets that one
            signal.send(signal.name().equals("KILL") ? running : ServerProcesses.roots(running));
            if (awaitNoneIn(dataDirectory, signal.patience())) {
                return;
            }
            log.warn(
                    "PostgreSQL in {} did not stop within {} ms of SIG{}",
                    dataDirectory,
                    signal.patience().toMillis(),
                    signal.name());
        }
        throw new IllegalStateException("Could not stop the PostgreSQL left running in " + dataDirectory + " (PID "
                + pids(ServerProcesses.in(dataDirectory)) + "); stop it by hand and start again");
    }

    private static boolean awaitNoneIn(Path dataDirectory, Duration patience) throws IOException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!ServerProcesses.in(dataDirectory).isEmpty()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
        return true;
    }

    private static String pids(List<ProcessHandle> processes) {
        return String.join(
                ", ",
                processes.stream().map(process -> Long.toString(process.pid())).toList());
    }

    private record Signal(String name, Duration patience) {

        /** ProcessHandle can only TERM and KILL; PostgreSQL reads TERM as the slow "smart" shutdown. */
        void send(List<ProcessHandle> processes) throws IOException {
            for (ProcessHandle process : processes) {
                Process kill = new ProcessBuilder("kill", "-s", name, Long.toString(process.pid()))
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                try {
                    // a non-zero exit is a process that stopped meanwhile: what we wanted
                    kill.waitFor(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("Interrupted while signalling PostgreSQL", e);
                }
            }
        }
    }
}
