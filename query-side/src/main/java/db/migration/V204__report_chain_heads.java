package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A report keeps its plan's chain head at its position (platform's EventChain, V5): the ordinal and
 * hash of its own ReportPublished event, so a later walk of the log can say whether the events the
 * report was derived from are still the ones chained then. Reports frozen before the chain existed
 * get theirs from the chain V5 computed. A fingerprint is looked up by its short form, the first 16
 * hex digits of the report's SHA-256.
 */
public class V204__report_chain_heads extends BaseJavaMigration {

    private static final String COLUMNS = """
            ALTER TABLE %1$s.report ADD COLUMN chain_ordinal bigint, ADD COLUMN chain_hash bytea;
            UPDATE %1$s.report r SET chain_ordinal = e.chain_ordinal, chain_hash = e.chain_hash
              FROM domain_event_entry e WHERE e.global_index = r.position;
            CREATE INDEX report_fingerprint ON %1$s.report (left(sha256, 16));
            """;

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String schema : new String[] {"read_a", "read_b"}) {
                statement.execute(COLUMNS.formatted(schema));
            }
        }
    }
}
