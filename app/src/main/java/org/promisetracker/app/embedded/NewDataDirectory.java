package org.promisetracker.app.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * A new data directory, made whole or not at all. {@code initdb} takes a second or two, and a
 * process killed meanwhile would leave a half-made cluster that every later start fails on; so
 * the cluster is made beside the directory, started and stopped once, and renamed into place in
 * one step. Whatever a killed attempt left beside it is cleared first, its server too.
 */
final class NewDataDirectory {

    private static final Logger log = LoggerFactory.getLogger(NewDataDirectory.class);

    private NewDataDirectory() {}

    /** The library's own test for an existing cluster. */
    static boolean needed(Path dataDirectory) {
        return !Files.exists(dataDirectory.resolve("postgresql.conf"));
    }

    static Path scratchFor(Path dataDirectory) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".initdb");
    }

    static void create(Path dataDirectory) throws IOException {
        if (Files.isDirectory(dataDirectory)) {
            try (Stream<Path> entries = Files.list(dataDirectory)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalStateException(
                            "The data directory " + dataDirectory + " holds files but no PostgreSQL "
                                    + "cluster (no postgresql.conf). Move them away, or choose another "
                                    + "tracker.embedded-postgres.data-directory.");
                }
            }
        }
        Path scratch = scratchFor(dataDirectory);
        if (Files.exists(scratch)) {
            log.warn("Clearing {}, left by a start that ended while it was creating the data directory", scratch);
            new StaleServer().clear(scratch);
            FileSystemUtils.deleteRecursively(scratch);
        }
        EmbeddedPostgres.builder()
                .setDataDirectory(scratch)
                .setCleanDataDirectory(false)
                .start()
                .close();
        Files.deleteIfExists(dataDirectory);
        Files.move(scratch, dataDirectory, StandardCopyOption.ATOMIC_MOVE);
        // the rename itself on disk, not only in the page cache
        try (FileChannel parent = FileChannel.open(dataDirectory.getParent(), StandardOpenOption.READ)) {
            parent.force(true);
        }
        log.info("Created a new PostgreSQL cluster in {}", dataDirectory);
    }
}
