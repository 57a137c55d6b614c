package org.promisetracker.app.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Real PostgreSQL processes left in a data directory the way a killed JVM leaves them: still
 * running, or crashed with their {@code postmaster.pid} in place. The next start clears them and
 * comes up with every committed row; the watchdog stops a server whose JVM is gone, and only it.
 */
class EmbeddedServerTest {

    @TempDir
    Path parent;

    Path dataDirectory;

    @BeforeEach
    void initialiseTheDataDirectory() throws Exception {
        dataDirectory = parent.resolve("postgres");
        EmbeddedServer.start(dataDirectory, EmbeddedPostgres.builder(), false).close();
        assertThat(ServerProcesses.pidFile(dataDirectory)).doesNotExist();
    }

    @Test
    void givenAServerStillRunning_whenStarting_thenItIsStoppedAndEveryCommittedRowIsThere() throws Exception {
        Orphan orphan = Orphan.start(dataDirectory);
        orphan.execute("CREATE TABLE kept (note text); INSERT INTO kept VALUES ('before the crash')");
        assertThat(orphan.running()).isTrue();

        try (EmbeddedServer server = EmbeddedServer.start(dataDirectory, EmbeddedPostgres.builder(), false)) {
            assertThat(orphan.running()).isFalse();
            assertThat(notes(server)).containsExactly("before the crash");
            assertThat(ServerProcesses.pidFilePid(dataDirectory)).isNotEqualTo(java.util.Optional.of(orphan.pid()));
        }
    }

    @Test
    void givenAServerThatCrashed_whenStarting_thenTheStalePidFileIsClearedAndTheWalReplayed() throws Exception {
        Orphan orphan = Orphan.start(dataDirectory);
        orphan.execute("CREATE TABLE kept (note text); INSERT INTO kept VALUES ('committed, never checkpointed')");
        orphan.signal("KILL");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> ServerProcesses.in(dataDirectory).isEmpty());
        assertThat(ServerProcesses.pidFile(dataDirectory)).exists();

        try (EmbeddedServer server = EmbeddedServer.start(dataDirectory, EmbeddedPostgres.builder(), false)) {
            assertThat(notes(server)).containsExactly("committed, never checkpointed");
        }
    }

    @Test
    void givenAServerThatIgnoresTheFastShutdown_whenStarting_thenItIsStoppedHarder() throws Exception {
        Orphan orphan = Orphan.start(dataDirectory);
        orphan.execute("CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still there')");
        // a server stopped by hand (SIGSTOP) cannot act on SIGINT or SIGQUIT; only SIGKILL ends it
        orphan.signal("STOP");

        new StaleServer(Duration.ofMillis(500), Duration.ofMillis(500)).clear(dataDirectory);

        assertThat(ServerProcesses.in(dataDirectory)).isEmpty();
        assertThat(ServerProcesses.pidFile(dataDirectory)).doesNotExist();
        try (EmbeddedServer server = EmbeddedServer.start(dataDirectory, EmbeddedPostgres.builder(), false)) {
            assertThat(notes(server)).containsExactly("still there");
        }
    }

    @Test
    void givenADirectoryInUse_whenAnotherStartTries_thenItFailsAtOnceNamingTheHolder() throws Exception {
        try (EmbeddedServer server = EmbeddedServer.start(dataDirectory, EmbeddedPostgres.builder(), true)) {
            long serverPid = ServerProcesses.pidFilePid(dataDirectory).orElseThrow();

            assertThatThrownBy(() -> EmbeddedServer.start(dataDirectory, EmbeddedPostgres.builder(), true))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use by another Promise Tracker process (PID "
                            + ProcessHandle.current().pid());

            assertThat(ServerProcesses.pidFilePid(dataDirectory)).contains(serverPid);
            assertThat(notes(server, "SELECT 'still serving'")).containsExactly("still serving");
        }
        assertThat(Files.readString(DataDirectoryLock.fileFor(dataDirectory)).strip())
                .isEqualTo(Long.toString(ProcessHandle.current().pid()));
    }

    @Test
    void givenAWatchedServer_whenItsJvmIsGone_thenTheWatchdogStopsIt() throws Exception {
        Orphan orphan = Orphan.start(dataDirectory);
        ServerWatchdog watchdog = ServerWatchdog.watch(dataDirectory);

        watchdog.abandon();

        await().atMost(Duration.ofSeconds(10)).until(() -> !orphan.running());
        assertThat(ServerProcesses.pidFile(dataDirectory)).doesNotExist();
    }

    @Test
    void givenALaterServerInTheDirectory_whenTheWatchdogOfTheEarlierWakes_thenItLeavesTheLaterOneRunning()
            throws Exception {
        Orphan earlier = Orphan.start(dataDirectory);
        ServerWatchdog watchdog = ServerWatchdog.watch(dataDirectory);
        earlier.signal("INT");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !earlier.running() && !Files.exists(ServerProcesses.pidFile(dataDirectory)));
        Orphan later = Orphan.start(dataDirectory);
        try {
            watchdog.abandon();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> ProcessHandle.of(watchdog.pid())
                            .map(p -> !p.isAlive())
                            .orElse(true));

            assertThat(later.running()).isTrue();
        } finally {
            later.signal("INT");
            await().atMost(Duration.ofSeconds(10)).until(() -> !later.running());
        }
    }

    @Test
    void givenAWatchedServer_whenStoppedCleanly_thenTheWatchdogEndsAndThePidFileIsGone() throws Exception {
        long watchdogPid;
        try (EmbeddedServer server = EmbeddedServer.start(dataDirectory, EmbeddedPostgres.builder(), true)) {
            watchdogPid = server.watchdogPid();
            assertThat(ProcessHandle.of(watchdogPid)).isPresent();
            // a Ctrl-C for this JVM's terminal goes to its process group, not to another session
            // (which the watchdog has a moment after it started: setsid, then the shell)
            String jvm = session(ProcessHandle.current().pid());
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> !session(server.watchdogPid()).equals(jvm));
        }
        assertThat(ProcessHandle.of(watchdogPid).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
        assertThat(ServerProcesses.in(dataDirectory)).isEmpty();
    }

    @Test
    void givenAStartKilledWhileCreatingTheDirectory_whenStartingAgain_thenItIsCreatedAfresh() throws Exception {
        Path fresh = parent.resolve("fresh");
        Path scratch = NewDataDirectory.scratchFor(fresh);
        // what initdb leaves when killed half-way: some files, a configuration, no cluster to start
        Files.createDirectories(scratch.resolve("base"));
        Files.writeString(scratch.resolve("PG_VERSION"), "17\n");
        Files.writeString(scratch.resolve("postgresql.conf"), "# half written\n");

        try (EmbeddedServer server = EmbeddedServer.start(fresh, EmbeddedPostgres.builder(), false)) {
            assertThat(notes(server, "SELECT 'a new cluster'")).containsExactly("a new cluster");
        }
        assertThat(scratch).doesNotExist();
        assertThat(fresh.resolve("postgresql.conf")).exists();
    }

    @Test
    void givenADirectoryWithOtherFiles_whenStarting_thenItSaysSoAndLeavesThem() throws Exception {
        Path taken = parent.resolve("taken");
        Files.createDirectories(taken);
        Files.writeString(taken.resolve("notes.txt"), "not a database");

        assertThatThrownBy(() -> EmbeddedServer.start(taken, EmbeddedPostgres.builder(), false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("holds files but no PostgreSQL cluster");
        assertThat(taken.resolve("notes.txt")).hasContent("not a database");
        assertThat(NewDataDirectory.scratchFor(taken)).doesNotExist();
    }

    private static String session(long pid) throws java.io.IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        // after "(command)": state, parent, process group, session
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ")[3];
    }

    private static List<String> notes(EmbeddedServer server) {
        return notes(server, "SELECT note FROM kept");
    }

    private static List<String> notes(EmbeddedServer server, String sql) {
        DriverManagerDataSource dataSource =
                new DriverManagerDataSource(server.postgres().getJdbcUrl("postgres", "postgres"));
        return new JdbcTemplate(dataSource).queryForList(sql, String.class);
    }
}
