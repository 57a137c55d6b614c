package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A rebuild asked of a query node that does not hold the projection's segment is recorded here, for
 * the node that holds it to start: with several query nodes the administrator cannot choose which
 * one an API call reaches.
 */
public class V202__rebuild_requests extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("ALTER TABLE read_state ADD COLUMN rebuild_requested_at timestamptz");
        }
    }
}
