package org.promisetracker.platform.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A real PostgreSQL for tests: the server binaries from Maven Central, started once per test JVM
 * (as root they run through {@code unshare -U}). Durability is switched off; nothing else differs
 * from production.
 */
public final class TestPostgres {

    private static EmbeddedPostgres postgres;

    private TestPostgres() {
    }

    public static synchronized String jdbcUrl() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder()
                                           .setServerConfig("fsync", "off")
                                           .setServerConfig("synchronous_commit", "off")
                                           .setServerConfig("full_page_writes", "off")
                                           .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
            }
        }
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /** For {@code @DynamicPropertySource}: point Spring at the shared test server. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestPostgres::jdbcUrl);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }
}
