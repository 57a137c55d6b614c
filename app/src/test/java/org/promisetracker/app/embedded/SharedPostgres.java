package org.promisetracker.app.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A PostgreSQL server of the tests' own, durable as shipped, for children to share as an external one. */
final class SharedPostgres {

    private SharedPostgres() {}

    static EmbeddedPostgres start(Path dataDirectory) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .start();
    }

    /** What a child is given to use it. */
    static List<String> settings(EmbeddedPostgres postgres) {
        return List.of(
                "--spring.datasource.url=jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres");
    }
}
