package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A version per plan and read schema, taken afresh from one sequence by every transaction that
 * writes a row of the plan, with the latest recorded-at instant among its rows: a node can tell
 * that an as-at answer it keeps still holds by reading one row ({@code SqlPlanItems}). Drawn from
 * one sequence, a version never comes back, not even after a rebuild empties the schema. Plans
 * already projected get their version here.
 */
public class V203__plan_versions extends BaseJavaMigration {

    private static final String TABLE = """
            CREATE TABLE %1$s.plan_version (
                plan_id          varchar(64) PRIMARY KEY,
                version          bigint      NOT NULL,
                last_recorded_at timestamptz NOT NULL
            );
            INSERT INTO %1$s.plan_version (plan_id, version, last_recorded_at)
            SELECT p.plan_id, nextval('read_plan_version'), GREATEST(p.recorded_at,
                   (SELECT max(x.recorded_at) FROM %1$s.area x WHERE x.plan_id = p.plan_id),
                   (SELECT max(x.recorded_at) FROM %1$s.action x WHERE x.plan_id = p.plan_id),
                   (SELECT max(x.recorded_at) FROM %1$s.benefit x WHERE x.plan_id = p.plan_id),
                   (SELECT max(x.recorded_at) FROM %1$s.fact x WHERE x.plan_id = p.plan_id))
            FROM %1$s.plan p;
            """;

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("CREATE SEQUENCE read_plan_version");
            for (String schema : new String[] {"read_a", "read_b"}) {
                statement.execute(TABLE.formatted(schema));
            }
        }
    }
}
