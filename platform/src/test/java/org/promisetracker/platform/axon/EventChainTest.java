package org.promisetracker.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.promisetracker.platform.testing.TestPostgres;

/**
 * The chain as the append writes it and as the migration computes it for a store that had none, on
 * real PostgreSQL: the same ordinals and hashes for the same rows; and a plan's appends, however
 * many run at once, chained in the order of their positions.
 */
class EventChainTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final Serializer serializer = JacksonSerializer.defaultSerializer();

    @Test
    void givenEventsAppendedWithTheChain_whenTheSameRowsAreMigratedFromAStoreWithout_thenTheChainsAreEqual()
            throws Exception {
        String appended = migratedDatabase(null);
        try (Connection connection = connect(appended)) {
            append(connection, event("plan-1", "plan-1", 0), event("plan-1", "plan-1", 1));
            append(connection, event("action-1", "plan-1", 0));
            append(connection, event("plan-2", "plan-2", 0));
            append(connection, event("action-1", null, 1), event("action-1", null, 2));
            append(connection, event("orphan", null, 0));
            append(connection, event("action-2", "plan-2", 0), event("action-3", "plan-1", 0));
        }
        String migrated = migratedDatabase("4");
        try (Connection from = connect(appended);
                Connection to = connect(migrated)) {
            copyRowsWithoutTheChain(from, to);
        }
        Flyway.configure()
                .dataSource(url(migrated), "postgres", "postgres")
                .load()
                .migrate();

        try (Connection a = connect(appended);
                Connection b = connect(migrated)) {
            String chain = "SELECT event_identifier, chain_ordinal, encode(chain_hash, 'hex') FROM domain_event_entry "
                    + "ORDER BY global_index";
            String heads = "SELECT plan_id, events, event_identifier, encode(hash, 'hex') FROM event_chain_head "
                    + "ORDER BY plan_id";
            assertThat(rows(b, chain)).isEqualTo(rows(a, chain)).hasSize(9);
            assertThat(rows(b, heads)).isEqualTo(rows(a, heads)).hasSize(3);
            assertThat(rows(a, heads))
                    .extracting(row -> row.get(0) + "=" + row.get(1))
                    .containsExactly("=1", "plan-1=6", "plan-2=2");
        }
    }

    @Test
    void givenManyAppendsToOnePlanAtOnce_whenTheyHaveCommitted_thenThePlansOrdinalsFollowThePositions()
            throws Exception {
        String database = migratedDatabase(null);
        try (Connection connection = connect(database)) {
            append(connection, event("plan", "plan", 0));
        }
        int writers = 8;
        int appendsEach = 25;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int writer = 0; writer < writers; writer++) {
                String aggregate = "action-" + writer;
                done.add(pool.submit(() -> {
                    try (Connection connection = connect(database)) {
                        append(connection, event(aggregate, "plan", 0));
                        for (int sequence = 1; sequence <= appendsEach; sequence++) {
                            append(connection, event(aggregate, null, sequence));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
        } finally {
            pool.shutdown();
        }

        try (Connection connection = connect(database);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT event_identifier, aggregate_identifier, "
                        + "sequence_number, type, payload_type, payload_revision, time_stamp, payload, meta_data, "
                        + "chain_ordinal, chain_hash FROM domain_event_entry ORDER BY global_index")) {
            byte[] previous = EventChain.GENESIS;
            long ordinal = 0;
            while (rows.next()) {
                ordinal++;
                assertThat(rows.getLong(10)).isEqualTo(ordinal);
                EventChain.Content content = new EventChain.Content(
                        ordinal,
                        rows.getString(1),
                        rows.getString(2),
                        rows.getLong(3),
                        rows.getString(4),
                        rows.getString(5),
                        rows.getString(6),
                        rows.getString(7),
                        rows.getBytes(8),
                        rows.getBytes(9));
                assertThat(rows.getBytes(11)).isEqualTo(EventChain.link(previous, content));
                previous = rows.getBytes(11);
            }
            assertThat(ordinal).isEqualTo(1 + writers * (1 + appendsEach));
        }
    }

    /** An event whose payload names {@code planId} (a creation event) or names none. */
    private GenericDomainEventMessage<Map<String, Object>> event(String aggregate, String planId, long sequence) {
        Map<String, Object> payload = new HashMap<>();
        payload.put("sequence", sequence);
        if (planId != null) {
            payload.put("planId", planId);
        }
        return new GenericDomainEventMessage<>(
                "Illustrative", aggregate, sequence, payload, Map.of("recordedBy", "test"));
    }

    /** One append in its own transaction, as Axon makes it. */
    private void append(Connection connection, GenericDomainEventMessage<?>... events) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement insert = new ChainedAppends()
                .build(connection, EventStorage.EVENTS, byte[].class, List.of(events), serializer, null)) {
            insert.executeBatch();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    private static void copyRowsWithoutTheChain(Connection from, Connection to) throws SQLException {
        String columns = "global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp, "
                + "payload_type, payload_revision, payload, meta_data";
        try (Statement read = from.createStatement();
                ResultSet rows = read.executeQuery("SELECT " + columns + " FROM domain_event_entry");
                PreparedStatement write = to.prepareStatement(
                        "INSERT INTO domain_event_entry (" + columns + ") VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            while (rows.next()) {
                for (int column = 1; column <= 10; column++) {
                    write.setObject(column, rows.getObject(column));
                }
                write.addBatch();
            }
            write.executeBatch();
        }
    }

    private static List<List<Object>> rows(Connection connection, String query) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                for (int column = 1; column <= columns; column++) {
                    row.add(result.getObject(column));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** A new database with the platform's migrations applied, up to {@code target} if given. */
    private static String migratedDatabase(String target) throws SQLException {
        String database = "chain_" + DATABASES.incrementAndGet() + "_"
                + ProcessHandle.current().pid();
        try (Connection connection = DriverManager.getConnection(TestPostgres.jdbcUrl(), "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        var flyway = Flyway.configure().dataSource(url(database), "postgres", "postgres");
        if (target != null) {
            flyway.target(target);
        }
        flyway.load().migrate();
        return database;
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), "postgres", "postgres");
    }

    private static String url(String database) {
        return TestPostgres.jdbcUrl().replace("/postgres?", "/" + database + "?");
    }
}
