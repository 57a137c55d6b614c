package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A benefit's own reference in its plan (BenefitAdded revision 2), null for every benefit recorded
 * before: the events of revision 1 carried none, so there is nothing to fill in.
 */
public class V205__benefit_refs extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String schema : new String[] {"read_a", "read_b"}) {
                statement.execute("ALTER TABLE %1$s.benefit ADD COLUMN ref text".formatted(schema));
            }
        }
    }
}
