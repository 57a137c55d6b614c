package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The query side's tables, twice: in schemas {@code read_a} and {@code read_b}. One is live; a
 * rebuild fills the other from the event store while reads go on answering from the live one, then
 * makes it live ({@code read_state}). One template, so the two can never drift apart.
 */
public class V200__read_model extends BaseJavaMigration {

    static final String TABLES = """
            CREATE SCHEMA %1$s;

            CREATE TABLE %1$s.plan (
                plan_id      varchar(64) PRIMARY KEY,
                title        text        NOT NULL,
                organisation text        NOT NULL,
                start_date   date        NOT NULL,
                end_date     date        NOT NULL,
                area_label   text        NOT NULL,
                recorded_at  timestamptz NOT NULL,
                position     bigint      NOT NULL
            );

            CREATE TABLE %1$s.area (
                area_id     varchar(64) PRIMARY KEY,
                plan_id     varchar(64) NOT NULL,
                number      integer     NOT NULL,
                title       text        NOT NULL,
                recorded_at timestamptz NOT NULL,
                position    bigint      NOT NULL
            );
            CREATE INDEX area_plan ON %1$s.area (plan_id, number);

            CREATE TABLE %1$s.action (
                action_id        varchar(64) PRIMARY KEY,
                event_id         varchar(64) NOT NULL,
                plan_id          varchar(64) NOT NULL,
                area_id          varchar(64) NOT NULL,
                ref              text        NOT NULL,
                title            text        NOT NULL,
                lead_officer     text        NOT NULL,
                due_date         date,
                outcome_measures text,
                effective_from   date        NOT NULL,
                foundations      text        NOT NULL,
                phase            text,
                recorded_at      timestamptz NOT NULL,
                recorded_by      text,
                position         bigint      NOT NULL
            );
            CREATE INDEX action_plan ON %1$s.action (plan_id, position);

            CREATE TABLE %1$s.benefit (
                benefit_id        varchar(64) PRIMARY KEY,
                event_id          varchar(64) NOT NULL,
                plan_id           varchar(64) NOT NULL,
                action_ids        text        NOT NULL,
                title             text        NOT NULL,
                type              varchar(16) NOT NULL,
                measure           text        NOT NULL,
                collection_method text        NOT NULL,
                data_source       text,
                unit              text,
                direction         varchar(20) NOT NULL,
                baseline_value    numeric,
                baseline_evidence text,
                baseline_date     date,
                target_value      numeric,
                target_date       date,
                effective_from    date        NOT NULL,
                recorded_at       timestamptz NOT NULL,
                recorded_by       text,
                position          bigint      NOT NULL
            );
            CREATE INDEX benefit_plan ON %1$s.benefit (plan_id, position);

            -- Every dated fact, both times on each: effective_date (valid time) and recorded_at with
            -- the event's global position (transaction time). Facts are only ever inserted.
            CREATE TABLE %1$s.fact (
                position       bigint      PRIMARY KEY,
                event_id       varchar(64) NOT NULL UNIQUE,
                plan_id        varchar(64) NOT NULL,
                subject_id     varchar(64) NOT NULL,
                kind           varchar(16) NOT NULL,  -- STATUS, NOTE, MEASUREMENT, CORRECTION, RAG
                effective_date date        NOT NULL,
                recorded_at    timestamptz NOT NULL,
                recorded_by    text,
                status         varchar(16),
                rag            varchar(16),
                measurement_id varchar(64),
                value          numeric,
                evidence       text,
                source         text,
                text           text,                   -- comment, note, rationale or reason
                superseded_by  varchar(64)
            );
            -- an as-at read seeks, per item, the latest fact of a kind on or before a date
            CREATE INDEX fact_as_at ON %1$s.fact (subject_id, kind, effective_date DESC, position DESC);
            CREATE INDEX fact_plan ON %1$s.fact (plan_id, kind, subject_id);
            CREATE INDEX fact_measurement ON %1$s.fact (measurement_id, position DESC) WHERE measurement_id IS NOT NULL;

            -- A report as published: frozen once, never updated.
            CREATE TABLE %1$s.report (
                report_id      varchar(64) PRIMARY KEY,
                plan_id        varchar(64) NOT NULL,
                committee      text        NOT NULL,
                report_date    date        NOT NULL,
                title          text        NOT NULL,
                published_at   timestamptz NOT NULL,
                published_by   text,
                position       bigint      NOT NULL,
                canonical_json text        NOT NULL,
                sha256         char(64)    NOT NULL
            );
            CREATE INDEX report_plan ON %1$s.report (plan_id, published_at);
            """;

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute(TABLES.formatted("read_a"));
            statement.execute(TABLES.formatted("read_b"));
            statement.execute("""
                    CREATE TABLE read_state (
                        id          integer     PRIMARY KEY CHECK (id = 1),
                        live_schema varchar(16) NOT NULL CHECK (live_schema IN ('read_a', 'read_b')),
                        rebuilding  varchar(16)          CHECK (rebuilding IN ('read_a', 'read_b')),
                        rebuild_started_at timestamptz,
                        rebuild_total bigint,
                        CHECK (rebuilding IS NULL OR rebuilding <> live_schema)
                    );
                    INSERT INTO read_state (id, live_schema) VALUES (1, 'read_a');
                    """);
        }
    }
}
