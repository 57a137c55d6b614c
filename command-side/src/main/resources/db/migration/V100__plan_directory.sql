-- The command side's index of plan structure: which plan each id belongs to, and the keys that
-- must be unique within a plan. Written in the same transaction as the event that creates the
-- entry, so its constraints are the final arbiter when two requests race.
CREATE TABLE plan_directory (
    id         varchar(64) NOT NULL PRIMARY KEY,  -- plan, area, action, benefit and report ids share one space
    kind       varchar(16) NOT NULL,
    plan_id    varchar(64) NOT NULL,
    unique_key varchar(64),                       -- area number, action ref
    plan_start date,
    plan_end   date,
    CONSTRAINT plan_directory_key UNIQUE (plan_id, kind, unique_key)
);
