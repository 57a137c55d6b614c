-- Reporting rounds as the command side needs them: a report published from a round needs the
-- round's sign-off. Written in the same transaction as the round's events (PlanDirectoryUpdater).
CREATE TABLE plan_round (
    round_id      varchar(64) NOT NULL PRIMARY KEY,
    plan_id       varchar(64) NOT NULL,
    report_date   date        NOT NULL,
    signed_off_by text,
    signed_off_at timestamptz
);
