package org.promisetracker.app.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The PostgreSQL processes running in a data directory, found through Linux's {@code /proc}: a
 * process whose program is {@code postgres} and whose working directory is the data directory
 * (the server and every backend change into it). This does not trust {@code postmaster.pid}: after
 * a crash its PID may name a zombie or, reused, an unrelated program. A zombie has neither program
 * nor working directory left, so it is not counted: it is gone, only not yet reaped.
 */
final class ServerProcesses {

    private ServerProcesses() {}

    static List<ProcessHandle> in(Path dataDirectory) throws IOException {
        if (!Files.isDirectory(dataDirectory)) {
            return List.of();
        }
        Path directory = dataDirectory.toRealPath();
        return ProcessHandle.allProcesses()
                .filter(process -> runsPostgresIn(process.pid(), directory))
                .toList();
    }

    /** Those of {@code processes} not started by another of them: the server, or backends it left behind. */
    static List<ProcessHandle> roots(List<ProcessHandle> processes) {
        Set<Long> pids = processes.stream().map(ProcessHandle::pid).collect(Collectors.toSet());
        return processes.stream()
                .filter(process -> process.parent()
                        .map(parent -> !pids.contains(parent.pid()))
                        .orElse(true))
                .toList();
    }

    static boolean runsPostgresIn(long pid, Path realDirectory) {
        Path proc = Path.of("/proc", Long.toString(pid));
        try {
            String program = Files.readSymbolicLink(proc.resolve("exe")).toString();
            return (program.endsWith("/postgres") || program.endsWith("/postgres (deleted)"))
                    && Files.readSymbolicLink(proc.resolve("cwd")).equals(realDirectory);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // gone, a zombie, or another user's process we may not look into: none of ours
            return false;
        }
    }

    /** Line 1 of {@code postmaster.pid}, if it has one. */
    static Optional<Long> pidFilePid(Path dataDirectory) {
        return pidFileLines(dataDirectory, 1).flatMap(lines -> {
            try {
                return Optional.of(Long.parseLong(lines.get(0).strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /**
     * The first {@code count} lines of {@code postmaster.pid}: PID, data directory and start time
     * together name one run of one server.
     */
    static Optional<List<String>> pidFileLines(Path dataDirectory, int count) {
        try {
            List<String> lines = Files.readAllLines(pidFile(dataDirectory));
            return lines.size() < count ? Optional.empty() : Optional.of(List.copyOf(lines.subList(0, count)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Path pidFile(Path dataDirectory) {
        return dataDirectory.resolve("postmaster.pid");
    }
}
