package org.promisetracker.app.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;

/**
 * The service as users run it, {@code java -jar target/promise-tracker.jar} with no JVM option, in a
 * process of its own: its memory is its own, read with {@code jcmd} and from {@code /proc}.
 */
final class ServiceProcess implements AutoCloseable {

    static final Path JAR = Path.of("target", "promise-tracker.jar");
    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total.*?used (\\d+)K");

    private final Process process;
    private final Path log;
    final int port;
    private final AtomicLong phasePeakRssKb = new AtomicLong();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "rss-sampler");
        thread.setDaemon(true);
        return thread;
    });

    private ServiceProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
        // the resident set, every 100 ms: its peak within a phase (the kernel keeps only the peak since start)
        sampler.scheduleAtFixedRate(
                () -> phasePeakRssKb.accumulateAndGet(status("VmRSS"), Math::max), 0, 100, TimeUnit.MILLISECONDS);
    }

    static ServiceProcess start(List<String> arguments) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: the benchmark runs in verify, "
                    + "after package (see docs/PERFORMANCE.md)");
        }
        int port = freePort();
        Path log = Path.of("target", "benchmark-service.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString(),
                "--server.port=" + port));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new ServiceProcess(process, log, port);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    String base() {
        return "http://localhost:" + port;
    }

    long pid() {
        return process.pid();
    }

    /** Polls the condition until it holds, failing at once should the process end. */
    void await(Duration bound, java.util.concurrent.Callable<Boolean> condition) {
        Awaitility.await().atMost(bound).pollInterval(Duration.ofMillis(200)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service exited with " + process.exitValue() + "; see " + log);
            }
            return condition.call();
        });
    }

    /** kB of a {@code /proc/<pid>/status} line (VmRSS, VmHWM), 0 when there is none. */
    long status(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // gone, or not Linux
        }
        return 0;
    }

    /** The highest resident set sampled since the last call, in kB; starts the next phase's. */
    long phasePeakRssKb() {
        return phasePeakRssKb.getAndSet(status("VmRSS"));
    }

    /** The heap in use right after a full collection that {@code jcmd GC.run} asks of the process, in kB. */
    long liveHeapKb() throws IOException, InterruptedException {
        jcmd("GC.run");
        Matcher used = HEAP_USED.matcher(jcmd("GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("jcmd GC.heap_info gave no heap figure");
        }
        return Long.parseLong(used.group(1));
    }

    /** The maximum heap the JVM chose, in kB ({@code -XX:MaxHeapSize}). */
    long maxHeapKb() throws IOException, InterruptedException {
        Matcher value = Pattern.compile("MaxHeapSize\\s*=\\s*(\\d+)").matcher(jcmd("VM.flags", "-all"));
        return value.find() ? Long.parseLong(value.group(1)) / 1024 : 0;
    }

    private String jcmd(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid())));
        line.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + String.join(" ", command) + " failed: " + out);
        }
        return out;
    }

    /** SIGTERM, as a service manager stops it, and waits for it to end. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        sampler.shutdownNow();
    }
}
