package org.promisetracker.platform.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL for tests: the server binaries from Maven Central, started once per test JVM
 * (as root they run through {@code unshare -U}). Durability is switched off; nothing else differs
 * from production.
 */
public final class TestPostgres {

    private static EmbeddedPostgres postgres;
    private static int databases;

    private TestPostgres() {}

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

    /**
     * For {@code @DynamicPropertySource}: point Spring at a database of its own on the shared test
     * server. Each test application context runs its own event processors; sharing one database they
     * would contend for the same tokens.
     */
    public static void register(DynamicPropertyRegistry registry) {
        String database = newDatabase();
        registry.add("spring.datasource.url", () -> jdbcUrl().replace("/postgres?", "/" + database + "?"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    private static synchronized String newDatabase() {
        String database = "test_" + (++databases);
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + database, e);
        }
        return database;
    }
}
