-- The audit log also records who looked at a person's NIK, phone or bank account in a form ('reveal'),
-- as the personal-data law asks. SQLite cannot change a CHECK constraint, so the table is rebuilt the same
-- way on both databases; rows keep their order (ids are renumbered, nothing refers to them).
CREATE TABLE audit_log_v45 (
    id         {{pk}},
    at         TEXT NOT NULL,
    user_name  TEXT NOT NULL,
    action     TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'status', 'import', 'undo', 'reveal')),
    table_name TEXT NOT NULL,
    row_id     BIGINT,
    summary    TEXT,
    before     TEXT,
    after      TEXT
);
INSERT INTO audit_log_v45 (at, user_name, action, table_name, row_id, summary, before, after)
    SELECT at, user_name, action, table_name, row_id, summary, before, after FROM audit_log ORDER BY id;
DROP TABLE audit_log;
ALTER TABLE audit_log_v45 RENAME TO audit_log;
CREATE INDEX audit_log_row ON audit_log (table_name, row_id);
