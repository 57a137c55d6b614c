package org.promisetracker.app.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops the embedded server when this JVM dies without stopping it (SIGKILL, the OOM killer, a
 * crash), so it does not run on, orphaned, until the next start finds it.
 * <p>
 * {@code pg_ctl} starts the server in a session of its own and exits, so it is no child of this
 * JVM and nothing ties its life to ours. The watchdog is a small shell, in a session of its own too
 * so that a Ctrl-C for the JVM's terminal leaves it be, that blocks reading a pipe whose other end
 * only this JVM holds. The kernel closes that end the moment the JVM dies, however it dies (a
 * zombie JVM has closed it too), and the shell wakes to send the server SIGINT, the fast shutdown,
 * but only if {@code postmaster.pid} still names the same run of the same server (PID, directory
 * and start time): never a server a later start has put there. A clean stop ends the watchdog first.
 * <p>
 * The {@link Process} must stay reachable for the life of the server: were it collected, its pipe
 * would close and the watchdog would stop a healthy server.
 */
final class ServerWatchdog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ServerWatchdog.class);
    private static final String SCRIPT =
            "read -r line; [ \"$(head -n 3 \"$1/postmaster.pid\" 2>/dev/null)\" = \"$2\" ] " + "&& kill -s INT \"$3\"";

    private final Process watchdog;

    private ServerWatchdog(Process watchdog) {
        this.watchdog = watchdog;
    }

    /** Watches the server now named in {@code dataDirectory}'s {@code postmaster.pid}. */
    static ServerWatchdog watch(Path dataDirectory) throws IOException {
        List<String> run = ServerProcesses.pidFileLines(dataDirectory, 3)
                .orElseThrow(() -> new IOException("No postmaster.pid in " + dataDirectory + " to watch"));
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid")) || Files.isExecutable(Path.of("/bin/setsid"))) {
            command.add("setsid");
        }
        command.addAll(List.of(
                "sh",
                "-c",
                SCRIPT,
                "promise-tracker-watchdog",
                dataDirectory.toString(),
                String.join("\n", run),
                run.get(0).strip()));
        Process process = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        log.info(
                "Watchdog (PID {}) stops PostgreSQL (PID {}) should this process die without stopping it",
                process.pid(),
                run.get(0).strip());
        return new ServerWatchdog(process);
    }

    long pid() {
        return watchdog.pid();
    }

    /** Closes this JVM's end of the pipe as the kernel does when the JVM dies: the watchdog acts. */
    void abandon() throws IOException {
        watchdog.getOutputStream().close();
    }

    @Override
    public void close() {
        watchdog.descendants().forEach(ProcessHandle::destroy);
        watchdog.destroy();
        try {
            if (!watchdog.waitFor(5, TimeUnit.SECONDS)) {
                watchdog.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            watchdog.getOutputStream().close();
        } catch (IOException e) {
            // the pipe is gone with the watchdog
        }
    }
}
