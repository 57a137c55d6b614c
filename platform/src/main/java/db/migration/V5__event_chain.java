package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.promisetracker.platform.axon.EventChain;

/**
 * The tamper-evident log ({@link EventChain}): every event gets its ordinal in its plan and its chain
 * hash, and every plan a head, the last event chained and how many there are. From here on the
 * append writes them (platform's ChainedAppends); the events already stored are chained here, once,
 * in the order of their positions, which is the order the append keeps.
 */
public class V5__event_chain extends BaseJavaMigration {

    private static final int BATCH = 1_000;

    private static final String SCHEMA = """
            ALTER TABLE domain_event_entry ADD COLUMN chain_ordinal bigint, ADD COLUMN chain_hash bytea;
            CREATE TABLE event_chain_head (
                plan_id          text         PRIMARY KEY,
                events           bigint       NOT NULL,
                event_identifier varchar(255),
                hash             bytea
            );
            """;

    private static final String EVENTS = """
            SELECT global_index, event_identifier, aggregate_identifier, sequence_number, type,
                   payload_type, payload_revision, time_stamp, payload, meta_data,
                   CASE WHEN sequence_number = 0 THEN event_plan_id(payload) END
              FROM domain_event_entry ORDER BY global_index
            """;

    private record Head(long events, byte[] hash, String eventIdentifier) {}

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute(SCHEMA);
        }
        Map<String, String> planOfAggregate = new HashMap<>();
        Map<String, Head> heads = new HashMap<>();
        try (PreparedStatement read = connection.prepareStatement(EVENTS);
                PreparedStatement write = connection.prepareStatement(
                        "UPDATE domain_event_entry SET chain_ordinal = ?, chain_hash = ? WHERE global_index = ?")) {
            // a cursor, not the whole log in memory: Flyway's transaction keeps autocommit off
            read.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    String aggregate = rows.getString(3);
                    String plan;
                    if (rows.getLong(4) == 0) {
                        plan = rows.getString(11) == null ? EventChain.NO_PLAN : rows.getString(11);
                        planOfAggregate.put(aggregate, plan);
                    } else {
                        plan = planOfAggregate.getOrDefault(aggregate, EventChain.NO_PLAN);
                    }
                    Head head = heads.getOrDefault(plan, new Head(0, EventChain.GENESIS, null));
                    EventChain.Content content = new EventChain.Content(
                            head.events() + 1,
                            rows.getString(2),
                            aggregate,
                            rows.getLong(4),
                            rows.getString(5),
                            rows.getString(6),
                            rows.getString(7),
                            rows.getString(8),
                            rows.getBytes(9),
                            rows.getBytes(10));
                    byte[] hash = EventChain.link(head.hash(), content);
                    heads.put(plan, new Head(content.ordinal(), hash, content.eventIdentifier()));
                    write.setLong(1, content.ordinal());
                    write.setBytes(2, hash);
                    write.setLong(3, rows.getLong(1));
                    write.addBatch();
                    if (++pending == BATCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
            }
            write.executeBatch();
        }
        try (PreparedStatement head = connection.prepareStatement(
                "INSERT INTO event_chain_head (plan_id, events, event_identifier, hash) VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<String, Head> entry : heads.entrySet()) {
                head.setString(1, entry.getKey());
                head.setLong(2, entry.getValue().events());
                head.setString(3, entry.getValue().eventIdentifier());
                head.setBytes(4, entry.getValue().hash());
                head.addBatch();
            }
            head.executeBatch();
        }
    }
}
