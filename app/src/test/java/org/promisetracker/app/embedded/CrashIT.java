package org.promisetracker.app.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged distribution is killed with SIGKILL under concurrent writers, again and again, and
 * started on the same data: each start comes up within {@link #START_BOUND}, every write it had
 * acknowledged before any of the kills is in the histories, and every report still verifies.
 * <p>
 * With the embedded PostgreSQL the cycles take turns at what the kill leaves behind ({@link Leftover}):
 * a server the watchdog stops within {@link #ORPHAN_BOUND}; a server still running (watchdog off),
 * which the next start must stop; a server that crashed too, whose stale {@code postmaster.pid}
 * the next start must clear and whose WAL it must replay. While the first run is up, a second start
 * on its directory must fail at once. With an external PostgreSQL only the JVM dies.
 * <p>
 * {@code -Dcrash.cycles=N} (default 3) and {@code -Dcrash.external-cycles=N} (default 1) run more.
 * Each report is published before the writers start. {@code -Dcrash.report-under-load=true}
 * publishes it among them instead; run so, one report in some twelve once failed to verify after
 * the restart, as the report-freeze gap edge (issue 10) would make it: a write committed after the
 * report with a lower place in the log is in the replay that verifies it, not in the frozen report.
 * The failure then names the report's restatements.
 * The children's output is in {@code target/crash-it}.
 */
class CrashIT {

    private static final int WRITERS = 4;
    private static final int WRITES_BEFORE_THE_REPORT = 40;
    private static final int WRITES_BEFORE_THE_KILL = 100;
    private static final Duration START_BOUND = Duration.ofSeconds(120);
    private static final Duration ORPHAN_BOUND = Duration.ofSeconds(5);
    private static final Duration CATCH_UP_BOUND = Duration.ofSeconds(60);
    private static final boolean REPORT_UNDER_LOAD = Boolean.getBoolean("crash.report-under-load");

    /** What a kill of the JVM leaves in the data directory. */
    enum Leftover {
        /** Nothing for long: the watchdog stops the server. */
        NOTHING,
        /** The server, still running: the watchdog is off. */
        RUNNING_SERVER,
        /** A crashed server's pid file: the watchdog is off and the server is killed too. */
        CRASHED_SERVER;

        static Leftover of(int cycle) {
            return values()[(cycle - 1) % values().length];
        }
    }

    @TempDir
    Path work;

    @Test
    void givenEmbeddedPostgres_whenKilledUnderLoadAndStartedAgain_thenNothingAcknowledgedIsLost() throws Exception {
        Path data = work.resolve("postgres");
        int cycles = Integer.getInteger("crash.cycles", 3);
        Child child = Child.start("embedded-1", embedded(data, Leftover.of(1)));
        try {
            report("embedded run 1 started in %.1f s", child.awaitReady(START_BOUND));
            Ledger ledger = Ledger.create(child, WRITERS);
            assertASecondStartOnTheDirectoryFails(child, data);
            for (int cycle = 1; cycle <= cycles; cycle++) {
                Leftover leftover = Leftover.of(cycle);
                long postmaster = ServerProcesses.pidFilePid(data).orElseThrow();
                Ledger.Writers writers = writeThenKill(child, ledger, cycle);

                assertLeftover(leftover, data, postmaster, child.killed);
                child = Child.start("embedded-" + (cycle + 1), embedded(data, Leftover.of(cycle + 1)));
                double started = child.awaitReady(START_BOUND);
                String output = child.output();
                if (leftover == Leftover.RUNNING_SERVER) {
                    assertThat(output)
                            .as(child.log.toString())
                            .contains("PostgreSQL is still running in", "Stopped the earlier PostgreSQL in");
                    report(
                            "cycle %d: the start stopped the server left running (%s)",
                            cycle, line(output, "Stopped the earlier PostgreSQL in"));
                } else if (leftover == Leftover.CRASHED_SERVER) {
                    assertThat(output).as(child.log.toString()).contains("Removed the stale");
                }
                assertEverythingThere(child, ledger, "embedded", cycle, leftover, writers, started);
            }
            stopCleanly(child);
            assertThat(ServerProcesses.in(data))
                    .as("servers left after a clean stop")
                    .isEmpty();
        } finally {
            child.kill();
            new StaleServer().clear(data);
        }
    }

    @Test
    void givenExternalPostgres_whenKilledUnderLoadAndStartedAgain_thenNothingAcknowledgedIsLost() throws Exception {
        int cycles = Integer.getInteger("crash.external-cycles", 1);
        try (EmbeddedPostgres postgres = SharedPostgres.start(work.resolve("external"))) {
            List<String> settings = SharedPostgres.settings(postgres);
            Child child = Child.start("external-1", settings);
            try {
                report("external run 1 started in %.1f s", child.awaitReady(START_BOUND));
                Ledger ledger = Ledger.create(child, WRITERS);
                for (int cycle = 1; cycle <= cycles; cycle++) {
                    Ledger.Writers writers = writeThenKill(child, ledger, cycle);
                    child = Child.start("external-" + (cycle + 1), settings);
                    assertEverythingThere(
                            child, ledger, "external", cycle, null, writers, child.awaitReady(START_BOUND));
                }
            } finally {
                child.kill();
            }
        }
    }

    private static List<String> embedded(Path data, Leftover leftover) {
        return List.of(
                "--tracker.embedded-postgres.data-directory=" + data,
                "--tracker.embedded-postgres.watchdog=" + (leftover == Leftover.NOTHING));
    }

    /** A report is published, writers record, then SIGKILL while they are still writing. */
    private static Ledger.Writers writeThenKill(Child child, Ledger ledger, int cycle) throws Exception {
        if (!REPORT_UNDER_LOAD) {
            ledger.publishReport(child, "Progress report " + cycle);
        }
        Ledger.Writers writers = ledger.write(child, "cycle-" + cycle);
        await().atMost(CATCH_UP_BOUND).until(() -> writers.acknowledged() >= WRITES_BEFORE_THE_REPORT);
        if (REPORT_UNDER_LOAD) {
            ledger.publishReport(child, "Progress report " + cycle);
        }
        await().atMost(CATCH_UP_BOUND).until(() -> writers.acknowledged() >= WRITES_BEFORE_THE_KILL);
        child.kill();
        writers.stop();
        return writers;
    }

    private static void assertLeftover(Leftover leftover, Path data, long postmaster, long killed) throws Exception {
        switch (leftover) {
            case NOTHING -> {
                await().atMost(ORPHAN_BOUND)
                        .pollInterval(Duration.ofMillis(20))
                        .until(() -> ServerProcesses.in(data).isEmpty());
                report(
                        "the watchdog stopped the orphaned server (PID %d) %.2f s after the kill",
                        postmaster, (System.nanoTime() - killed) / 1e9);
            }
            case RUNNING_SERVER ->
                assertThat(ServerProcesses.runsPostgresIn(postmaster, data.toRealPath()))
                        .as("the unwatched server outlives its JVM")
                        .isTrue();
            case CRASHED_SERVER -> {
                List<ProcessHandle> running = ServerProcesses.in(data);
                assertThat(running).extracting(ProcessHandle::pid).contains(postmaster);
                for (ProcessHandle process : running) {
                    new ProcessBuilder("kill", "-s", "KILL", Long.toString(process.pid()))
                            .start()
                            .waitFor();
                }
                await().atMost(ORPHAN_BOUND)
                        .until(() -> ServerProcesses.in(data).isEmpty());
                assertThat(ServerProcesses.pidFile(data)).exists();
            }
        }
    }

    private static void assertASecondStartOnTheDirectoryFails(Child first, Path data) throws Exception {
        long postmaster = ServerProcesses.pidFilePid(data).orElseThrow();
        Child second = Child.start("embedded-1-second", embedded(data, Leftover.NOTHING));
        await().atMost(START_BOUND).until(() -> !second.process.isAlive());

        assertThat(second.process.exitValue()).isNotZero();
        assertThat(second.output())
                .contains("is in use by another Promise Tracker process (PID " + first.process.pid() + " holds");
        assertThat(ServerProcesses.pidFilePid(data)).contains(postmaster);
        assertThat(first.get("/actuator/health/readiness", "admin").status()).isEqualTo(200);
        report(
                "a second start on the directory failed in %.1f s: %s",
                (System.nanoTime() - second.started) / 1e9, line(second.output(), "The data directory"));
    }

    private static void assertEverythingThere(
            Child child,
            Ledger ledger,
            String kind,
            int cycle,
            Leftover leftover,
            Ledger.Writers writers,
            double started) {
        await().atMost(CATCH_UP_BOUND)
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(ledger.missing(child))
                        .as("acknowledged writes not in the histories")
                        .isEmpty());
        await().atMost(CATCH_UP_BOUND)
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(ledger.unverified(child))
                        .as("reports that do not verify")
                        .isEmpty());
        report(
                "%s cycle %d%s: started again in %.1f s; %d writes acknowledged before the kill (%d unanswered at it), "
                        + "%d in all, all in the histories (lost: 0); %d reports verify",
                kind,
                cycle,
                leftover == null ? "" : " (" + leftover + ")",
                started,
                writers.acknowledged(),
                writers.unanswered(),
                ledger.acknowledgedWrites(),
                ledger.reports());
    }

    private static void stopCleanly(Child child) {
        child.process.destroy();
        await().atMost(Duration.ofSeconds(60)).until(() -> !child.process.isAlive());
    }

    /** The first log line's text from {@code from} on. */
    private static String line(String output, String from) {
        String line = output.lines()
                .filter(candidate -> candidate.contains(from))
                .findFirst()
                .orElse("");
        return line.substring(line.indexOf(from)).strip();
    }

    private static void report(String format, Object... args) {
        System.out.printf("Crash: " + format + "%n", args);
    }
}
