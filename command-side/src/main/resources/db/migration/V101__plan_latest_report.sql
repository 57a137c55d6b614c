-- Each plan's latest published report by report date: the period up to that date is locked, and a
-- fact dated within it needs a late reason. Kept by the plan directory's subscribing handler in the
-- transaction that appends ReportPublished, as the rest of the directory is.
CREATE TABLE plan_latest_report (
    plan_id     varchar(64)  NOT NULL PRIMARY KEY,
    report_id   varchar(64)  NOT NULL,
    committee   text         NOT NULL,
    report_date date         NOT NULL
);

-- Reports published before this table existed, read from the event table (empty on Axon Server,
-- whose log is not in this database). Ties on the date go to the later published, as they do when
-- the table is kept; a row a node running the new version has written meanwhile stays.
INSERT INTO plan_latest_report (plan_id, report_id, committee, report_date)
SELECT DISTINCT ON (payload ->> 'planId')
       payload ->> 'planId', payload ->> 'reportId', payload ->> 'committee', (payload ->> 'reportDate')::date
FROM (SELECT convert_from(e.payload, 'UTF8')::jsonb AS payload, e.global_index
      FROM domain_event_entry e
      WHERE e.payload_type = 'org.promisetracker.api.report.ReportPublished') published
ORDER BY payload ->> 'planId', (payload ->> 'reportDate')::date DESC, global_index DESC
ON CONFLICT (plan_id) DO NOTHING;
