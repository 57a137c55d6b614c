package org.promisetracker.platform.axon;

import java.time.Duration;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's event store and token store on plain JDBC, in the tables Flyway makes (V1) and in the
 * transaction Spring opened, so an event, the plan directory's row and the command's other writes
 * still commit together. Axon's JPA versions went through Hibernate on every append (persist and
 * flush), every fetch of new events and every token update: the largest single share of the
 * command path and of the projection in the profiles of docs/PERFORMANCE.md. The rows are the same,
 * so a store written by either is read by the other.
 * <p>
 * With Axon Server the events are there, and only the token store is this one.
 */
@Configuration(proxyBeanMethods = false)
public class EventStorage {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final int FETCH_SIZE = 1000;

    /** Axon's JDBC defaults name the columns in camel case; the tables are the JPA entities' snake case. */
    public static final EventSchema EVENTS = EventSchema.builder()
            .eventTable("domain_event_entry")
            .snapshotTable("snapshot_event_entry")
            .globalIndexColumn("global_index")
            .timestampColumn("time_stamp")
            .eventIdentifierColumn("event_identifier")
            .aggregateIdentifierColumn("aggregate_identifier")
            .sequenceNumberColumn("sequence_number")
            .typeColumn("type")
            .payloadTypeColumn("payload_type")
            .payloadRevisionColumn("payload_revision")
            .payloadColumn("payload")
            .metaDataColumn("meta_data")
            .build();

    public static final TokenSchema TOKENS = TokenSchema.builder()
            .setTokenTable("token_entry")
            .setProcessorNameColumn("processor_name")
            .setSegmentColumn("segment")
            .setTokenColumn("token")
            .setTokenTypeColumn("token_type")
            .setTimestampColumn("timestamp")
            .setOwnerColumn("owner")
            .build();

    /** Joins the transaction Spring holds for the data source, or the unit of work's connection. */
    @Bean
    ConnectionProvider axonConnectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
    EventStorageEngine eventStorageEngine(
            Serializer serializer,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            org.axonframework.config.Configuration configuration,
            ConnectionProvider axonConnectionProvider,
            TransactionManager transactionManager) {
        return JdbcEventStorageEngine.builder()
                .schema(EVENTS)
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                // a taken (aggregate, sequence) pair, PostgreSQL's unique_violation, is a stale write:
                // Axon's ConcurrencyException (its JdbcSQLErrorCodesResolver looks for an exception
                // class pgjdbc never throws)
                .persistenceExceptionResolver(new SQLStateResolver(UNIQUE_VIOLATION))
                .connectionProvider(axonConnectionProvider)
                .transactionManager(transactionManager)
                // a projection catching up or rebuilding reads the log in pages of this many events
                // (Axon's default is 100: 13,000 round trips for a rebuild of 1.3 million events)
                .batchSize(FETCH_SIZE)
                // every event in its plan's tamper-evident chain (EventChain), in the append's transaction
                .appendEvents(new ChainedAppends())
                .build();
    }

    @Bean
    TokenStore tokenStore(
            ConnectionProvider axonConnectionProvider,
            Serializer serializer,
            @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout) {
        return JdbcTokenStore.builder()
                .schema(TOKENS)
                .connectionProvider(axonConnectionProvider)
                .serializer(serializer)
                .claimTimeout(claimTimeout)
                .build();
    }
}
