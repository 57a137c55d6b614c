-- The event table numbers its rows itself, so appending an event is one INSERT ... RETURNING
-- instead of a nextval round trip followed by the INSERT (orm.xml maps the id as IDENTITY).
-- The sequence still steps by 1: global indexes are handed out in commit-near order.
ALTER TABLE domain_event_entry ALTER COLUMN global_index SET DEFAULT nextval('domain_event_entry_seq');
ALTER SEQUENCE domain_event_entry_seq OWNED BY domain_event_entry.global_index;
