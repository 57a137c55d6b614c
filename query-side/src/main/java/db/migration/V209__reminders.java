package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A round's reminders, one row per event as every other fact: each reminder as recorded before it
 * was sent (to whom, of which items, for which point of the round), and each outcome after (sent,
 * not sent and why, or failed). A reminder without an outcome row was recorded and its sending
 * never finished.
 */
public class V209__reminders extends BaseJavaMigration {

    private static final String TABLES = """
            CREATE TABLE %1$s.round_reminder (
                reminder_id varchar(64) PRIMARY KEY,
                round_id    varchar(64) NOT NULL,
                plan_id     varchar(64) NOT NULL,
                username    text        NOT NULL,
                day         date        NOT NULL,
                occasion    varchar(16) NOT NULL,
                item_ids    text        NOT NULL,
                recorded_at timestamptz NOT NULL,
                recorded_by text,
                position    bigint      NOT NULL
            );
            CREATE INDEX round_reminder_round ON %1$s.round_reminder (round_id, position);

            CREATE TABLE %1$s.round_reminder_outcome (
                event_id    varchar(64) PRIMARY KEY,
                reminder_id varchar(64) NOT NULL,
                outcome     varchar(16) NOT NULL,
                detail      text,
                recorded_at timestamptz NOT NULL,
                position    bigint      NOT NULL
            );
            CREATE INDEX round_reminder_outcome_reminder ON %1$s.round_reminder_outcome (reminder_id, position);
            """;

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String schema : new String[] {"read_a", "read_b"}) {
                statement.execute(TABLES.formatted(schema));
            }
        }
    }
}
