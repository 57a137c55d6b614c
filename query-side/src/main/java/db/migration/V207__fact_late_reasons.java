package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Why a fact dated within a period already reported to a committee was recorded after the report
 * (the lateReason of the events' revision 2). Null for every fact projected before: their events
 * carried none, so there is nothing to fill in.
 */
public class V207__fact_late_reasons extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String schema : new String[] {"read_a", "read_b"}) {
                statement.execute("ALTER TABLE %1$s.fact ADD COLUMN late_reason text".formatted(schema));
            }
        }
    }
}
