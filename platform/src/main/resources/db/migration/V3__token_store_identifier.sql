-- The token store's identifier, made once here rather than by the first node that asks for it:
-- Axon's JPA token store inserts this row when it finds none, and two nodes starting together on a
-- fresh database both did, so one failed to start on the primary key (SplitNodesIT, 2026-12-03).
-- The token is Axon's ConfigToken as the project's Jackson serializer writes it.
INSERT INTO token_entry (processor_name, segment, owner, "timestamp", token, token_type)
VALUES ('__config', 0, NULL,
        to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        convert_to('{"config":{"id":"' || gen_random_uuid() || '"}}', 'UTF8'),
        'org.axonframework.eventhandling.tokenstore.ConfigToken')
ON CONFLICT (processor_name, segment) DO NOTHING;
