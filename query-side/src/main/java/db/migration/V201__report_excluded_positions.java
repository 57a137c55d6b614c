package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A frozen report remembers the positions below its own that were still open (a transaction
 * numbered before the report but not yet committed) when it was frozen: its snapshot cannot hold
 * their events, so verification leaves them out too. Reports frozen before this column have none.
 */
public class V201__report_excluded_positions extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String schema : new String[] {"read_a", "read_b"}) {
                statement.execute("ALTER TABLE " + schema + ".report ADD COLUMN excluded_positions bigint[]");
            }
        }
    }
}
