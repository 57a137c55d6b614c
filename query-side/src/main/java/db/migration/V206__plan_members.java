package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Who holds which roles on which plan: one row per grant or revocation, never changed, as the
 * read model keeps every other fact. A user's roles on a plan are those of the latest row for the
 * two (by position); a revocation's roles are empty. Usernames are matched ignoring case
 * ({@code username_key}), as sign-in matches them.
 */
public class V206__plan_members extends BaseJavaMigration {

    private static final String TABLE = """
            CREATE TABLE %1$s.plan_member (
                event_id     varchar(64) PRIMARY KEY,
                plan_id      varchar(64) NOT NULL,
                username     text        NOT NULL,
                username_key text        NOT NULL,
                roles        text        NOT NULL,
                recorded_at  timestamptz NOT NULL,
                recorded_by  text,
                position     bigint      NOT NULL
            );
            CREATE INDEX plan_member_user ON %1$s.plan_member (username_key, plan_id, position);
            CREATE INDEX plan_member_plan ON %1$s.plan_member (plan_id, username_key, position);
            """;

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String schema : new String[] {"read_a", "read_b"}) {
                statement.execute(TABLE.formatted(schema));
            }
        }
    }
}
