package org.promisetracker.app.embedded;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A PostgreSQL server on a data directory that no JVM owns, as a killed process leaves it: started
 * with the embedded binaries' own {@code pg_ctl}, which puts it in a session of its own and exits.
 */
record Orphan(Path dataDirectory, long pid, int port) {

    static Orphan start(Path dataDirectory) throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            // PostgreSQL refuses root; the embedded library runs it the same way
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(
                bin("pg_ctl").toString(),
                "-D",
                dataDirectory.toString(),
                "-o",
                "-p " + port + " -F",
                "-l",
                dataDirectory
                        .resolveSibling(dataDirectory.getFileName() + "-orphan.log")
                        .toString(),
                "-w",
                "start"));
        Process pgCtl = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (pgCtl.waitFor() != 0) {
            throw new IllegalStateException("pg_ctl could not start an orphan server in " + dataDirectory);
        }
        return new Orphan(
                dataDirectory, ServerProcesses.pidFilePid(dataDirectory).orElseThrow(), port);
    }

    /** The binaries the embedded library unpacked, which a server started by it before has put there. */
    private static Path bin(String program) throws IOException {
        Path unpacked = Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg");
        try (Stream<Path> versions = Files.list(unpacked)) {
            return versions.map(version -> version.resolve("bin").resolve(program))
                    .filter(Files::isExecutable)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No " + program + " under " + unpacked));
        }
    }

    boolean running() {
        return ProcessHandle.of(pid).isPresent() && ServerProcesses.runsPostgresIn(pid, realDirectory());
    }

    void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    void signal(String signal) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-s", signal, Long.toString(pid)).start().waitFor();
    }

    private Path realDirectory() {
        try {
            return dataDirectory.toRealPath();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
