-- contributions.batch_id without a foreign key. Only the import writes it, in the transaction that creates
-- the batch, and batches are never deleted (undo marks them undone), so the per-row check protected
-- nothing and cost as much as the rest of the insert: PostgreSQL ran a foreign-key query for each of the
-- 3.5 million rows of a large branch's year. SQLite cannot drop a constraint, so the table is rebuilt
-- the same way on both databases.
CREATE TABLE contributions_v20 (
    period         INTEGER NOT NULL,
    participant_id BIGINT NOT NULL REFERENCES participants (id),
    amount         BIGINT NOT NULL,
    paid_on        DATE,
    channel        TEXT,
    batch_id       BIGINT,                  -- import_batches.id of the import that wrote the row
    PRIMARY KEY (period, participant_id)
) {{without_rowid}};
INSERT INTO contributions_v20 (period, participant_id, amount, paid_on, channel, batch_id)
    SELECT period, participant_id, amount, paid_on, channel, batch_id FROM contributions;
DROP TABLE contributions;
ALTER TABLE contributions_v20 RENAME TO contributions;
CREATE INDEX contributions_participant ON contributions (participant_id, period);
