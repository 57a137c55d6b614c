-- A file previewed on the import page, kept until its user confirms the import (or for an hour),
-- so the confirmation imports exactly the bytes that were previewed, whichever web node answers it.
CREATE TABLE import_upload (
    upload_id   uuid        PRIMARY KEY,
    plan_id     varchar(64) NOT NULL,
    username    text        NOT NULL,
    sheet       varchar(16),
    file_name   text,
    content     bytea       NOT NULL,
    uploaded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX import_upload_age ON import_upload (uploaded_at);
