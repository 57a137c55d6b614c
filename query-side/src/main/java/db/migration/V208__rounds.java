package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Reporting rounds and who updates what, kept as every other fact is, one immutable row per event:
 * a round and its items as opened; each step of an item's update (submitted, approved, returned,
 * waived) and of the round (signed off, published); each setting of an item's assignees. What
 * stands now is the latest row by position.
 */
public class V208__rounds extends BaseJavaMigration {

    private static final String TABLES = """
            CREATE TABLE %1$s.round (
                round_id    varchar(64) PRIMARY KEY,
                plan_id     varchar(64) NOT NULL,
                title       text        NOT NULL,
                committee   text        NOT NULL,
                report_date date        NOT NULL,
                updates_due date        NOT NULL,
                opened_at   timestamptz NOT NULL,
                opened_by   text,
                position    bigint      NOT NULL
            );
            CREATE INDEX round_plan ON %1$s.round (plan_id, report_date);

            CREATE TABLE %1$s.round_item (
                round_id varchar(64) NOT NULL,
                item_id  varchar(64) NOT NULL,
                kind     varchar(16) NOT NULL,
                ordinal  integer     NOT NULL,
                PRIMARY KEY (round_id, item_id)
            );

            CREATE TABLE %1$s.round_step (
                event_id    varchar(64) PRIMARY KEY,
                round_id    varchar(64) NOT NULL,
                item_id     varchar(64),
                step        varchar(16) NOT NULL,
                comment     text,
                latest_fact varchar(64),
                report_id   varchar(64),
                recorded_at timestamptz NOT NULL,
                recorded_by text,
                position    bigint      NOT NULL
            );
            CREATE INDEX round_step_round ON %1$s.round_step (round_id, item_id, position);

            CREATE TABLE %1$s.assignment (
                event_id  varchar(64) PRIMARY KEY,
                item_id   varchar(64) NOT NULL,
                plan_id   varchar(64) NOT NULL,
                usernames text        NOT NULL,
                position  bigint      NOT NULL
            );
            CREATE INDEX assignment_item ON %1$s.assignment (item_id, position);
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
