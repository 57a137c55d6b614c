package org.promisetracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.promisetracker.platform.testing.TestPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** Flyway owns every table, Axon's included, in the shapes ARCHITECTURE.md requires; Hibernate only validates. */
@SpringBootTest
class StorageTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Environment environment;

    @Test
    void givenTheSchema_whenInspected_thenPayloadsAreByteaAndTheEventSequenceStepsByOne() {
        List<Map<String, Object>> binaryColumns = jdbc.queryForList(
                "SELECT table_name || '.' || column_name AS col, data_type FROM information_schema.columns "
                        + "WHERE table_schema = current_schema() AND data_type IN ('bytea', 'oid')");

        assertThat(binaryColumns)
                .extracting(row -> row.get("col") + "=" + row.get("data_type"))
                .contains(
                        "domain_event_entry.payload=bytea",
                        "domain_event_entry.meta_data=bytea",
                        "snapshot_event_entry.payload=bytea",
                        "token_entry.token=bytea",
                        "dead_letter_entry.payload=bytea")
                .noneMatch(column -> column.endsWith("=oid"));
        assertThat(jdbc.queryForObject(
                        "SELECT increment_by FROM pg_sequences WHERE sequencename = 'domain_event_entry_seq'",
                        Long.class))
                .isEqualTo(1L);
        // the table numbers its events itself: appending is one INSERT ... RETURNING
        assertThat(jdbc.queryForObject(
                        "SELECT column_default FROM information_schema.columns WHERE table_schema = current_schema()"
                                + " AND table_name = 'domain_event_entry' AND column_name = 'global_index'",
                        String.class))
                .isEqualTo("nextval('domain_event_entry_seq'::regclass)");
    }

    @Autowired
    TokenStore tokenStore;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EventStorageEngine eventStorageEngine;

    @Test
    void givenTheApplication_whenStarted_thenEventsAndTokensAreStoredThroughJdbcNotHibernate() {
        assertThat(eventStorageEngine).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(tokenStore).isInstanceOf(JdbcTokenStore.class);
    }

    @Test
    void givenTheMigratedSchema_whenTheTokenStoreIsAskedItsIdentifier_thenItReadsTheOneTheMigrationMade() {
        String seeded = jdbc.queryForObject(
                "SELECT convert_from(token, 'UTF8') FROM token_entry WHERE processor_name = '__config'", String.class);

        Optional<String> identifier = transactions.execute(status -> tokenStore.retrieveStorageIdentifier());

        assertThat(identifier).hasValueSatisfying(id -> assertThat(seeded).contains("\"" + id + "\""));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM token_entry WHERE processor_name = '__config'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void givenTheApplication_whenStarted_thenFlywayMigratedEveryTableAndHibernateOnlyValidates() {
        assertThat(environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
        assertThat(jdbc.queryForList(
                        "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank",
                        String.class))
                .contains("1", "2", "100");
        List<String> tables = jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables " + "WHERE table_schema = current_schema()",
                String.class);
        assertThat(tables)
                .contains(
                        "domain_event_entry",
                        "snapshot_event_entry",
                        "token_entry",
                        "dead_letter_entry",
                        "saga_entry",
                        "association_value_entry",
                        "plan_directory");
    }
}
