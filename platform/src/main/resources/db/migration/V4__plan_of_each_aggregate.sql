-- Which plan each aggregate belongs to, read from the aggregate's first event. Every aggregate of
-- the model (plan, action, benefit, report) is created by an event that names its plan
-- (PlanCreated, ActionAdded, BenefitAdded, ReportPublished: "planId"), at sequence number 0, and
-- the command side refuses any other first event. The index is kept by PostgreSQL with the event
-- row itself, so no event is ever committed without the entry that finds its aggregate: a report's
-- verification reads one plan's events by it instead of the whole log (query-side ReportReplay).
-- An upcaster that renames planId in a creation event must change this function with it.

-- IMMUTABLE: the same bytes always give the same answer (convert_from is only STABLE because of
-- encodings in general; this one names UTF-8). An unreadable payload gives NULL and never refuses
-- an append. Not PARALLEL SAFE: its exception block is a subtransaction, which a parallel index
-- build cannot start (measured on a 217,000-event store).
CREATE FUNCTION event_plan_id(payload bytea) RETURNS text
    LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    RETURN convert_from(payload, 'UTF8')::jsonb ->> 'planId';
EXCEPTION WHEN others THEN
    RETURN NULL;
END
$$;

CREATE INDEX domain_event_entry_plan_aggregates
    ON domain_event_entry (event_plan_id(payload), aggregate_identifier)
    WHERE sequence_number = 0;

-- without statistics on the new expression the planner walked the log by position up to the
-- report and filtered it, reading every earlier event of every plan (measured on a 217,000-event
-- store); with them it reads the plan's aggregates through their (aggregate, sequence) index
ANALYZE domain_event_entry;
